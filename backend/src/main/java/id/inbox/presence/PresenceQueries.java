package id.inbox.presence;

import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.presence.PresenceDtos.RoomPresence;
import id.inbox.presence.PresenceDtos.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is viewing rooms at a moment: the rows whose viewing has not run out, whether or not the sweep has removed
 * the others yet. Deactivated users are nobody's viewers. Viewers are listed by name.
 */
@ApplicationScoped
public class PresenceQueries {

    private static final String VIEWERS = """
            select p.room_id, u.id, u.display_name, coalesce(p.typing_until > :now, false) as typing
              from room_presence p
              join app_user u on u.tenant_id = p.tenant_id and u.id = p.user_id and u.active
             where p.tenant_id = :tenant and p.seen_until > :now""";
    private static final String ORDER = " order by p.room_id, u.display_name, u.id";

    private final Database db;

    PresenceQueries(Database db) {
        this.db = db;
    }

    /** The room's viewers (an empty list when nobody views it). */
    public RoomPresence room(long tenantId, long roomId, Instant now) {
        List<RoomPresence> rooms = rooms(Sql.of(VIEWERS + " and p.room_id = :room" + ORDER).bind("room", roomId), tenantId, now);
        return rooms.isEmpty() ? new RoomPresence(roomId, List.of()) : rooms.get(0);
    }

    /** Every room of the company that someone views, by room id. */
    public List<RoomPresence> tenant(long tenantId, Instant now) {
        return rooms(Sql.of(VIEWERS + ORDER), tenantId, now);
    }

    /** A room of a company. */
    public record RoomKey(long tenantId, long roomId) {
    }

    /** The rooms of every company that someone views now. */
    public List<RoomKey> viewedRooms(Instant now) {
        Sql sql = Sql.of("select distinct tenant_id, room_id from room_presence where seen_until > :now").bind("now", now);
        return db.withHandle(handle -> sql.query(handle).map(Rows.of(RoomKey.class)).list());
    }

    /** A viewer of a room, as read. */
    private record Row(long roomId, long id, String displayName, boolean typing) {
    }

    private List<RoomPresence> rooms(Sql sql, long tenantId, Instant now) {
        Sql bound = sql.bind("tenant", tenantId).bind("now", now);
        List<Row> rows = db.withHandle(handle -> bound.query(handle).map(Rows.of(Row.class)).list());
        Map<Long, List<Viewer>> byRoom = new LinkedHashMap<>();
        for (Row row : rows) {
            byRoom.computeIfAbsent(row.roomId(), room -> new ArrayList<>()).add(new Viewer(row.id(), row.displayName(), row.typing()));
        }
        List<RoomPresence> rooms = new ArrayList<>();
        byRoom.forEach((room, viewers) -> rooms.add(new RoomPresence(room, List.copyOf(viewers))));
        return rooms;
    }
}
