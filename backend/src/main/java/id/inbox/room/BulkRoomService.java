package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.InboxConfig;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.room.RoomActionDtos.BulkAction;
import id.inbox.room.RoomActionDtos.BulkRoomsRequest;
import id.inbox.room.RoomActionDtos.BulkRoomsResult;
import id.inbox.room.RoomActionDtos.BulkUndoResult;
import id.inbox.room.RoomActionDtos.SkipReason;
import id.inbox.room.RoomActionDtos.SkippedRoom;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One change to a selection of rooms (at most 500): resolve, assign, tag or untag. The rooms are locked and
 * judged room by room ({@link RoomAccess#MAY_ACT}); the change is then one statement over the rooms the caller
 * may act on, and the others are reported as skipped. The change is a resolve_batch that can be undone within
 * the undo window, like "resolve all expired". Rooms keep their place in the list (last activity unchanged), so
 * an undo puts everything back as it was.
 */
@ApplicationScoped
@Transactional
public class BulkRoomService {

    private final Database db;
    private final Clock clock;
    private final InboxConfig.Rooms config;
    private final LiveEvents live;
    private final BulkResolveService resolves;

    BulkRoomService(Database db, Clock clock, InboxConfig config, LiveEvents live, BulkResolveService resolves) {
        this.db = db;
        this.clock = clock;
        this.config = config.rooms();
        this.live = live;
        this.resolves = resolves;
    }

    public BulkRoomsResult apply(Caller caller, BulkRoomsRequest request) {
        checkFields(caller, request);
        List<Long> ids = request.roomIds().stream().distinct().toList();
        record Judged(long id, boolean mayAct) {
        }
        Map<Long, Boolean> mayAct = new HashMap<>();
        db.withHandle(handle -> RoomAccess.bindCaller(Sql.of("select r.id, " + RoomAccess.MAY_ACT + " from room r"
                        + " where r.tenant_id = :tenant and r.id = any(:rooms) order by r.id for update"), caller)
                .bind("tenant", caller.tenantId()).bind("rooms", ids).query(handle)
                .map(rs -> new Judged(rs.getLong(1), rs.getBoolean(2))).list())
                .forEach(room -> mayAct.put(room.id(), room.mayAct()));
        List<SkippedRoom> skipped = new ArrayList<>();
        for (long id : ids) {
            Boolean may = mayAct.get(id);
            if (may == null || !may) {
                skipped.add(new SkippedRoom(id, may == null ? SkipReason.NOT_FOUND : SkipReason.FORBIDDEN));
            }
        }
        List<Long> allowed = ids.stream().filter(id -> Boolean.TRUE.equals(mayAct.get(id))).toList();
        UUID batchId = UUID.randomUUID();
        Instant now = clock.instant();
        Instant undoUntil = now.plus(config.undoWindow());
        db.useHandle(handle -> Sql.of("insert into resolve_batch (id, tenant_id, created_by, created_at, undo_until, resolved_count,"
                        + " action, agent_id, tag_id) values (:batch, :tenant, :user, :now, :undoUntil, 0, :action, :agent, :tag)")
                .bind("batch", batchId).bind("tenant", caller.tenantId()).bind("user", caller.userId()).bind("now", now)
                .bind("undoUntil", undoUntil).bind("action", request.action()).bind("agent", request.agentId())
                .bind("tag", request.tagId()).update(handle).execute());
        Sql change = RoomAccess.bindCaller(BulkRoomSql.change(request.action()), caller)
                .bind("tenant", caller.tenantId()).bind("rooms", allowed).bind("batch", batchId);
        change = switch (request.action()) {
            case RESOLVE -> change.bind("now", now);
            case ASSIGN -> change.bind("agent", request.agentId());
            case TAG, UNTAG -> change.bind("tag", request.tagId());
        };
        Sql statement = change;
        List<Long> changed = allowed.isEmpty() ? List.of()
                : db.withHandle(handle -> statement.query(handle).mapTo(Long.class).list()).stream().sorted().toList();
        db.useHandle(handle -> Sql.of("update resolve_batch set resolved_count = :count where id = :batch")
                .bind("count", changed.size()).bind("batch", batchId).update(handle).execute());
        if (!changed.isEmpty()) {
            if (request.action() == BulkAction.RESOLVE) {
                live.bulkResolved(caller.tenantId(), batchId, changed.size(), caller.userId());
            } else {
                live.bulkChanged(caller.tenantId(), batchId, request.action().name(), false, changed.size(), caller.userId());
            }
        }
        return new BulkRoomsResult(batchId, request.action(), changed, skipped, undoUntil);
    }

    /** The fields each action needs (and no other), and the assignee or tag they name. */
    private void checkFields(Caller caller, BulkRoomsRequest request) {
        BulkAction action = request.action();
        if ((action == BulkAction.ASSIGN) != (request.agentId() != null)) {
            throw ApiException.invalid("agentId", action == BulkAction.ASSIGN ? "required for ASSIGN" : "only for ASSIGN");
        }
        boolean tagging = action == BulkAction.TAG || action == BulkAction.UNTAG;
        if (tagging != (request.tagId() != null)) {
            throw ApiException.invalid("tagId", tagging ? "required for TAG and UNTAG" : "only for TAG and UNTAG");
        }
        if (action == BulkAction.ASSIGN) {
            if (!caller.isSupervisor() && request.agentId() != caller.userId()) {
                throw ApiException.forbidden("Agents may take rooms for themselves; ask a supervisor to assign others.");
            }
            boolean active = db.withHandle(handle -> Sql.of(
                            "select active and kind = 'person' from app_user where tenant_id = :tenant and id = :agent")
                    .bind("tenant", caller.tenantId()).bind("agent", request.agentId()).query(handle).mapTo(Boolean.class)
                    .findOne()).orElse(false);
            if (!active) {
                throw ApiException.notFound("Agent " + request.agentId() + " (an active user of your company)");
            }
        }
        if (tagging && db.withHandle(handle -> Sql.of("select 1 from tag where tenant_id = :tenant and id = :tag")
                .bind("tenant", caller.tenantId()).bind("tag", request.tagId()).query(handle).mapTo(Integer.class).findOne()).isEmpty()) {
            throw ApiException.notFound("Tag " + request.tagId());
        }
    }

    /** Puts back the rooms a bulk change changed and that nobody changed the same way since. */
    public BulkUndoResult undo(Caller caller, UUID batchId) {
        record Batch(long createdBy, Instant undoUntil, String action, Long agentId, Long tagId, boolean undone) {
        }
        Batch batch = db.withHandle(handle -> Sql.of("select created_by, undo_until, action, agent_id, tag_id, undone_at is not null"
                        + " from resolve_batch where tenant_id = :tenant and id = :batch for update")
                        .bind("tenant", caller.tenantId()).bind("batch", batchId).query(handle)
                        .map(rs -> new Batch(rs.getLong(1), Sql.instant(rs, "undo_until"), rs.getString(3),
                                rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getBoolean(6))).findOne())
                .orElseThrow(() -> ApiException.notFound("Batch " + batchId));
        if (batch.action().startsWith("RESOLVE")) {
            return new BulkUndoResult(resolves.undo(caller, batchId).reopenedCount());
        }
        if (!caller.isSupervisor() && batch.createdBy() != caller.userId()) {
            throw ApiException.forbidden("Only who made this change, or a supervisor, may undo it.");
        }
        Instant now = clock.instant();
        if (now.isAfter(batch.undoUntil())) {
            throw ApiException.unprocessable(ProblemCode.UNDO_EXPIRED, "This change can no longer be undone; undo is possible for "
                    + config.undoWindow().toMinutes() + " minutes.");
        }
        if (batch.undone()) {
            return new BulkUndoResult(0);
        }
        BulkAction action = BulkAction.valueOf(batch.action());
        Sql undo = BulkRoomSql.undo(action).bind("tenant", caller.tenantId()).bind("batch", batchId);
        Sql statement = action == BulkAction.ASSIGN ? undo.bind("agent", batch.agentId()) : undo.bind("tag", batch.tagId());
        long restored = db.withHandle(handle -> statement.query(handle).mapTo(Long.class).one());
        db.useHandle(handle -> Sql.of("update resolve_batch set undone_at = :now where id = :batch")
                .bind("now", now).bind("batch", batchId).update(handle).execute());
        if (restored > 0) {
            live.bulkChanged(caller.tenantId(), batchId, action.name(), true, restored, caller.userId());
        }
        return new BulkUndoResult(restored);
    }
}
