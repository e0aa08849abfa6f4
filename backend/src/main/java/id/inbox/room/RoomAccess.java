package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Finds a room of the caller's tenant and decides what the caller may do with it (DESIGN.md 2.4).
 * The decision taken here on a snapshot gives the clear answer (404, 403, 422); every write then
 * repeats the same conditions in its UPDATE, so a concurrent change makes the write fail (409)
 * instead of being overwritten.
 */
@ApplicationScoped
public class RoomAccess {

    /** The part of a room that rules look at. */
    public record RoomState(long id, long tenantId, long channelId, RoomDtos.RoomStatus status, Long assigneeId,
                            Instant windowExpiresAt, long contactId) {

        public boolean windowClosed(Instant now) {
            return windowExpiresAt != null && !now.isBefore(windowExpiresAt);
        }
    }

    /** SQL: the room's kept assignee is still an active user (a reopened room goes back to them). */
    public static final String ASSIGNEE_ACTIVE = "exists (select 1 from app_user u where u.id = r.assignee_id and u.active)";

    private final Db db;

    RoomAccess(Db db) {
        this.db = db;
    }

    /** The room, or 404 when it does not exist in the caller's tenant. */
    public RoomState find(Caller caller, long roomId) {
        return db.one("select id, tenant_id, channel_id, status, assignee_id, window_expires_at, contact_id from room"
                        + " where tenant_id = ? and id = ?",
                rs -> new RoomState(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("channel_id"),
                        RoomDtos.RoomStatus.valueOf(rs.getString("status")), Db.nullableLong(rs, "assignee_id"),
                        Db.instant(rs, "window_expires_at"), rs.getLong("contact_id")),
                caller.tenantId(), roomId)
                .orElseThrow(() -> ApiException.notFound("Room " + roomId));
    }

    /** Supervisors act on every room; agents on unassigned rooms and their own (a resolved room by its kept assignee). */
    public static boolean mayAct(Caller caller, RoomState room) {
        return caller.isSupervisor() || room.assigneeId() == null || room.assigneeId() == caller.userId();
    }

    /** The room for a write by the caller: 404 when absent, 403 when the caller may only read it. */
    public RoomState forWrite(Caller caller, long roomId) {
        RoomState room = find(caller, roomId);
        if (!mayAct(caller, room)) {
            throw ApiException.forbidden("This room is assigned to another agent; you may read it but not change it.");
        }
        return room;
    }

    /** The same rule as {@link #mayAct} for an UPDATE's WHERE clause; append {@link #actParams}. */
    public static String actCondition(Caller caller) {
        return caller.isSupervisor() ? "true" : "(r.assignee_id is null or r.assignee_id = ?)";
    }

    public static Object[] actParams(Caller caller) {
        return caller.isSupervisor() ? new Object[0] : new Object[] {caller.userId()};
    }

    public static ApiException taken() {
        return ApiException.conflict(ProblemCode.ROOM_TAKEN,
                "Another agent took this room a moment ago. Reload it to see who handles it now.");
    }
}
