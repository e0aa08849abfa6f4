package id.inbox.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A statement's text with its {@code :name} parameters replaced by JDBC's {@code ?}, and the name behind each
 * {@code ?} in order (a name used twice is bound twice). PostgreSQL's {@code ::type} casts, quoted strings and
 * identifiers, and comments are left alone. The texts are the application's own, so they are parsed once
 * each and kept.
 */
record NamedParameters(String jdbc, List<String> names, Map<Rows<?>, RowMapper<?>> mappers) {

    /** More texts than the application has: dynamic filters combine into a few hundred at most. */
    private static final int CACHED = 4096;
    private static final ConcurrentHashMap<String, NamedParameters> PARSED = new ConcurrentHashMap<>();

    static NamedParameters of(String text) {
        NamedParameters parsed = PARSED.get(text);
        if (parsed == null) {
            parsed = parse(text);
            if (PARSED.size() < CACHED) {
                PARSED.putIfAbsent(text, parsed);
            }
        }
        return parsed;
    }

    static NamedParameters parse(String text) {
        StringBuilder jdbc = new StringBuilder(text.length());
        List<String> names = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(text, i, c);
                jdbc.append(text, i, end);
                i = end;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                jdbc.append(text, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                jdbc.append(text, i, end);
                i = end;
            } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
                jdbc.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                names.add(text.substring(i + 1, end));
                jdbc.append('?');
                i = end;
            } else {
                jdbc.append(c);
                i++;
            }
        }
        return new NamedParameters(jdbc.toString(), List.copyOf(names), new ConcurrentHashMap<>());
    }

    /**
     * The record mapper for this statement's columns: matched by name once per statement text and record type
     * (the same text always selects the same columns), not once per execution.
     */
    @SuppressWarnings("unchecked")
    <T> RowMapper<T> specialised(RowMapper<T> mapper, ResultSet rows) throws SQLException {
        if (!(mapper instanceof Rows<?> records)) {
            return mapper.specialize(rows);
        }
        RowMapper<?> known = mappers.get(records);
        if (known == null) {
            known = records.specialize(rows);
            mappers.putIfAbsent(records, known);
        }
        return (RowMapper<T>) known;
    }

    /** The index after the quote that closes the one at {@code start} (a doubled quote is part of the text). */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
