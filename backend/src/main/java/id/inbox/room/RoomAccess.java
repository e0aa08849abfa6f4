package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.Problem;
import id.inbox.common.ProblemCode;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.tenant.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Finds a room of the caller's tenant and decides what the caller may do with it (DESIGN.md 2.4).
 * Each rule is one SQL condition ({@link #MAY_ACT}, {@link #WINDOW_OPEN}): the decision on a snapshot is
 * that condition selected as a column, which gives the clear answer (404, 403, 422); every write then
 * repeats the same condition in its UPDATE, so a concurrent change makes the write fail (409) instead of
 * being overwritten.
 */
@ApplicationScoped
public class RoomAccess {

    /**
     * Who may act on room r: supervisors every room; agents unassigned rooms and their own (a resolved room
     * by its kept assignee). Parameters :supervisor and :user ({@link #bindCaller}).
     */
    public static final String MAY_ACT = "(:supervisor or r.assignee_id is null or r.assignee_id = :user)";

    /** Room r's session window is open at :now: free text may be sent (the complement of {@link SessionState#EXPIRED}). */
    public static final String WINDOW_OPEN = "not " + SessionState.EXPIRED.condition();

    /**
     * Reopening room r when a customer writes or a bulk resolve is undone: back to its kept assignee while
     * that user is active, else unassigned. A room that is not resolved keeps its status and assignee.
     */
    public static final String REOPEN = reopen("exists (select 1 from app_user u where u.id = r.assignee_id and u.active)");

    /**
     * {@link #REOPEN} for a statement over many rooms of the company :tenant (the undo of a bulk resolve): its active
     * users are read once into a hash instead of once or twice per room, about 40 % of an undo's time at 100k rooms.
     */
    public static final String REOPEN_MANY =
            reopen("r.assignee_id in (select u.id from app_user u where u.tenant_id = :tenant and u.active)");

    private static String reopen(String assigneeActive) {
        return "status = case when r.status <> 'RESOLVED' then r.status"
                + " when " + assigneeActive + " then 'ASSIGNED' else 'UNASSIGNED' end,"
                + " assignee_id = case when r.status <> 'RESOLVED' or " + assigneeActive + " then r.assignee_id end,"
                + " resolved_at = null, resolved_by = null, resolve_batch_id = null";
    }

    /** The part of a room that rules look at, with the rules' answers for the caller, now. */
    public record RoomState(long id, long tenantId, long channelId, RoomDtos.RoomStatus status, Long assigneeId,
                            Instant windowExpiresAt, long contactId, int version, boolean mayAct, boolean windowClosed) {
    }

    private final Database db;
    private final RoomViews views;
    private final TenantSettings settings;
    private final Clock clock;

    RoomAccess(Database db, RoomViews views, TenantSettings settings, Clock clock) {
        this.db = db;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    /** The parameters of {@link #MAY_ACT} for the caller. */
    public static Sql bindCaller(Sql sql, Caller caller) {
        return sql.bind("supervisor", caller.isSupervisor()).bind("user", caller.userId());
    }

    /** The room as a client sees it, now. */
    public RoomDtos.RoomView view(Caller caller, long roomId) {
        return views.find(caller.tenantId(), roomId, clock.instant(), settings.expiringThreshold(caller.tenantId()))
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
        Sql sql = bindCaller(Sql.of("select id, tenant_id, channel_id, status, assignee_id, window_expires_at, contact_id, version,"
                + " " + MAY_ACT + " as may_act, " + SessionState.EXPIRED.condition() + " as window_closed"
                + " from room r where tenant_id = :tenant and id = :room"), caller)
                .bind("now", clock.instant()).bind("tenant", caller.tenantId()).bind("room", roomId);
        return db.withHandle(handle -> sql.query(handle).map(Rows.of(RoomState.class)).findOne())
                .orElseThrow(() -> ApiException.notFound("Room " + roomId));
    }

    /** The room for a write by the caller: 404 when absent, 403 when the caller may only read it. */
    public RoomState forWrite(Caller caller, long roomId) {
        RoomState room = find(caller, roomId);
        if (!room.mayAct()) {
            throw ApiException.forbidden("This room is assigned to another agent; you may read it but not change it.");
        }
        return room;
    }

    public static ApiException taken() {
        return ApiException.conflict(ProblemCode.ROOM_TAKEN,
                "Another agent took this room a moment ago. Reload it to see who handles it now.");
    }
}
