package id.inbox.whatsapp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.Database;
import id.inbox.common.DatabaseFailures;
import id.inbox.common.Handle;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.message.InboundService;
import id.inbox.outbox.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Processes stored webhook events in the caller's transaction: claims a batch of the oldest due events (FOR UPDATE
 * SKIP LOCKED, so workers and instances never share one), applies their messages and statuses to the channels their
 * phone-number ids name, and marks each done in the same transaction. A failure rolls back to a savepoint and is recorded on the
 * event (attempts, last error, next attempt with exponential backoff), which stays pending: never dropped.
 */
@ApplicationScoped
public class WebhookProcessor {

    private static final Logger LOG = Logger.getLogger(WebhookProcessor.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    /** The first retry waits this long; each further one twice as long, up to {@link #MAX_BACKOFF}. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /**
     * A status may arrive before the send that produced its wamid is recorded; it is retried for this long, then
     * the event is done with the unknown wamids in its note (a message sent outside the inbox).
     */
    static final Duration UNKNOWN_STATUS_PATIENCE = Duration.ofMinutes(15);

    private static final Sql CLAIM = Sql.of("""
            select id, payload, attempts, received_at from whatsapp_webhook
             where status = 'PENDING' and next_attempt_at <= :now
             order by next_attempt_at, id limit :limit for update skip locked""");
    private static final Sql CHANNEL = Sql.of("""
            select id, tenant_id, coalesce(window_minutes, -1) as window_minutes from channel
             where kind = 'WHATSAPP' and external_id = :phoneNumberId and active order by id limit 1""");

    private record Claimed(long id, byte[] payload, int attempts, Instant receivedAt) {
    }

    private record Channel(long id, long tenantId, int windowMinutes) {
    }

    /** What processing an event came to. */
    private record Result(String status, String note, String retryReason) {
    }

    private final Database db;
    private final InboundService inbound;
    private final DeliveryTicks ticks;
    private final Clock clock;
    private final LiveEvents live;

    WebhookProcessor(Database db, InboundService inbound, DeliveryTicks ticks, Clock clock, LiveEvents live) {
        this.db = db;
        this.live = live;
        this.inbound = inbound;
        this.ticks = ticks;
        this.clock = clock;
    }

    /** Claims and processes the oldest due event; false when none is due (or every due one is taken). */
    @Transactional
    public boolean processOne() {
        return processBatch(1) > 0;
    }

    /**
     * Claims up to limit due events (oldest due first, skipping those another worker holds) and processes them in
     * the caller's transaction in {@link BatchOrder}, each behind a savepoint of its own: a failing event is rolled back
     * alone and rescheduled, the others commit with it. Answers how many were claimed.
     */
    @Transactional
    public int processBatch(int limit) {
        Instant now = clock.instant();
        return db.withHandle(handle -> {
            List<Claimed> batch = new ArrayList<>(CLAIM.bind("now", now).bind("limit", limit)
                    .query(handle).map(Rows.of(Claimed.class)).list());
            batch.sort(BatchOrder.of(Claimed::payload, Claimed::id)); // one lock order across concurrent batches
            for (Claimed event : batch) {
                process(handle, event, now);
            }
            return batch.size();
        });
    }

    private void process(Handle handle, Claimed event, Instant now) {
        Sql.of("savepoint webhook_event").update(handle).execute();
        int told = live.mark();
        Result result;
        try {
            result = apply(handle, event, now);
            Sql.of("release savepoint webhook_event").update(handle).execute();
        } catch (RuntimeException e) {
            if (DatabaseFailures.unavailable(e).isPresent()) {
                throw e; // the transaction is gone with its connection; the events stay as they were
            }
            Sql.of("rollback to savepoint webhook_event").update(handle).execute();
            live.discardAfter(told); // what it told the live stream was rolled back with it
            LOG.warnf("WhatsApp webhook event %d failed (attempt %d): %s", event.id(), event.attempts() + 1, describe(e));
            retry(handle, event, describe(e), now);
            return;
        }
        if (result.retryReason() != null) {
            retry(handle, event, result.retryReason(), now);
        } else {
            Sql.of("""
                            update whatsapp_webhook set status = :status, note = :note, processed_at = :now,
                                   attempts = attempts + 1, last_error = null where id = :id""")
                    .bind("status", result.status()).bind("note", result.note()).bind("now", now).bind("id", event.id())
                    .update(handle).execute();
        }
    }

    private static void retry(Handle handle, Claimed event, String error, Instant now) {
        int attempts = event.attempts() + 1;
        Sql.of("""
                        update whatsapp_webhook set attempts = :attempts, last_error = :error, next_attempt_at = :next
                         where id = :id""")
                .bind("attempts", attempts).bind("error", WhatsAppMessages.clean(error, 2000))
                .bind("next", now.plus(backoff(attempts))).bind("id", event.id())
                .update(handle).execute();
    }

    /** The relay's backoff without jitter (always the whole wait): one worker per event, no herd to spread. */
    private static final Backoff BACKOFF = new Backoff(FIRST_BACKOFF, MAX_BACKOFF, () -> 1.0);

    /** The wait before attempt attempts + 1: 5 s, 10 s, 20 s, … at most an hour. */
    static Duration backoff(int attempts) {
        return BACKOFF.after(Math.max(attempts, 1), null);
    }

    private Result apply(Handle handle, Claimed event, Instant now) {
        JsonNode payload;
        try {
            payload = JSON.readTree(event.payload());
        } catch (IOException e) {
            LOG.warnf("WhatsApp webhook event %d is not JSON; kept as INVALID", event.id());
            return new Result("INVALID", "The body is not JSON.", null);
        }
        if (payload == null || !"whatsapp_business_account".equals(payload.path("object").asText())) {
            LOG.warnf("WhatsApp webhook event %d is not a whatsapp_business_account event; kept as INVALID", event.id());
            return new Result("INVALID", "Not a whatsapp_business_account event.", null);
        }
        Set<String> unrouted = new LinkedHashSet<>();
        List<String> unknownStatuses = new ArrayList<>();
        for (JsonNode entry : payload.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                if (!"messages".equals(change.path("field").asText())) {
                    continue; // template, quality and account updates are not for the inbox
                }
                JsonNode value = change.path("value");
                String phoneNumberId = WhatsAppMessages.text(value.path("metadata"), "phone_number_id", 200);
                Optional<Channel> channel = phoneNumberId == null ? Optional.empty()
                        : CHANNEL.bind("phoneNumberId", phoneNumberId).query(handle).map(Rows.of(Channel.class)).findOne();
                if (channel.isEmpty()) {
                    unrouted.add(String.valueOf(phoneNumberId));
                    continue;
                }
                for (JsonNode message : value.path("messages")) {
                    message(handle, channel.get(), value, message, now);
                }
                for (JsonNode status : value.path("statuses")) {
                    if (ticks.apply(handle, channel.get().tenantId(), status, now) == DeliveryTicks.Applied.UNKNOWN_MESSAGE) {
                        unknownStatuses.add(status.path("id").asText());
                    }
                }
            }
        }
        if (!unknownStatuses.isEmpty() && now.isBefore(event.receivedAt().plus(UNKNOWN_STATUS_PATIENCE))) {
            // what else the event held is applied and stays applied (applying it again changes nothing)
            return new Result(null, null, "Status of a message the inbox has not recorded (yet): " + String.join(", ", unknownStatuses));
        }
        List<String> notes = new ArrayList<>();
        if (!unrouted.isEmpty()) {
            LOG.warnf("WhatsApp webhook event %d: no active WhatsApp channel has phone_number_id %s; connect the number "
                    + "or remove the webhook subscription", event.id(), String.join(", ", unrouted));
            notes.add("No active WhatsApp channel for phone_number_id " + String.join(", ", unrouted) + ".");
        }
        if (!unknownStatuses.isEmpty()) {
            notes.add("Statuses of messages the inbox never sent: " + String.join(", ", unknownStatuses) + ".");
        }
        String note = notes.isEmpty() ? null : WhatsAppMessages.clean(String.join(" ", notes), 2000);
        return new Result(unrouted.isEmpty() ? "DONE" : "UNROUTED", note, null);
    }

    private void message(Handle handle, Channel channel, JsonNode value, JsonNode message, Instant now) {
        if (WhatsAppMessages.isReaction(message)) {
            WhatsAppMessages.ReactionTo reaction = WhatsAppMessages.reaction(value, message, now);
            if (reaction.target() == null) {
                return;
            }
            int updated = Sql.of("""
                            update message set reaction = :emoji, reaction_at = :at
                             where tenant_id = :tenant and provider_message_id = :target
                               and (reaction_at is null or reaction_at <= :at)""")
                    .bind("emoji", reaction.emoji()).bind("at", reaction.at()).bind("tenant", channel.tenantId())
                    .bind("target", reaction.target()).update(handle).execute();
            boolean known = updated > 0 || Sql.of("select exists (select 1 from message where tenant_id = :tenant and provider_message_id = :target)")
                    .bind("tenant", channel.tenantId()).bind("target", reaction.target()).query(handle).mapTo(Boolean.class).one();
            if (!known && reaction.emoji() != null) {
                inbound.store(handle, channel.tenantId(), channel.windowMinutes(),
                        WhatsAppMessages.orphanReaction(channel.id(), value, message, reaction), now);
            }
            return;
        }
        inbound.store(handle, channel.tenantId(), channel.windowMinutes(),
                WhatsAppMessages.arrival(channel.id(), value, message, now), now);
    }

    /** A failure for the event's last_error: what failed, without a stack trace. */
    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
