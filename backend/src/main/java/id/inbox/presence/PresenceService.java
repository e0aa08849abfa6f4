package id.inbox.presence;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.InboxConfig;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.Doorbell;
import id.inbox.presence.PresenceDtos.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Who views which room: a call keeps the caller viewing (and typing) for a while; leaving or running out ends it.
 * Every change that others would see (an arrival, typing on or off, leaving; expiry in {@link PresenceSweep}) rings
 * the presence doorbell in the same transaction, so it is announced exactly when it is committed, on every
 * instance ({@link PresenceBroadcast}); a heartbeat that changes nothing visible rings nothing.
 */
@ApplicationScoped
public class PresenceService {

    private final Database db;
    private final PresenceQueries queries;
    private final InboxConfig.Presence config;
    private final Clock clock;

    PresenceService(Database db, PresenceQueries queries, InboxConfig config, Clock clock) {
        this.db = db;
        this.queries = queries;
        this.config = config.presence();
        this.clock = clock;
    }

    /** What others saw of the caller in the room before this call. */
    private record Shown(boolean viewing, boolean typing) {
    }

    /** The caller views the room (and types in it, or not) from now on; 404 for a room of another company. */
    @Transactional
    public void view(Caller caller, long roomId, boolean typing) {
        Instant now = clock.instant();
        db.useHandle(handle -> {
            // The row lock orders two tabs of the same person, so each compares with what the other committed.
            Optional<Shown> before = Sql.of("""
                            select seen_until > :now as viewing, coalesce(typing_until > :now, false) as typing
                              from room_presence where room_id = :room and user_id = :user and tenant_id = :tenant
                               for update""")
                    .bind("now", now).bind("room", roomId).bind("user", caller.userId()).bind("tenant", caller.tenantId())
                    .query(handle).map(Rows.of(Shown.class)).findOne();
            int stored = Sql.of("""
                            insert into room_presence (tenant_id, room_id, user_id, seen_until, typing_until)
                            select r.tenant_id, r.id, :user, :seenUntil, cast(:typingUntil as timestamptz)
                              from room r where r.tenant_id = :tenant and r.id = :room
                            on conflict (room_id, user_id)
                               do update set seen_until = excluded.seen_until, typing_until = excluded.typing_until""")
                    .bind("user", caller.userId()).bind("seenUntil", now.plus(config.viewingFor()))
                    .bind("typingUntil", typing ? now.plus(config.typingFor()) : null)
                    .bind("tenant", caller.tenantId()).bind("room", roomId).update(handle).execute();
            if (stored == 0) {
                throw ApiException.notFound("Room " + roomId);
            }
            if (before.map(shown -> !shown.viewing() || shown.typing() != typing).orElse(true)) {
                ring(handle, caller.tenantId(), roomId);
            }
        });
    }

    /** The caller closed the room; 404 for a room of another company. */
    @Transactional
    public void leave(Caller caller, long roomId) {
        record Left(boolean room, boolean wasViewing) {
        }
        Sql sql = Sql.of("""
                        with gone as (
                            delete from room_presence where room_id = :room and user_id = :user and tenant_id = :tenant
                            returning seen_until > :now as viewing)
                        select exists (select 1 from room where tenant_id = :tenant and id = :room) as room,
                               coalesce((select bool_or(viewing) from gone), false) as was_viewing""")
                .bind("room", roomId).bind("user", caller.userId()).bind("tenant", caller.tenantId()).bind("now", clock.instant());
        db.useHandle(handle -> {
            Left left = sql.query(handle).map(Rows.of(Left.class)).one();
            if (!left.room()) {
                throw ApiException.notFound("Room " + roomId);
            }
            if (left.wasViewing()) {
                ring(handle, caller.tenantId(), roomId);
            }
        });
    }

    /** Everyone viewing a room of the caller's company now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Presence everywhere(Caller caller) {
        return new Presence(queries.tenant(caller.tenantId(), clock.instant()));
    }

    /** Tells every instance, when the transaction commits, that the room's viewers changed. */
    static void ring(Handle handle, long tenantId, long roomId) {
        Sql.of("select count(*) from pg_notify(:channel, :payload)")
                .bind("channel", Doorbell.PRESENCE).bind("payload", tenantId + ":" + roomId)
                .query(handle).mapTo(Long.class).one();
    }
}
