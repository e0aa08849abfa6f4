package id.inbox.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

/**
 * An opaque keyset position: the kind of list it belongs to and the sort values of the last row.
 * Clients only pass it back; a cursor of another list or a damaged one is a 400 invalid-cursor.
 */
public record Cursor(String kind, List<String> values) {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String raw = VERSION + SEPARATOR + kind + SEPARATOR + String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((raw + SEPARATOR + checksum(raw)).getBytes(StandardCharsets.UTF_8));
    }

    /** Detects damaged or truncated cursors (not a signature: a cursor grants nothing the filters do not). */
    private static String checksum(String raw) {
        CRC32 crc = new CRC32();
        crc.update(raw.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    /** Decodes a cursor that must belong to the list {@code kind} and carry {@code size} values. */
    public static Cursor decode(String encoded, String kind, int size) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int end = decoded.lastIndexOf(SEPARATOR);
            String raw = end < 0 ? "" : decoded.substring(0, end);
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (end > 0 && decoded.substring(end + 1).equals(checksum(raw))
                    && parts.length == size + 2 && VERSION.equals(parts[0]) && kind.equals(parts[1])) {
                return new Cursor(kind, List.of(parts).subList(2, parts.length));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw invalid();
    }

    public static ApiException invalid() {
        return ApiException.invalid("invalid-cursor", "Invalid cursor",
                "The cursor is not one this list returned; start again without a cursor.",
                List.of(new Problem.FieldError("cursor", "is not a cursor of this list")));
    }
}
