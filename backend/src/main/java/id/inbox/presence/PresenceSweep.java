package id.inbox.presence;

import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.Doorbell;
import id.inbox.presence.PresenceQueries.RoomKey;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Ends viewing and typing that ran out and tells each room's viewers, so someone who closed the laptop is gone
 * from every screen within the viewing time plus one sweep. Every instance sweeps (inbox.presence.sweep-interval);
 * the rows are claimed with SKIP LOCKED, so when instances sweep at once each row is ended, and its room rung,
 * by one of them. Tests turn the timer off and call {@link #sweep()} after moving the clock.
 */
@ApplicationScoped
public class PresenceSweep {

    private static final Logger LOG = Logger.getLogger(PresenceSweep.class);
    private static final int CHUNK = 500;

    /**
     * One chunk: rows whose viewing ran out are deleted, rows whose typing ran out lose it; the statement rings the
     * presence doorbell once per room it changed and answers those rooms.
     */
    private static final String SWEEP = """
            with due as (
                select room_id, user_id from room_presence
                 where least(seen_until, typing_until) <= :now
                 order by least(seen_until, typing_until)
                 limit :chunk
                   for update skip locked),
            gone as (
                delete from room_presence p using due
                 where p.room_id = due.room_id and p.user_id = due.user_id and p.seen_until <= :now
                returning p.tenant_id, p.room_id),
            quiet as (
                update room_presence p set typing_until = null from due
                 where p.room_id = due.room_id and p.user_id = due.user_id and p.seen_until > :now
                   and p.typing_until <= :now
                returning p.tenant_id, p.room_id),
            changed as (
                select tenant_id, room_id from gone union select tenant_id, room_id from quiet),
            due_count as (
                select count(*) as claimed from due)
            select c.tenant_id, c.room_id, d.claimed,
                   case when c.room_id is not null then pg_notify(:channel, c.tenant_id || ':' || c.room_id)::text end as rang
              from due_count d left join changed c on true""";

    private final Database db;
    private final Clock clock;

    PresenceSweep(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Scheduled(every = "${inbox.presence.sweep-interval}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepRegularly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // e.g. the database is away: the next round ends what ran out
            LOG.warnf("Presence sweep stopped this round: %s", e.getClass().getSimpleName());
        }
    }

    /** A chunk's claimed rows, and one of the rooms it changed (null when it changed none). */
    private record Swept(Long tenantId, Long roomId, long claimed) {
    }

    /** Ends what ran out by now; answers the rooms whose viewers changed (each rung once). */
    public List<RoomKey> sweep() {
        Sql chunk = Sql.of(SWEEP).bind("now", clock.instant()).bind("chunk", CHUNK).bind("channel", Doorbell.PRESENCE);
        List<RoomKey> changed = new ArrayList<>();
        long claimed;
        do {
            List<Swept> rows = QuarkusTransaction.requiringNew()
                    .call(() -> db.withHandle(handle -> chunk.query(handle).map(Rows.of(Swept.class)).list()));
            claimed = rows.isEmpty() ? 0 : rows.get(0).claimed();
            for (Swept row : rows) {
                if (row.roomId() != null) {
                    changed.add(new RoomKey(row.tenantId(), row.roomId()));
                }
            }
        } while (claimed == CHUNK);
        return changed;
    }
}
