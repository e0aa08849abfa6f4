package id.inbox.events;

import id.inbox.common.Database;
import id.inbox.common.InboxConfig;
import id.inbox.common.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes events older than the retention (default a day) in small chunks, and moves each company's
 * {@code kept_from} past what it deleted, so a client asking for a deleted id is told to reload. Every
 * instance runs it; chunks are short transactions, so instances purging at once share the work.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);
    private static final int CHUNK = 5_000;

    private final Database db;
    private final Clock clock;
    private final Duration retention;

    EventRetention(Database db, Clock clock, InboxConfig config) {
        this.db = db;
        this.clock = clock;
        this.retention = config.events().retention();
    }

    @Scheduled(every = "10m", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeRegularly() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                LOG.infof("Deleted %d live events older than %s", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Live event retention stopped this round: %s", e.getClass().getSimpleName());
        }
    }

    /** Deletes every event created before now minus the retention; answers how many. */
    public int purge() {
        Sql chunk = Sql.of("""
                        with gone as (
                            delete from event_log where ctid = any(array(
                                select ctid from event_log where created_at < :before order by created_at limit :chunk))
                            returning tenant_id, id),
                        newest as (select tenant_id, max(id) as id from gone group by tenant_id),
                        moved as (
                            update event_counter c set kept_from = greatest(c.kept_from, newest.id + 1)
                              from newest where c.tenant_id = newest.tenant_id)
                        select count(*) from gone""")
                .bind("before", clock.instant().minus(retention)).bind("chunk", CHUNK);
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> db.withHandle(handle ->
                    chunk.query(handle).mapTo(Long.class).one())).intValue();
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
