package id.inbox.room;

import id.inbox.common.ApiException;
import id.inbox.common.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A room's version as a strong HTTP entity tag ({@code "v12"}), and the If-Match precondition a write from
 * a screen that showed one carries. The condition is checked by the write's own UPDATE, so it is atomic with
 * the write; a room changed since the screen was drawn answers 412 room-changed with the room as it is now.
 */
public final class RoomETag {

    public static final String ETAG_DOC = "The room's version after this response, e.g. \"v12\"; send it as If-Match";
    public static final String IF_MATCH_DOC = "The ETag of the room as you last saw it (e.g. \"v12\"): the write is done only "
            + "if the room has not changed since, else 412 room-changed. Without it the write applies to the room as it is.";
    public static final String ROOM_CHANGED_DOC = "The room changed since the ETag sent in If-Match (room-changed); nothing "
            + "was done. The problem's room is the room as it is now, its ETag header the version to send next.";

    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");
    private static final Pattern VERSION = Pattern.compile("v(\\d{1,9})");

    private RoomETag() {
    }

    public static String of(int version) {
        return "\"v" + version + "\"";
    }

    /**
     * The versions an If-Match header accepts: any when absent or {@code *}; else its strong entity tags of
     * ours. A weak or foreign tag never matches (If-Match compares strongly); a value that is not a list of
     * entity tags is a 400.
     */
    public static IfMatch ifMatch(String header) {
        return ifMatch(header, "must be the room's ETag, e.g. \"v12\" (from GET /rooms/{id})");
    }

    /** The same for another versioned resource (a contact); {@code mustBe} says what the header must be. */
    public static IfMatch ifMatch(String header, String mustBe) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return IfMatch.ANY;
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            Matcher entityTag = ENTITY_TAG.matcher(tag.strip());
            if (!entityTag.matches()) {
                throw ApiException.invalid("If-Match", mustBe);
            }
            Matcher version = VERSION.matcher(entityTag.group(2));
            if (entityTag.group(1) == null && version.matches()) {
                versions.add(Long.parseLong(version.group(1)));
            }
        }
        return new IfMatch(List.copyOf(versions));
    }

    /** The room versions a write may apply to; {@link #ANY} when the client set no condition. */
    public record IfMatch(List<Long> versions) {

        public static final IfMatch ANY = new IfMatch(null);

        public boolean accepts(int version) {
            return versions == null || versions.contains((long) version);
        }

        /** The condition for an UPDATE of {@code room r}: empty for ANY, else on the parameter :versions ({@link #bind}). */
        public String sql() {
            return versions == null ? "" : " and r.version = any(:versions)";
        }

        public Sql bind(Sql sql) {
            return versions == null ? sql : sql.bind("versions", versions);
        }
    }
}
