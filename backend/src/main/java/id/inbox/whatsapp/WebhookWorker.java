package id.inbox.whatsapp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Works off the webhook inbox after the acknowledgement: every instance polls (inbox.whatsapp.poll-interval) and
 * processes due events one transaction each, so a crash loses at most the event in hand, which is claimed again.
 * Tests turn the poll off and call {@link #processPending()}.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final WebhookProcessor processor;

    WebhookWorker(WebhookProcessor processor) {
        this.processor = processor;
    }

    @Scheduled(every = "${inbox.whatsapp.poll-interval:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            processPending();
        } catch (RuntimeException e) {
            // e.g. the database is away: the events stay pending for the next poll
            LOG.warnf("WhatsApp webhook worker stopped this round: %s", e.getClass().getSimpleName());
        }
    }

    /**
     * Processes every event due now, each in a transaction of its own, until none is due (a failed event is
     * rescheduled into the future, so it is not taken again this round); answers how many were taken.
     */
    public int processPending() {
        int taken = 0;
        while (processNext()) {
            taken++;
        }
        return taken;
    }

    /** Processes the next due event in a new transaction; false when none is due. */
    public boolean processNext() {
        return QuarkusTransaction.requiringNew().call(processor::processOne);
    }
}
