package id.inbox.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Parses query parameters by hand so every bad value is a 400 naming the parameter (JAX-RS would
 * answer 404 for an unconvertible query value). Collects all errors before failing.
 */
public final class QueryParams {

    /** Most repetitions of one parameter: more ids than a filter can usefully hold. */
    public static final int MAX_VALUES = 100;

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** Positive ids, one per repetition of the parameter ({@code agentId=1&agentId=2}); commas are refused. */
    public List<Long> ids(String name, Collection<String> values) {
        List<Long> ids = new ArrayList<>();
        if (values == null) {
            return ids;
        }
        if (values.size() > MAX_VALUES) {
            errors.add(new Problem.FieldError(name, "at most " + MAX_VALUES + " values"));
            return ids;
        }
        for (String value : values) {
            if (value.matches("[1-9][0-9]{0,18}")) {
                try {
                    ids.add(Long.parseLong(value));
                    continue;
                } catch (NumberFormatException e) {
                    // beyond int64, reported below
                }
            }
            errors.add(new Problem.FieldError(name, "must be a positive integer id (repeat the parameter for several), got '"
                    + abbreviate(value) + "'"));
        }
        return ids;
    }

    /**
     * Assignee ids ({@link #ids}), where the value {@code none} stands for "no assignee" and comes back as 0 (no
     * user has that id; the room counters key rooms without an assignee as 0 too).
     */
    public List<Long> assignees(String name, Collection<String> values) {
        if (values == null || !values.contains("none")) {
            return ids(name, values);
        }
        List<Long> ids = ids(name, values.stream().filter(value -> !"none".equals(value)).toList());
        ids.add(0L);
        return ids;
    }

    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type, E fallback) {
        if (value == null) {
            return fallback;
        }
        List<E> parsed = manyOf(name, List.of(value), type);
        return parsed.isEmpty() ? fallback : parsed.get(0);
    }

    /**
     * Lower-case wire values mapped onto an enum's constants, one per repetition of the parameter: exactly
     * the spelling the contract declares, so a client learns at once when it sends another.
     */
    public <E extends Enum<E>> List<E> manyOf(String name, Collection<String> values, Class<E> type) {
        List<E> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        if (values.size() > MAX_VALUES) {
            errors.add(new Problem.FieldError(name, "at most " + MAX_VALUES + " values"));
            return result;
        }
        for (String value : values) {
            E parsed = null;
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                    parsed = constant;
                }
            }
            if (parsed == null) {
                errors.add(new Problem.FieldError(name, "must be one of " + allowed(type)
                        + " (repeat the parameter for several), got '" + abbreviate(value) + "'"));
            } else if (!result.contains(parsed)) {
                result.add(parsed);
            }
        }
        return result;
    }

    public int limit(String value, int defaultLimit, int max) {
        if (value == null) {
            return defaultLimit;
        }
        if (value.matches("[0-9]{1,3}")) {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        }
        errors.add(new Problem.FieldError("limit", "must be an integer from 1 to " + max));
        return defaultLimit;
    }

    public Long id(String name, String value) {
        if (value == null) {
            return null;
        }
        List<Long> ids = ids(name, List.of(value));
        return ids.isEmpty() ? null : ids.get(0);
    }

    public String text(String name, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        // control characters (NUL above all, which PostgreSQL text cannot hold) carry no meaning in a query
        String trimmed = value.replaceAll("\\p{Cc}", " ").strip();
        if (trimmed.length() > maxLength) {
            errors.add(new Problem.FieldError(name, "must be at most " + maxLength + " characters"));
            return null;
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public void error(String name, String message) {
        errors.add(new Problem.FieldError(name, message));
    }

    /** Fails with every collected error. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
