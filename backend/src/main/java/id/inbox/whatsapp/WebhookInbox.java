package id.inbox.whatsapp;

import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/** Makes a verified webhook body durable, before it is acknowledged; the worker processes it afterwards. */
@ApplicationScoped
public class WebhookInbox {

    private final Jdbi jdbi;
    private final Clock clock;

    WebhookInbox(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores the raw body as a pending event, due now; answers its id. */
    @Transactional
    public long store(byte[] payload) {
        Instant now = clock.instant();
        return jdbi.withHandle(handle -> Sql.of("""
                        insert into whatsapp_webhook (received_at, payload, next_attempt_at)
                        values (:now, :payload, :now) returning id""")
                .bind("now", now).bind("payload", payload).query(handle).mapTo(Long.class).one());
    }
}
