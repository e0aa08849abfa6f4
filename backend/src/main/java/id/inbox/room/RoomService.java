package id.inbox.room;

import id.inbox.common.Now;
import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Db;
import id.inbox.common.Sql;
import id.inbox.room.RoomAccess.RoomState;
import id.inbox.room.RoomDtos.ChannelCount;
import id.inbox.room.RoomDtos.ResolveExpiredRequest;
import id.inbox.room.RoomDtos.ResolveExpiredResult;
import id.inbox.room.RoomDtos.RoomStatus;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomDtos.UndoResult;
import id.inbox.room.RoomETag.IfMatch;
import id.inbox.room.RoomEvents.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The room's state changes: resolve, assign, tag, mark read, and the bulk "resolve all expired" with
 * its undo. Each change is one conditional UPDATE that repeats the rules, so concurrent writers
 * cannot overwrite each other; a write that loses is a 409.
 */
@ApplicationScoped
@Transactional
public class RoomService {

    /** How long a bulk resolve can be undone. */
    static final Duration UNDO_WINDOW = Duration.ofMinutes(15);
    static final String BULK_STATEMENT_TIMEOUT = "60s";

    private final Db db;
    private final RoomAccess access;
    private final RoomEvents events;

    RoomService(Db db, RoomAccess access, RoomEvents events) {
        this.db = db;
        this.access = access;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoomView view(Caller caller, long roomId) {
        return access.view(caller, roomId);
    }

    /**
     * Resolves the room; resolving a resolved room changes nothing. With an If-Match from an out-of-date screen
     * (say the customer wrote since) it is 412 and the room stays as it is, unread messages included.
     */
    public RoomView resolve(Caller caller, long roomId, IfMatch ifMatch) {
        RoomState room = access.forWrite(caller, roomId);
        access.checkVersion(caller, room, ifMatch);
        if (room.status() == RoomStatus.RESOLVED) {
            return view(caller, roomId);
        }
        Instant now = Now.instant();
        List<Object> params = new ArrayList<>(List.of(now, caller.userId(), now, caller.tenantId(), roomId));
        params.addAll(List.of(RoomAccess.actParams(caller)));
        params.addAll(ifMatch.params());
        int updated = db.update("""
                update room r set status = 'RESOLVED', resolved_at = ?, resolved_by = ?, resolve_batch_id = null,
                       unread_count = 0, last_activity_at = greatest(r.last_activity_at, ?), version = r.version + 1
                 where r.tenant_id = ? and r.id = ? and r.status <> 'RESOLVED' and\s""" + RoomAccess.actCondition(caller)
                        + ifMatch.sql(),
                params.toArray());
        if (updated == 0) {
            RoomState current = access.find(caller, roomId);
            if (current.status() == RoomStatus.RESOLVED && ifMatch.accepts(current.version())) {
                return view(caller, roomId);
            }
            throw access.diagnose(caller, roomId, ifMatch);
        }
        events.note(caller.tenantId(), roomId, Event.RESOLVED, caller.userId(), null, now);
        return view(caller, roomId);
    }

    /**
     * Assigns the room to an active user of the tenant, or unassigns it (agentId null). Agents may take
     * an unassigned room for themselves and give up their own; supervisors may assign anyone.
     */
    public RoomView assign(Caller caller, long roomId, Long agentId, IfMatch ifMatch) {
        RoomState room = access.find(caller, roomId);
        if (agentId != null) {
            boolean active = db.one("select active and kind = 'person' from app_user where tenant_id = ? and id = ?",
                    rs -> rs.getBoolean(1), caller.tenantId(), agentId).orElse(false);
            if (!active) {
                throw ApiException.notFound("Agent " + agentId + " (an active user of your company)");
            }
        }
        if (java.util.Objects.equals(room.assigneeId(), agentId)) {
            access.checkVersion(caller, room, ifMatch);
            return view(caller, roomId);
        }
        String condition;
        List<Object> conditionParams = new ArrayList<>();
        if (caller.isSupervisor()) {
            condition = "true";
        } else if (agentId != null && agentId == caller.userId()) {
            // taking a room: only while nobody has it
            if (room.assigneeId() != null) {
                throw RoomAccess.taken();
            }
            condition = "r.assignee_id is null";
        } else if (agentId == null && room.assigneeId() == caller.userId()) {
            condition = "r.assignee_id = ?";
            conditionParams.add(caller.userId());
        } else {
            throw ApiException.forbidden("Agents may take unassigned rooms and give up their own; ask a supervisor to assign others.");
        }
        access.checkVersion(caller, room, ifMatch);
        Instant now = Now.instant();
        List<Object> params = new ArrayList<>();
        params.add(agentId);
        params.add(agentId == null ? "UNASSIGNED" : "ASSIGNED");
        params.addAll(List.of(now, caller.tenantId(), roomId));
        params.addAll(conditionParams);
        params.addAll(ifMatch.params());
        int updated = db.update("""
                update room r set assignee_id = ?,
                       status = case when r.status = 'RESOLVED' then 'RESOLVED' else ? end,
                       last_activity_at = greatest(r.last_activity_at, ?), version = r.version + 1
                 where r.tenant_id = ? and r.id = ? and\s""" + condition + ifMatch.sql(), params.toArray());
        if (updated == 0) {
            throw access.diagnose(caller, roomId, ifMatch);
        }
        events.note(caller.tenantId(), roomId, agentId == null ? Event.UNASSIGNED : Event.ASSIGNED,
                caller.userId(), agentId, now);
        return view(caller, roomId);
    }

    public RoomView tag(Caller caller, long roomId, long tagId, IfMatch ifMatch) {
        lockForWrite(caller, roomId, tagId, ifMatch);
        db.update("insert into room_tag (tenant_id, room_id, tag_id) values (?, ?, ?) on conflict do nothing",
                caller.tenantId(), roomId, tagId);
        return view(caller, roomId);
    }

    public RoomView untag(Caller caller, long roomId, long tagId, IfMatch ifMatch) {
        lockForWrite(caller, roomId, tagId, ifMatch);
        db.update("delete from room_tag where tenant_id = ? and room_id = ? and tag_id = ?", caller.tenantId(), roomId, tagId);
        return view(caller, roomId);
    }

    /** Checks room and tag, and bumps the room's version under the write rules. */
    private void lockForWrite(Caller caller, long roomId, long tagId, IfMatch ifMatch) {
        RoomState room = access.forWrite(caller, roomId);
        boolean tagExists = db.one("select 1 from tag where tenant_id = ? and id = ?", rs -> true, caller.tenantId(), tagId)
                .isPresent();
        if (!tagExists) {
            throw ApiException.notFound("Tag " + tagId);
        }
        access.checkVersion(caller, room, ifMatch);
        List<Object> params = new ArrayList<>(List.of(caller.tenantId(), roomId));
        params.addAll(List.of(RoomAccess.actParams(caller)));
        params.addAll(ifMatch.params());
        if (db.update("update room r set version = r.version + 1 where r.tenant_id = ? and r.id = ? and "
                + RoomAccess.actCondition(caller) + ifMatch.sql(), params.toArray()) == 0) {
            throw access.diagnose(caller, roomId, ifMatch);
        }
    }

    /** Unread back to 0; any user of the tenant may mark a room read. */
    public RoomView markRead(Caller caller, long roomId, IfMatch ifMatch) {
        RoomState room = access.find(caller, roomId);
        access.checkVersion(caller, room, ifMatch);
        List<Object> params = new ArrayList<>(List.of(caller.tenantId(), roomId));
        params.addAll(ifMatch.params());
        int updated = db.update("update room r set unread_count = 0, version = r.version + 1"
                + " where r.tenant_id = ? and r.id = ? and r.unread_count <> 0" + ifMatch.sql(), params.toArray());
        if (updated == 0 && !ifMatch.accepts(access.find(caller, roomId).version())) {
            throw access.diagnose(caller, roomId, ifMatch);
        }
        return view(caller, roomId);
    }

    /**
     * Resolves every expired, unresolved room in the caller's scope with one statement. The window
     * condition is evaluated on each row as it is written, so a room whose customer wrote meanwhile
     * (its window refreshed by a concurrent transaction) is left open.
     */
    public ResolveExpiredResult resolveExpired(Caller caller, ResolveExpiredRequest request) {
        List<Long> channelIds = request.channelIds() == null ? List.of() : request.channelIds().stream().distinct().toList();
        boolean includeUnassigned = request.includeUnassigned() == null || request.includeUnassigned();
        boolean dryRun = request.dryRun() != null && request.dryRun();
        if (!channelIds.isEmpty()) {
            long known = db.one("select count(*) from channel where tenant_id = ? and id = any(?)", rs -> rs.getLong(1),
                    caller.tenantId(), channelIds).orElse(0L);
            if (known != channelIds.size()) {
                throw ApiException.notFound("One of channelIds (a channel of your company)");
            }
        }
        Instant now = Now.instant();
        Sql scope = expiredScope(caller.tenantId(), caller.userId(), caller.isSupervisor(), channelIds, includeUnassigned, now);
        if (dryRun) {
            List<ChannelCount> counts = db.list("select r.channel_id, count(*) from room r where " + scope.text()
                    + " group by r.channel_id order by r.channel_id", rs -> new ChannelCount(rs.getLong(1), rs.getLong(2)),
                    scope.args());
            return new ResolveExpiredResult(null, counts.stream().mapToLong(ChannelCount::count).sum(), counts, null);
        }
        UUID batchId = UUID.randomUUID();
        Instant undoUntil = now.plus(UNDO_WINDOW);
        db.update("insert into resolve_batch (id, tenant_id, created_by, created_at, undo_until, resolved_count)"
                + " values (?, ?, ?, ?, ?, 0)", batchId, caller.tenantId(), caller.userId(), now, undoUntil);
        allowBulkStatement();
        Sql resolve = resolveExpiredSql(scope, now, batchId);
        List<ChannelCount> counts = db.list(resolve.text(), rs -> new ChannelCount(rs.getLong(1), rs.getLong(2)), resolve.args());
        long total = counts.stream().mapToLong(ChannelCount::count).sum();
        db.update("update resolve_batch set resolved_count = ? where id = ?", total, batchId);
        return new ResolveExpiredResult(batchId, total, counts, undoUntil);
    }

    /** The caller's expired, unresolved rooms (served by room_deadline_idx: tenant, status, window expiry). */
    static Sql expiredScope(long tenantId, long userId, boolean supervisor, List<Long> channelIds, boolean includeUnassigned,
                            Instant now) {
        StringBuilder scope = new StringBuilder("r.tenant_id = ? and r.status in ('UNASSIGNED', 'ASSIGNED') and "
                + SessionState.EXPIRED.condition());
        List<Object> params = new ArrayList<>(List.of(tenantId, now));
        if (!supervisor) {
            scope.append(includeUnassigned ? " and (r.assignee_id = ? or r.assignee_id is null)" : " and r.assignee_id = ?");
            params.add(userId);
        } else if (!includeUnassigned) {
            scope.append(" and r.assignee_id is not null");
        }
        if (!channelIds.isEmpty()) {
            scope.append(" and r.channel_id = any(?)");
            params.add(channelIds);
        }
        return new Sql(scope.toString(), params);
    }

    /** One statement: resolves the scope and counts by channel. */
    static Sql resolveExpiredSql(Sql scope, Instant now, UUID batchId) {
        List<Object> params = new ArrayList<>(List.of(now, batchId));
        params.addAll(scope.params());
        // who resolved the rooms is the batch's created_by: a resolved_by per room would cost a foreign-key
        // check per room (about 0.4 s of 100k rooms)
        return new Sql("with resolved as (update room r set status = 'RESOLVED', resolved_at = ?, resolved_by = null,"
                + " resolve_batch_id = ?, unread_count = 0, version = r.version + 1 where " + scope.text()
                + " returning r.channel_id)"
                + " select channel_id, count(*) from resolved group by channel_id order by channel_id", params);
    }

    /**
     * A bulk resolve or its undo writes up to every unresolved room of a company (about 100k rooms take a few
     * seconds), beyond the 5 s bound of interactive statements; this transaction's statements get a minute.
     */
    private void allowBulkStatement() {
        db.update("set local statement_timeout = '" + BULK_STATEMENT_TIMEOUT + "'");
    }

    /** Reopens the rooms of a bulk resolve that are still resolved by it. */
    public UndoResult undo(Caller caller, UUID batchId) {
        record Batch(long createdBy, Instant undoUntil) {
        }
        Batch batch = db.one("select created_by, undo_until from resolve_batch where tenant_id = ? and id = ? for update",
                        rs -> new Batch(rs.getLong(1), Db.instant(rs, "undo_until")), caller.tenantId(), batchId)
                .orElseThrow(() -> ApiException.notFound("Batch " + batchId));
        if (!caller.isSupervisor() && batch.createdBy() != caller.userId()) {
            throw ApiException.forbidden("Only who resolved this batch, or a supervisor, may undo it.");
        }
        Instant now = Now.instant();
        if (now.isAfter(batch.undoUntil())) {
            throw ApiException.unprocessable(ProblemCode.UNDO_EXPIRED, "This bulk resolve can no longer be undone; undo is possible for "
                    + UNDO_WINDOW.toMinutes() + " minutes.");
        }
        allowBulkStatement();
        // back to the kept assignee while that user is active, else unassigned
        String assigneeActive = RoomAccess.ASSIGNEE_ACTIVE;
        int reopened = db.update("update room r set status = case when " + assigneeActive + " then 'ASSIGNED' else 'UNASSIGNED' end,"
                + " assignee_id = case when " + assigneeActive + " then r.assignee_id end,"
                + " resolved_at = null, resolved_by = null, resolve_batch_id = null, version = r.version + 1"
                + " where r.tenant_id = ? and r.resolve_batch_id = ? and r.status = 'RESOLVED'",
                caller.tenantId(), batchId);
        db.update("update resolve_batch set undone_at = ? where id = ?", now, batchId);
        return new UndoResult(reopened);
    }
}
