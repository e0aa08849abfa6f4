package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.InboxConfig;
import id.inbox.common.ProblemCode;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.room.RoomDtos.ChannelCount;
import id.inbox.room.RoomDtos.ResolveExpiredRequest;
import id.inbox.room.RoomDtos.ResolveExpiredResult;
import id.inbox.room.RoomDtos.UndoResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * "Resolve all expired": every expired, unresolved room in the caller's scope in one statement, and its
 * undo within the undo window (inbox.rooms.undo-window).
 */
@ApplicationScoped
@Transactional
public class BulkResolveService {

    private final Database db;
    private final Clock clock;
    private final InboxConfig.Rooms config;
    private final LiveEvents live;

    BulkResolveService(Database db, Clock clock, InboxConfig config, LiveEvents live) {
        this.db = db;
        this.clock = clock;
        this.config = config.rooms();
        this.live = live;
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
            long known = db.withHandle(handle -> Sql.of("select count(*) from channel where tenant_id = :tenant and id = any(:channels)")
                    .bind("tenant", caller.tenantId()).bind("channels", channelIds).query(handle).mapTo(Long.class).one());
            if (known != channelIds.size()) {
                throw ApiException.notFound("One of channelIds (a channel of your company)");
            }
        }
        Instant now = clock.instant();
        Sql scope = expiredScope(caller.tenantId(), caller.userId(), caller.isSupervisor(), channelIds, includeUnassigned, now);
        if (dryRun) {
            List<ChannelCount> counts = channelCounts(scope.wrap("select r.channel_id, count(*) from room r where ",
                    " group by r.channel_id order by r.channel_id"));
            return new ResolveExpiredResult(null, counts.stream().mapToLong(ChannelCount::count).sum(), counts, null);
        }
        UUID batchId = UUID.randomUUID();
        Instant undoUntil = now.plus(config.undoWindow());
        db.useHandle(handle -> {
            Sql.of("insert into resolve_batch (id, tenant_id, created_by, created_at, undo_until, resolved_count)"
                            + " values (:batch, :tenant, :user, :now, :undoUntil, 0)")
                    .bind("batch", batchId).bind("tenant", caller.tenantId()).bind("user", caller.userId())
                    .bind("now", now).bind("undoUntil", undoUntil).update(handle).execute();
            allowBulkStatement(handle);
        });
        List<ChannelCount> counts = channelCounts(resolveExpiredSql(scope, now, batchId));
        long total = counts.stream().mapToLong(ChannelCount::count).sum();
        db.useHandle(handle -> Sql.of("update resolve_batch set resolved_count = :total where id = :batch")
                .bind("total", total).bind("batch", batchId).update(handle).execute());
        live.bulkResolved(caller.tenantId(), batchId, total, caller.userId());
        return new ResolveExpiredResult(batchId, total, counts, undoUntil);
    }

    private List<ChannelCount> channelCounts(Sql sql) {
        return db.withHandle(handle -> sql.query(handle).map(rs -> new ChannelCount(rs.getLong(1), rs.getLong(2))).list());
    }

    /** The caller's expired, unresolved rooms (served by room_deadline_idx: tenant, status, window expiry). */
    static Sql expiredScope(long tenantId, long userId, boolean supervisor, List<Long> channelIds, boolean includeUnassigned,
                            Instant now) {
        StringBuilder scope = new StringBuilder("r.tenant_id = :tenant and r.status in ('UNASSIGNED', 'ASSIGNED') and "
                + SessionState.EXPIRED.condition());
        if (!supervisor) {
            scope.append(includeUnassigned ? " and (r.assignee_id = :user or r.assignee_id is null)" : " and r.assignee_id = :user");
        } else if (!includeUnassigned) {
            scope.append(" and r.assignee_id is not null");
        }
        if (!channelIds.isEmpty()) {
            scope.append(" and r.channel_id = any(:channels)");
        }
        Sql sql = Sql.of(scope.toString()).bind("tenant", tenantId).bind("now", now);
        sql = supervisor ? sql : sql.bind("user", userId);
        return channelIds.isEmpty() ? sql : sql.bind("channels", channelIds);
    }

    /** One statement: resolves the scope and counts by channel. */
    static Sql resolveExpiredSql(Sql scope, Instant now, UUID batchId) {
        // who resolved the rooms is the batch's created_by: a resolved_by per room would cost a foreign-key
        // check per room (about 0.4 s of 100k rooms)
        return scope.wrap("with resolved as (update room r set status = 'RESOLVED', resolved_at = :now, resolved_by = null,"
                        + " resolve_batch_id = :batch, unread_count = 0, version = r.version + 1 where ",
                        " returning r.channel_id) select channel_id, count(*) from resolved group by channel_id order by channel_id")
                .bind("now", now).bind("batch", batchId);
    }

    /**
     * A bulk resolve or its undo writes up to every unresolved room of a company (about 100k rooms take a few
     * seconds), beyond the bound of interactive statements; this transaction's statements get longer.
     */
    private void allowBulkStatement(Handle handle) {
        Sql.of("select set_config('statement_timeout', :timeout, true)")
                .bind("timeout", config.bulkStatementTimeout().toMillis() + "ms").query(handle).mapTo(String.class).one();
    }

    /** Reopens the rooms of a bulk resolve that are still resolved by it. */
    public UndoResult undo(Caller caller, UUID batchId) {
        record Batch(long createdBy, Instant undoUntil) {
        }
        Batch batch = db.withHandle(handle -> Sql.of(
                        "select created_by, undo_until from resolve_batch where tenant_id = :tenant and id = :batch for update")
                        .bind("tenant", caller.tenantId()).bind("batch", batchId).query(handle)
                        .map(Rows.of(Batch.class)).findOne())
                .orElseThrow(() -> ApiException.notFound("Batch " + batchId));
        if (!caller.isSupervisor() && batch.createdBy() != caller.userId()) {
            throw ApiException.forbidden("Only who resolved this batch, or a supervisor, may undo it.");
        }
        Instant now = clock.instant();
        if (now.isAfter(batch.undoUntil())) {
            throw ApiException.unprocessable(ProblemCode.UNDO_EXPIRED, "This bulk resolve can no longer be undone; undo is possible for "
                    + config.undoWindow().toMinutes() + " minutes.");
        }
        return db.withHandle(handle -> {
            allowBulkStatement(handle);
            int reopened = Sql.of("update room r set " + RoomAccess.REOPEN_MANY + ", version = r.version + 1"
                            + " where r.tenant_id = :tenant and r.resolve_batch_id = :batch and r.status = 'RESOLVED'")
                    .bind("tenant", caller.tenantId()).bind("batch", batchId).update(handle).execute();
            Sql.of("update resolve_batch set undone_at = :now where id = :batch")
                    .bind("now", now).bind("batch", batchId).update(handle).execute();
            live.bulkReopened(caller.tenantId(), batchId, reopened);
            return new UndoResult(reopened);
        });
    }
}
