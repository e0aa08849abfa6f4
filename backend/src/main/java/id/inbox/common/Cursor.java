package id.inbox.common;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An opaque keyset position: the kind of list it belongs to and the sort values of the last row.
 * Clients only pass it back. It is signed with HMAC-SHA256 under the server's cursor key
 * ({@link CursorKey}), so the values read back are values this server wrote; they are still parsed
 * strictly, and a cursor of another list, a damaged or forged one is a 400 invalid-cursor.
 */
public record Cursor(String kind, List<String> values) {

    private static final String VERSION = "2";
    private static final char SEPARATOR = '\u001f';
    private static final int SIGNATURE_BYTES = 32;
    /** Far more than any cursor we write (a few ISO instants and ids); longer input is not decoded at all. */
    public static final int MAX_LENGTH = 512;
    // PostgreSQL's timestamptz cannot hold every Instant; rows never carry dates outside these years.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public String encode() {
        byte[] raw = raw(kind, values);
        byte[] signed = Arrays.copyOf(raw, raw.length + SIGNATURE_BYTES);
        System.arraycopy(CursorKey.sign(raw), 0, signed, raw.length, SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    /** Decodes a cursor that must belong to the list {@code kind} and carry {@code size} values. */
    public static Cursor decode(String encoded, String kind, int size) {
        if (encoded.length() > MAX_LENGTH) {
            throw invalid();
        }
        byte[] signed;
        try {
            signed = Base64.getUrlDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (signed.length <= SIGNATURE_BYTES) {
            throw invalid();
        }
        byte[] raw = Arrays.copyOf(signed, signed.length - SIGNATURE_BYTES);
        byte[] signature = Arrays.copyOfRange(signed, raw.length, signed.length);
        if (!MessageDigest.isEqual(signature, CursorKey.sign(raw))) {
            throw invalid();
        }
        String[] parts = new String(raw, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1);
        if (parts.length != size + 2 || !VERSION.equals(parts[0]) || !kind.equals(parts[1])) {
            throw invalid();
        }
        return new Cursor(kind, List.of(parts).subList(2, parts.length));
    }

    /** The value at {@code index} as an instant PostgreSQL can compare with, or invalid-cursor. */
    public Instant instant(int index) {
        try {
            Instant value = Instant.parse(values.get(index));
            if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
                throw invalid();
            }
            return value;
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /** The value at {@code index} as a positive id, or invalid-cursor. */
    public long id(int index) {
        try {
            long value = Long.parseLong(values.get(index));
            if (value <= 0) {
                throw invalid();
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** Whether the value at {@code index} is empty (a null sort value). */
    public boolean isEmpty(int index) {
        return values.get(index).isEmpty();
    }

    public static ApiException invalid() {
        return ApiException.invalid(ProblemCode.INVALID_CURSOR, "Invalid cursor",
                "The cursor is not one this list returned; start again without a cursor.",
                List.of(new Problem.FieldError("cursor", "is not a cursor of this list")));
    }

    private static byte[] raw(String kind, List<String> values) {
        return (VERSION + SEPARATOR + kind + SEPARATOR + String.join(String.valueOf(SEPARATOR), values))
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }
}
