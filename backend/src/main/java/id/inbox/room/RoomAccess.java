package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Problem;
import id.inbox.tenant.TenantSettings;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

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
                            Instant windowExpiresAt, long contactId, int version) {

        public boolean windowClosed(Instant now) {
            return windowExpiresAt != null && !now.isBefore(windowExpiresAt);
        }
    }

    /** SQL: the room's kept assignee is still an active user (a reopened room goes back to them). */
    public static final String ASSIGNEE_ACTIVE = "exists (select 1 from app_user u where u.id = r.assignee_id and u.active)";

    private final Jdbi jdbi;
    private final RoomReadRepository reads;
    private final TenantSettings settings;

    RoomAccess(Jdbi jdbi, RoomReadRepository reads, TenantSettings settings) {
        this.jdbi = jdbi;
        this.reads = reads;
        this.settings = settings;
    }

    /** The room as a client sees it, now. */
    public RoomDtos.RoomView view(Caller caller, long roomId) {
        return reads.find(caller.tenantId(), roomId, Instant.now(), settings.expiringThreshold(caller.tenantId()))
                .orElseThrow(() -> ApiException.notFound("Room " + roomId));
    }

    /**
     * 412 room-changed unless the client's If-Match names the room's version: the client decided on a room it
     * no longer sees as it is. This gives the clear answer before writing; each write's UPDATE repeats the
     * condition ({@link RoomETag.IfMatch#sql}), so a change in between is caught too ({@link #diagnose}).
     */
    public void checkVersion(Caller caller, RoomState room, RoomETag.IfMatch ifMatch) {
        if (!ifMatch.accepts(room.version())) {
            throw changed(caller, room.id());
        }
    }

    /** Why a conditional room UPDATE wrote nothing: the room changed under the If-Match (412) or someone else took it (409). */
    public ApiException diagnose(Caller caller, long roomId, RoomETag.IfMatch ifMatch) {
        RoomState current = find(caller, roomId);
        return ifMatch.accepts(current.version()) ? taken() : changed(caller, roomId);
    }

    private ApiException changed(Caller caller, long roomId) {
        RoomDtos.RoomView current = view(caller, roomId);
        return new RoomChanged(current);
    }

    /** 412 whose problem carries the room as it is now, with its ETag. */
    static final class RoomChanged extends ApiException {
        private final RoomDtos.RoomView room;

        RoomChanged(RoomDtos.RoomView room) {
            super(412, ProblemCode.ROOM_CHANGED, "Room changed",
                    "The room has changed since you loaded it (someone wrote, or another agent acted); nothing was done."
                            + " The room as it is now is in 'room'; decide again and send its ETag in If-Match.",
                    Map.of(HttpHeaders.ETAG, RoomETag.of(room.version())));
            this.room = room;
        }

        @Override
        public Problem problem() {
            return super.problem().withRoom(room);
        }
    }

    /** The room, or 404 when it does not exist in the caller's tenant. */
    public RoomState find(Caller caller, long roomId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, tenant_id, channel_id, status, assignee_id, window_expires_at, contact_id, version
                        from room where tenant_id = :tenant and id = :room""")
                        .bind("tenant", caller.tenantId())
                        .bind("room", roomId)
                        .map(ConstructorMapper.of(RoomState.class))
                        .findOne())
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
