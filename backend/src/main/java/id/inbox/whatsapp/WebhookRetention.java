package id.inbox.whatsapp;

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
 * Deletes processed webhook events once they are older than the retention (V13): their payloads hold customers'
 * messages, which live on in the messages themselves. Pending events are never deleted. Runs hourly on every
 * instance; the chunks are small transactions, so instances purging at once only share the work.
 */
@ApplicationScoped
public class WebhookRetention {

    private static final Logger LOG = Logger.getLogger(WebhookRetention.class);
    private static final int CHUNK = 5_000;

    private final Database db;
    private final Clock clock;
    private final Duration retention;

    WebhookRetention(Database db, Clock clock, InboxConfig config) {
        this.db = db;
        this.clock = clock;
        this.retention = config.whatsapp().retention();
    }

    @Scheduled(every = "1h", delayed = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeHourly() {
        try {
            int deleted = purge();
            if (deleted > 0) {
                LOG.infof("Deleted %d processed WhatsApp webhook events older than %s", deleted, retention);
            }
        } catch (RuntimeException e) {
            // e.g. the database is away: the next round deletes them
            LOG.warnf("WhatsApp webhook retention stopped this round: %s", e.getClass().getSimpleName());
        }
    }

    /** Deletes every processed event processed before now minus the retention; answers how many. */
    public int purge() {
        Sql chunk = Sql.of("""
                        delete from whatsapp_webhook where id in (
                            select id from whatsapp_webhook where status <> 'PENDING' and processed_at < :before
                            order by processed_at limit :chunk)""")
                .bind("before", clock.instant().minus(retention)).bind("chunk", CHUNK);
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> db.withHandle(handle -> chunk.update(handle).execute()));
            total += deleted;
        } while (deleted == CHUNK);
        return total;
    }
}
