package id.inbox.auth;

import id.inbox.common.ApiException;
import id.inbox.common.Problem;
import id.inbox.common.ProblemCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The password rule (OWASP Authentication Cheat Sheet): at least 10 characters, at most 200, and not
 * one of the most common passwords or an easy variant of one (a common word followed by a few digits,
 * one repeated character, a run like 1234567890). No composition rules: length matters, not symbols.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    /** Refuses a weak new password with 400 weak-password naming the field. */
    public static void requireStrong(String field, String password, String username) {
        String reason = weakness(password, username);
        if (reason != null) {
            throw ApiException.invalid(ProblemCode.WEAK_PASSWORD, "Weak password", "Choose a stronger password: " + reason + ".",
                    List.of(new Problem.FieldError(field, reason)));
        }
    }

    static String weakness(String password, String username) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "it must have at least " + MIN_LENGTH + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[^a-z]+$", "");
        boolean shortSuffix = lower.length() - stem.length() <= 4;
        if (COMMON.contains(lower) || (shortSuffix && COMMON.contains(stem)) || isRun(lower)) {
            return "it is one of the most commonly used passwords";
        }
        String localPart = username == null ? "" : username.toLowerCase(Locale.ROOT).split("@", 2)[0];
        if (localPart.length() >= 4 && lower.contains(localPart)) {
            return "it must not contain your username";
        }
        return null;
    }

    /** One repeated character, or a run of consecutive characters up or down (abcdefghij, 0987654321). */
    private static boolean isRun(String value) {
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < value.length(); i++) {
            int step = value.charAt(i) - value.charAt(i - 1);
            same &= step == 0;
            up &= step == 1 || (value.charAt(i - 1) == '9' && value.charAt(i) == '0');
            down &= step == -1 || (value.charAt(i - 1) == '0' && value.charAt(i) == '9');
        }
        return same || up || down;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var in = Passwords.class.getResourceAsStream("/auth/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
