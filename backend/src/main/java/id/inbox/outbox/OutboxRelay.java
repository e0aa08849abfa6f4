package id.inbox.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.channel.ChannelKind;
import id.inbox.channel.TokenCipher;
import id.inbox.common.InboxConfig;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.message.ChannelGateway;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.DeliveryFailure;
import id.inbox.message.ChannelGateway.FailureKind;
import id.inbox.message.ChannelGateway.Outbound;
import id.inbox.message.ChannelGateway.Receipt;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.SandboxGateway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

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
 * tests call {@link #relayOnce} and {@link #drain} themselves.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String INTERRUPTED_TITLE = "Sending was interrupted; it may or may not have been sent";
    private static final String INTERRUPTED_DETAIL = "The API instance sending it stopped before WhatsApp answered, so it was "
            + "not sent again on its own; retry it if the customer did not get it.";

    private static final String SWEEP = """
            with lost as (
                delete from outbox o where o.claimed_until < :now and o.send_started_at is not null
                returning o.tenant_id, o.message_id)
            update message m set delivery_status = 'FAILED', failure_reason = 'RELAY_INTERRUPTED', failure_code = null,
                                 failure_title = :title, failure_detail = :detail
              from lost
             where m.tenant_id = lost.tenant_id and m.id = lost.message_id and m.delivery_status in ('QUEUED', 'PENDING')""";

    private static final String CLAIM = """
            with due as (
                select o.id from outbox o
                 where o.next_attempt_at <= :now
                   and (o.claimed_until is null or o.claimed_until < :now)
                   and not exists (select 1 from outbox e where e.room_id = o.room_id and e.id < o.id)
                 order by o.next_attempt_at, o.id
                 limit :batch
                   for update of o skip locked)
            update outbox o set claimed_by = :instance, claim_token = :token, claimed_until = :leaseEnd,
                                send_started_at = null, attempts = o.attempts + 1
              from due
             where o.id = due.id
            returning o.id, o.tenant_id, o.message_id, o.room_id, o.channel_id, o.attempts, o.deadline_at""";

    private static final String RESERVE = """
            insert into outbox_pace as p (channel_id, next_slot_at) values (:channel, :now + make_interval(secs => :span))
            on conflict (channel_id) do update set next_slot_at = greatest(p.next_slot_at, :now) + make_interval(secs => :span)
            returning next_slot_at""";

    private static final String DETAILS = """
            select o.id as outbox_id, m.kind, m.body, m.template_parameters::text as template_parameters,
                   t.name as template_name, t.language as template_language,
                   ch.kind as channel_kind, ch.external_id as channel_external_id, ch.active as channel_active,
                   cc.access_token_enc, coalesce(c.phone, c.external_id) as recipient
              from outbox o
              join message m on m.tenant_id = o.tenant_id and m.id = o.message_id
              join channel ch on ch.id = o.channel_id
              join room r on r.id = o.room_id
              join contact c on c.id = r.contact_id
              left join template t on t.id = m.template_id
              left join channel_credential cc on cc.channel_id = ch.id
             where o.id = any(:ids)""";

    private static final String SENT = """
            with done as (delete from outbox where id = :id and claim_token = :token returning tenant_id, message_id)
            update message m set provider_message_id = :providerId,
                   delivery_status = case when m.delivery_status in ('QUEUED', 'PENDING') then :status else m.delivery_status end
              from done
             where m.tenant_id = done.tenant_id and m.id = done.message_id""";

    private static final String FAILED = """
            with done as (delete from outbox where id = :id and claim_token = :token returning tenant_id, message_id)
            update message m set delivery_status = 'FAILED', failure_reason = :reason, failure_code = :code, failure_title = :title,
                                 failure_detail = :detail
              from done
             where m.tenant_id = done.tenant_id and m.id = done.message_id and m.delivery_status in ('QUEUED', 'PENDING')""";

    private static final String RETRY = """
            update outbox set claimed_by = null, claim_token = null, claimed_until = null, send_started_at = null,
                              next_attempt_at = :next, last_error = :error
             where id = :id and claim_token = :token""";

    /** A claimed row. */
    record Claim(long id, long tenantId, long messageId, long roomId, long channelId, int attempts, Instant deadlineAt) {
    }

    /** What the claimed row's message needs to be sent. */
    record Details(long outboxId, MessageKind kind, String body, String templateParameters, String templateName,
                   String templateLanguage, ChannelKind channelKind, String channelExternalId, boolean channelActive,
                   byte[] accessTokenEnc, String recipient) {
    }

    /** A claimed row ready to go: its slot, the message, and the gateway; or a failure found before sending. */
    record Job(Claim claim, Instant slot, Outbound outbound, ChannelGateway gateway, Failure failure) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final InboxConfig.Outbox config;
    private final TokenCipher cipher;
    private final SandboxGateway sandbox;
    private final GraphClient graph;
    private final ObjectMapper json;
    private final Backoff backoff;
    private final String instance;
    private final ExecutorService senders;
    private final ExecutorService waker;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    /** Per number, on this instance: System.nanoTime() before which its next send must not start (see spaceSends). */
    private final Map<Long, Long> nextSendNanos = new java.util.concurrent.ConcurrentHashMap<>();

    OutboxRelay(Jdbi jdbi, Clock clock, InboxConfig config, TokenCipher cipher, SandboxGateway sandbox, GraphClient graph,
                ObjectMapper json) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.config = config.outbox();
        this.cipher = cipher;
        this.sandbox = sandbox;
        this.graph = graph;
        this.json = json;
        this.backoff = new Backoff(this.config.backoffBase(), this.config.backoffMax(), () -> ThreadLocalRandom.current().nextDouble());
        this.instance = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
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

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
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

    /** The claim transaction: sweep, claim, reserve slots, read what to send. */
    List<Job> claim(Instant now, UUID token) {
        return QuarkusTransaction.requiringNew().call(() -> jdbi.withHandle(handle -> {
            Sql.of(SWEEP).bind("now", now).bind("title", INTERRUPTED_TITLE).bind("detail", INTERRUPTED_DETAIL)
                    .update(handle).execute();
            List<Claim> claims = new ArrayList<>(Sql.of(CLAIM).bind("now", now).bind("batch", config.batchSize())
                    .bind("instance", instance).bind("token", token).bind("leaseEnd", now.plus(config.lease()))
                    .query(handle).map(Rows.of(Claim.class)).list());
            if (claims.isEmpty()) {
                return List.<Job>of();
            }
            claims.sort(Comparator.comparingLong(Claim::id));
            Map<Long, Instant> slots = reserveSlots(handle, claims, now);
            Map<Long, Details> details = new LinkedHashMap<>();
            Sql.of(DETAILS).bind("ids", claims.stream().map(Claim::id).toList()).query(handle)
                    .map(Rows.of(Details.class)).forEach(row -> details.put(row.outboxId(), row));
            List<Job> jobs = new ArrayList<>();
            for (Claim claim : claims) {
                jobs.add(job(claim, slots.get(claim.id()), details.get(claim.id())));
            }
            return jobs;
        }));
    }

    /** Each claimed row's send slot: its channel's next free slots at the number's rate, reserved in outbox_pace. */
    private Map<Long, Instant> reserveSlots(Handle handle, List<Claim> claims, Instant now) {
        Map<Long, List<Claim>> byChannel = new LinkedHashMap<>();
        claims.forEach(claim -> byChannel.computeIfAbsent(claim.channelId(), id -> new ArrayList<>()).add(claim));
        long interval = 1_000_000_000L / Math.max(1, config.ratePerNumber());
        Map<Long, Instant> slots = new java.util.HashMap<>();
        byChannel.forEach((channel, rows) -> {
            double span = rows.size() * interval / 1e9;
            Instant end = Sql.of(RESERVE).bind("channel", channel).bind("now", now).bind("span", span)
                    .query(handle).map((rs, ctx) -> Sql.instant(rs, 1)).one();
            Instant first = end.minusNanos(rows.size() * interval);
            for (int i = 0; i < rows.size(); i++) {
                slots.put(rows.get(i).id(), first.plusNanos(i * interval));
            }
        });
        return slots;
    }

    private Job job(Claim claim, Instant slot, Details row) {
        if (!row.channelActive()) {
            return new Job(claim, slot, null, null, new Failure(FailureKind.PERMANENT, "channel-disconnected",
                    "The channel was disconnected before the message was sent", null, null));
        }
        String token = null;
        ChannelGateway gateway = sandbox;
        if (row.accessTokenEnc() != null) {
            gateway = graph;
            try {
                token = cipher.decrypt(row.accessTokenEnc(), claim.channelId());
            } catch (TokenCipher.KeyMissing e) {
                LOG.errorf("Outbox row %d waits: INBOX_SECRETS_KEY is not set on this instance, so channel %d's access token "
                        + "cannot be read; set it (the same on every instance)", claim.id(), claim.channelId());
                return new Job(claim, slot, null, null, new Failure(FailureKind.RETRYABLE, "secrets-key-missing",
                        "INBOX_SECRETS_KEY is not set on this instance", e.getMessage(), null));
            } catch (TokenCipher.Unreadable e) {
                return new Job(claim, slot, null, null, new Failure(FailureKind.PERMANENT, "access-token-unreadable",
                        "The channel's access token cannot be read; a supervisor must set it again", null, null));
            }
        }
        Outbound outbound = new Outbound(claim.tenantId(), claim.channelId(), row.channelKind(), row.channelExternalId(),
                row.recipient(), row.kind(), row.body(), row.templateName(), row.templateLanguage(),
                parameters(row.templateParameters()), token);
        return new Job(claim, slot, outbound, gateway, null);
    }

    private List<String> parameters(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return json.readValue(stored, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("template_parameters is not a JSON array of strings", e);
        }
    }

    // ---------------------------------------------------------------- one message

    private void process(Job job, UUID token) {
        Claim claim = job.claim();
        if (job.failure() != null) {
            safely(claim, () -> recordFailure(claim, token, job.failure()));
            return;
        }
        boolean started = false;
        Receipt receipt;
        try {
            waitFor(job.slot());
            started = markStarted(claim, token);
            if (!started) {
                LOG.warnf("Outbox row %d: lease lost before sending; another relay has it", claim.id());
                return;
            }
            // right before the call, so the database round trip above does not bunch sends up again
            spaceSends(claim.channelId());
            receipt = job.gateway().send(job.outbound());
        } catch (Failure failure) {
            safely(claim, () -> recordFailure(claim, token, failure));
            return;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outbox row %d: unexpected error while sending", claim.id());
            Failure failure = new Failure(started ? FailureKind.AMBIGUOUS : FailureKind.RETRYABLE, "relay-error",
                    "Unexpected error while sending", e.getClass().getSimpleName(), null);
            safely(claim, () -> recordFailure(claim, token, failure));
            return;
        }
        safely(claim, () -> recordSent(claim, token, receipt));
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

    /** Sets send_started_at (autocommit): from now on a lost lease means "maybe sent". False when the lease is lost. */
    private boolean markStarted(Claim claim, UUID token) {
        return jdbi.withHandle(handle -> Sql.of("update outbox set send_started_at = :now where id = :id and claim_token = :token")
                .bind("now", clock.instant()).bind("id", claim.id()).bind("token", token)
                .update(handle).execute()) == 1;
    }

    private void recordSent(Claim claim, UUID token, Receipt receipt) {
        int updated = jdbi.withHandle(handle -> Sql.of(SENT).bind("id", claim.id()).bind("token", token)
                .bind("providerId", receipt.providerMessageId()).bind("status", receipt.status().name())
                .update(handle).execute());
        if (updated == 0) {
            LOG.warnf("Outbox row %d was sent (%s) after its lease ran out; the message keeps the outcome recorded meanwhile",
                    claim.id(), receipt.providerMessageId());
        }
    }

    private void recordFailure(Claim claim, UUID token, Failure failure) {
        Instant now = clock.instant();
        if (failure.kind() == FailureKind.RETRYABLE) {
            Instant next = now.plus(backoff.after(claim.attempts(), failure.retryAfter()));
            if (!next.isAfter(claim.deadlineAt())) {
                String error = GraphClient.truncate(failure.getMessage());
                jdbi.useHandle(handle -> {
                    Sql.of(RETRY).bind("next", next).bind("error", error).bind("id", claim.id()).bind("token", token)
                            .update(handle).execute();
                    if (failure.throttlesNumber()) {
                        // the number's throughput is exhausted: hold all of its sends back, not only this one
                        // (at most 30 s ahead, well inside a claim's lease)
                        Instant until = next.isAfter(now.plusSeconds(30)) ? now.plusSeconds(30) : next;
                        Sql.of("update outbox_pace set next_slot_at = greatest(next_slot_at, :until) where channel_id = :channel")
                                .bind("until", until).bind("channel", claim.channelId()).update(handle).execute();
                    }
                });
                LOG.debugf("Outbox row %d: attempt %d failed (%s), next at %s", claim.id(), claim.attempts(), error, next);
                return;
            }
            fail(claim, token, "retry-deadline-passed", "Not sent: WhatsApp kept refusing it for now until the retry deadline passed",
                    GraphClient.truncate("After " + claim.attempts() + " attempts, the last error was " + failure.getMessage()));
            return;
        }
        fail(claim, token, failure.code(), failure.title(), failure.detail());
    }

    private void fail(Claim claim, UUID token, String code, String title, String detail) {
        jdbi.useHandle(handle -> Sql.of(FAILED).bind("id", claim.id()).bind("token", token)
                .bind("reason", DeliveryFailure.ofCode(code)).bind("code", DeliveryFailure.providerCode(code))
                .bind("title", title).bind("detail", detail).update(handle).execute());
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
