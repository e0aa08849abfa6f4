package id.inbox.room;

import id.inbox.common.Sql;
import id.inbox.room.RoomActionDtos.BulkAction;

/**
 * The statements of {@link BulkRoomService}: each change is one statement over the selection (:rooms, the rooms
 * the caller may act on, locked; {@link RoomAccess#MAY_ACT} is repeated) that answers the ids of the rooms it
 * changed; each undo is one statement that answers how many rooms it put back. Rooms are found by primary key;
 * the rooms of a batch by resolve_batch_room's primary key (batch_id, room_id), a bulk resolve's by
 * room_resolve_batch_idx.
 */
final class BulkRoomSql {

    private BulkRoomSql() {
    }

    private static final String SELECTED = "r.tenant_id = :tenant and r.id = any(:rooms) and " + RoomAccess.MAY_ACT;

    /** Bumps the version of the rooms in CTE {@code changed} (column room_id), so open screens see the change. */
    private static final String BUMP = ", bumped as (update room r set version = r.version + 1 from changed c"
            + " where r.tenant_id = :tenant and r.id = c.room_id)";

    /** Records the rooms in CTE {@code changed} (column room_id) as the batch's. */
    private static final String RECORD = ", recorded as (insert into resolve_batch_room (batch_id, tenant_id, room_id)"
            + " select :batch, :tenant, room_id from changed)";

    static Sql change(BulkAction action) {
        return Sql.of(switch (action) {
            // who resolved is kept per room (at most 500 foreign-key checks); the batch marks the rooms for undo
            case RESOLVE -> "update room r set status = 'RESOLVED', resolved_at = :now, resolved_by = :user,"
                    + " resolve_batch_id = :batch, unread_count = 0, version = r.version + 1"
                    + " where r.status <> 'RESOLVED' and " + SELECTED + " returning r.id";
            case ASSIGN -> "with before as (select r.id, r.assignee_id from room r where r.assignee_id is distinct from :agent and "
                    + SELECTED + "), changed as (update room r set assignee_id = :agent,"
                    + " status = case when r.status = 'RESOLVED' then 'RESOLVED' else 'ASSIGNED' end, version = r.version + 1"
                    + " from before b where r.tenant_id = :tenant and r.id = b.id returning r.id as room_id, b.assignee_id)"
                    + " insert into resolve_batch_room (batch_id, tenant_id, room_id, previous_assignee_id)"
                    + " select :batch, :tenant, room_id, assignee_id from changed returning room_id";
            case TAG -> "with changed as (insert into room_tag (tenant_id, room_id, tag_id) select :tenant, r.id, :tag from room r"
                    + " where " + SELECTED + " on conflict do nothing returning room_id)" + BUMP + RECORD
                    + " select room_id from changed";
            case UNTAG -> "with changed as (delete from room_tag t using room r where t.tenant_id = :tenant and t.tag_id = :tag"
                    + " and t.room_id = r.id and " + SELECTED + " returning t.room_id)" + BUMP + RECORD
                    + " select room_id from changed";
        });
    }

    /**
     * Undo of an ASSIGN: back to the previous assignee the rooms still assigned to the batch's :agent (a resolved
     * room stays resolved). Of a TAG: the tag off the rooms it was put on. Of an UNTAG: the tag back on the rooms
     * it was taken off, unless the tag was deleted since.
     */
    static Sql undo(BulkAction action) {
        return Sql.of(switch (action) {
            case ASSIGN -> "with changed as (update room r set assignee_id = s.previous_assignee_id,"
                    + " status = case when r.status = 'RESOLVED' then 'RESOLVED' when s.previous_assignee_id is null"
                    + " then 'UNASSIGNED' else 'ASSIGNED' end, version = r.version + 1"
                    + " from resolve_batch_room s where s.batch_id = :batch and r.tenant_id = :tenant and r.id = s.room_id"
                    + " and r.assignee_id = :agent returning r.id) select count(*) from changed";
            case TAG -> "with changed as (delete from room_tag t using resolve_batch_room s where s.batch_id = :batch"
                    + " and t.tenant_id = :tenant and t.room_id = s.room_id and t.tag_id = :tag returning t.room_id)" + BUMP
                    + " select count(*) from changed";
            case UNTAG -> "with changed as (insert into room_tag (tenant_id, room_id, tag_id) select :tenant, s.room_id, :tag"
                    + " from resolve_batch_room s where s.batch_id = :batch on conflict do nothing returning room_id)" + BUMP
                    + " select count(*) from changed";
            case RESOLVE -> throw new IllegalArgumentException("a bulk resolve is undone by BulkResolveService.undo");
        });
    }
}
