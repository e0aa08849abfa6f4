package id.inbox.whatsapp;

import id.inbox.common.Database;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes a verified webhook body durable, before it is acknowledged; the worker processes it afterwards, woken by
 * {@link Stored} once the row is committed ({@link WebhookWorker#onStored}).
 */
@ApplicationScoped
public class WebhookInbox {

    /** An event was stored; observed after its transaction commits. */
    public record Stored(long id) {
    }

    private final Database db;
    private final Clock clock;
    private final Event<Stored> stored;

    WebhookInbox(Database db, Clock clock, Event<Stored> stored) {
        this.db = db;
        this.clock = clock;
        this.stored = stored;
    }

    /** Stores the raw body as a pending event, due now; answers its id. */
    @Transactional
    public long store(byte[] payload) {
        Instant now = clock.instant();
        long id = db.withHandle(handle -> Sql.of("""
                        insert into whatsapp_webhook (received_at, payload, next_attempt_at)
                        values (:now, :payload, :now) returning id""")
                .bind("now", now).bind("payload", payload).query(handle).mapTo(Long.class).one());
        stored.fire(new Stored(id));
        return id;
    }
}
