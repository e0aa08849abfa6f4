package id.inbox.room;

import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.UnreadCount;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The number in the tab title: the rooms a user is expected to answer (their own and the unassigned ones, not
 * resolved) that have unread messages, counted up to {@value #CAP} ("99+" is all a title shows). Served by
 * room_unread_idx (V15), which holds only unresolved rooms with unread messages: each half of the count is a short
 * range of it, whatever the company's size.
 */
@ApplicationScoped
public class UnreadCountQuery {

    static final int CAP = 100;

    /** Rooms whose unread messages count for the user: unresolved, unread, and theirs or nobody's. */
    private static final String UNREAD = "r.tenant_id = :tenant and r.unread_count > 0 and r.status <> 'RESOLVED'";

    private final Database db;

    UnreadCountQuery(Database db) {
        this.db = db;
    }

    public UnreadCount count(long tenantId, long userId) {
        Sql sql = sql(tenantId, userId);
        long rooms = db.withHandle(handle -> sql.query(handle).mapTo(Long.class).one());
        return new UnreadCount((int) Math.min(rooms, CAP), rooms > CAP);
    }

    /** Counts up to CAP + 1 rooms, so that more than CAP shows. */
    static Sql sql(long tenantId, long userId) {
        return Sql.of("select count(*) from ("
                        + "(select 1 from room r where " + UNREAD + " and r.assignee_id = :user limit :upTo)"
                        + " union all (select 1 from room r where " + UNREAD + " and r.assignee_id is null limit :upTo)"
                        + " limit :upTo) unread")
                .bind("tenant", tenantId).bind("user", userId).bind("upTo", CAP + 1);
    }
}
