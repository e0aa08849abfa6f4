package id.inbox.outbox;

import id.inbox.common.InboxConfig;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.ChannelGateway.FailureKind;
import id.inbox.message.ChannelGateway.Outbound;
import id.inbox.message.ChannelGateway.Receipt;
import id.inbox.outbox.OutboxClaims.Claim;
import id.inbox.outbox.OutboxClaims.Job;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Sends the outbox (see V10__whatsapp_outbox.sql for the table and its life cycle). One round
 * ({@link #relayOnce}):
 * <ol>
 * <li>a short transaction fails rows whose lease ran out after their send started (outcome unknown:
 *     relay-interrupted, never resent), claims due rows with {@code FOR UPDATE SKIP LOCKED} (only the oldest row
 *     of each room, so a room's messages leave in order and one at a time), leases them under a token of this
 *     round, and reserves each row a send slot of its number (pacing across instances, {@code outbox_pace});</li>
 * <li>outside any transaction, on the sender threads: wait for the slot, mark the row started (autocommit),
 *     call the gateway (Graph API or sandbox);</li>
 * <li>record the outcome in one statement, only while this round's token still holds the row: SENT with the
 *     wamid (never moving a status backwards), a retry at a backoff time, or FAILED with the code and reason.</li>
 * </ol>
 * Several instances may run it at once. A timer runs it on every instance ({@code inbox.outbox.relay-enabled});
 * tests call {@link #relayOnce} and {@link #drain} themselves. Step 1 is {@link OutboxClaims}; the records of
 * steps 2 and 3 are {@link OutboxOutcomes}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Clock clock;
    private final InboxConfig.Outbox config;
    private final OutboxClaims claims;
    private final OutboxOutcomes outcomes;
    private final GraphClient graph;
    private final MediaUploads uploads;
    private final ExecutorService senders;
    private final ExecutorService waker;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    /** Per number, on this instance: System.nanoTime() before which its next send must not start (see spaceSends). */
    private final Map<Long, Long> nextSendNanos = new java.util.concurrent.ConcurrentHashMap<>();

    OutboxRelay(Clock clock, InboxConfig config, OutboxClaims claims, OutboxOutcomes outcomes, GraphClient graph,
                MediaUploads uploads) {
        this.clock = clock;
        this.config = config.outbox();
        this.claims = claims;
        this.outcomes = outcomes;
        this.graph = graph;
        this.uploads = uploads;
        this.senders = Executors.newFixedThreadPool(Math.max(1, this.config.senders()), daemon("outbox-sender"));
        this.waker = Executors.newSingleThreadExecutor(daemon("outbox-relay"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        waker.shutdownNow();
        senders.shutdown();
        try {
            // sends in flight finish and record their outcome; what does not is failed later as relay-interrupted
            senders.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- triggers

    @Scheduled(every = "${inbox.outbox.poll-interval}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.relayEnabled()) {
            drainQuietly();
        }
    }

    /** A message was queued and its transaction committed: send it now rather than at the next poll. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Queued queued) {
        if (config.relayEnabled()) {
            try {
                waker.execute(this::drainQuietly);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopping
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
                drain();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay round failed (retried at the next poll): %s", e.getMessage());
        } finally {
            draining.set(false);
        }
    }

    // ---------------------------------------------------------------- rounds

    /** Rounds until one claims nothing due (rows waiting for a backoff are left for later); the rows claimed. */
    public int drain() {
        int total = 0;
        for (int round = 0; round < 1000; round++) {
            int claimed = relayOnce();
            if (claimed == 0) {
                break;
            }
            total += claimed;
        }
        return total;
    }

    /** One round: claim due rows, send them outside any transaction, record each outcome. The rows claimed. */
    public int relayOnce() {
        UUID token = UUID.randomUUID();
        List<Job> jobs = claim(clock.instant(), token);
        if (jobs.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Job job : jobs) {
            running.add(CompletableFuture.runAsync(() -> process(job, token), senders));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        return jobs.size();
    }

    /** The claim transaction (see {@link OutboxClaims#claim}); tests call it to play a relay that dies after claiming. */
    List<Job> claim(Instant now, UUID token) {
        return claims.claim(now, token);
    }

    // ---------------------------------------------------------------- one message

    private void process(Job job, UUID token) {
        Claim claim = job.claim();
        if (job.failure() != null) {
            safely(claim, () -> outcomes.recordFailure(claim, token, job.failure()));
            return;
        }
        boolean started = false;
        Receipt receipt;
        try {
            waitFor(job.slot());
            // an upload that may have reached Meta is harmless to repeat: it comes before the send is marked started
            Outbound outbound = job.gateway() == graph ? uploads.ensureUploaded(claim.messageId(), job.outbound()) : job.outbound();
            started = outcomes.markStarted(claim, token);
            if (!started) {
                LOG.warnf("Outbox row %d: lease lost before sending; another relay has it", claim.id());
                return;
            }
            // right before the call, so the database round trip above does not bunch sends up again
            spaceSends(claim.channelId());
            receipt = job.gateway().send(outbound);
        } catch (Failure failure) {
            safely(claim, () -> outcomes.recordFailure(claim, token, failure));
            return;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox row %d: unexpected error while sending", claim.id());
            Failure failure = new Failure(started ? FailureKind.AMBIGUOUS : FailureKind.RETRYABLE, "relay-error",
                    "Unexpected error while sending", e.getClass().getSimpleName(), null);
            safely(claim, () -> outcomes.recordFailure(claim, token, failure));
            return;
        }
        safely(claim, () -> outcomes.recordSent(claim, token, receipt));
    }

    private void waitFor(Instant slot) {
        sleep(Duration.between(clock.instant(), slot).toNanos());
    }

    /**
     * Keeps this instance's sends of a number at least one interval (1 / rate) apart, in real time. The reserved slots
     * only say "not before": sends that ran late behind theirs (a busy machine, a slow database) would otherwise leave
     * together and exceed the number's rate; make bench measured 105 sends in one second at 80/s before this.
     */
    private void spaceSends(long channelId) {
        long interval = 1_000_000_000L / Math.max(1, config.ratePerNumber());
        long now = System.nanoTime();
        long at = nextSendNanos.compute(channelId, (id, next) -> (next == null || next - now < 0 ? now : next) + interval) - interval;
        sleep(at - now);
    }

    private void sleep(long nanos) {
        if (nanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(nanos);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(FailureKind.RETRYABLE, "relay-stopping", "The API is stopping", null, null);
            }
        }
    }

    private static void safely(Claim claim, Runnable record) {
        try {
            record.run();
        } catch (RuntimeException e) {
            // the lease runs out and the next round decides (resend if it never started, else relay-interrupted)
            LOG.warnf("Outbox row %d: could not record the outcome: %s", claim.id(), e.getMessage());
        }
    }
}
