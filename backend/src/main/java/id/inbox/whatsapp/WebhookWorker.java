package id.inbox.whatsapp;

import id.inbox.common.InboxConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Works off the webhook inbox after the acknowledgement. A stored event wakes this instance's worker as soon as its
 * row is committed ({@link #onStored}); every instance also polls (inbox.whatsapp.poll-interval) for what the
 * wake-ups miss: other instances' rows, restarts, retries that fall due. Due events are processed in batches of
 * inbox.whatsapp.batch-size, one transaction each with a savepoint per event (see {@link WebhookProcessor}), so a
 * crash loses at most the batch in hand, which is claimed again. Tests turn poll and wake-up off and call
 * {@link #processPending()}.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    private final WebhookProcessor processor;
    private final InboxConfig.WhatsApp config;
    private final ExecutorService waker;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    WebhookWorker(WebhookProcessor processor, InboxConfig config) {
        this.processor = processor;
        this.config = config.whatsapp();
        this.waker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "whatsapp-webhook-worker");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow(); // a batch cut short rolls back; its events stay pending
    }

    @Scheduled(every = "${inbox.whatsapp.poll-interval:1s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drainQuietly();
    }

    /** An event was stored and committed on this instance: process it now rather than at the next poll. */
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookInbox.Stored stored) {
        if (config.wakeUp()) {
            try {
                waker.execute(this::drainQuietly);
            } catch (RejectedExecutionException e) {
                // stopping: the poll of the next start finds the event
            }
        }
    }

    /** One drain at a time per instance from the timer and wake-ups; a wake-up during a drain runs another. */
    private void drainQuietly() {
        again.set(true);
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            while (again.getAndSet(false)) {
                processPending();
            }
        } catch (RuntimeException e) {
            // e.g. the database is away: the events stay pending for the next poll
            LOG.warnf("WhatsApp webhook worker stopped this round: %s", e.getClass().getSimpleName());
        } finally {
            draining.set(false);
        }
    }

    /**
     * Processes every event due now, a batch per transaction, until none is due (a failed event is rescheduled
     * into the future, so it is not taken again this round); answers how many were taken.
     */
    public int processPending() {
        int taken = 0;
        int batch;
        do {
            batch = processBatch();
            taken += batch;
        } while (batch > 0);
        return taken;
    }

    /** Claims and processes a batch of due events in a new transaction; answers how many it took (0: none due). */
    public int processBatch() {
        return QuarkusTransaction.requiringNew().call(() -> processor.processBatch(Math.max(1, config.batchSize())));
    }
}
