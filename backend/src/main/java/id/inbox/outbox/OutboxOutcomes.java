package id.inbox.outbox;

import id.inbox.common.Database;
import id.inbox.common.InboxConfig;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.ChannelGateway.FailureKind;
import id.inbox.message.ChannelGateway.Receipt;
import id.inbox.message.DeliveryFailure;
import id.inbox.outbox.OutboxClaims.Claim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * What the relay records about a claimed row (steps 2 and 3 of {@link OutboxRelay}), each in one autocommit
 * statement or a short handle and only while the round's token still holds the row: the send started, SENT with
 * the wamid (never moving a status backwards), a retry at a backoff time, or FAILED with the code and reason.
 */
@ApplicationScoped
public class OutboxOutcomes {

    /** The relay's category, so its log lines read as before the relay was split. */
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String SENT = """
            with done as (delete from outbox where id = :id and claim_token = :token returning tenant_id, message_id)
            update message m set provider_message_id = :providerId,
                   delivery_status = case when m.delivery_status in ('QUEUED', 'PENDING') then :status else m.delivery_status end
              from done
             where m.tenant_id = done.tenant_id and m.id = done.message_id
            returning m.tenant_id, m.id""";

    private static final String FAILED = """
            with done as (delete from outbox where id = :id and claim_token = :token returning tenant_id, message_id)
            update message m set delivery_status = 'FAILED', failure_reason = :reason, failure_code = :code, failure_title = :title,
                                 failure_detail = :detail
              from done
             where m.tenant_id = done.tenant_id and m.id = done.message_id and m.delivery_status in ('QUEUED', 'PENDING')
            returning m.tenant_id, m.id""";

    private static final String RETRY = """
            update outbox set claimed_by = null, claim_token = null, claimed_until = null, send_started_at = null,
                              next_attempt_at = :next, last_error = :error
             where id = :id and claim_token = :token""";

    private final Database db;
    private final Clock clock;
    private final Backoff backoff;
    private final LiveEvents live;

    OutboxOutcomes(Database db, Clock clock, InboxConfig config, LiveEvents live) {
        this.db = db;
        this.live = live;
        this.clock = clock;
        InboxConfig.Outbox outbox = config.outbox();
        this.backoff = new Backoff(outbox.backoffBase(), outbox.backoffMax(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /** Sets send_started_at (autocommit): from now on a lost lease means "maybe sent". False when the lease is lost. */
    boolean markStarted(Claim claim, UUID token) {
        return db.withHandle(handle -> Sql.of("update outbox set send_started_at = :now where id = :id and claim_token = :token")
                .bind("now", clock.instant()).bind("id", claim.id()).bind("token", token)
                .update(handle).execute()) == 1;
    }

    /** A message whose delivery changed: told to the live stream in the transaction of the change. */
    private record Changed(long tenantId, long id) {
    }

    private boolean changeMessage(Sql sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<Changed> changed = db.withHandle(handle -> sql.query(handle).map(Rows.of(Changed.class)).findOne());
            changed.ifPresent(message -> live.messageChanged(message.tenantId(), message.id()));
            return changed.isPresent();
        });
    }

    void recordSent(Claim claim, UUID token, Receipt receipt) {
        boolean updated = changeMessage(Sql.of(SENT).bind("id", claim.id()).bind("token", token)
                .bind("providerId", receipt.providerMessageId()).bind("status", receipt.status().name()));
        if (!updated) {
            LOG.warnf("Outbox row %d was sent (%s) after its lease ran out; the message keeps the outcome recorded meanwhile",
                    claim.id(), receipt.providerMessageId());
        }
    }

    void recordFailure(Claim claim, UUID token, Failure failure) {
        Instant now = clock.instant();
        if (failure.kind() == FailureKind.RETRYABLE) {
            Instant next = now.plus(backoff.after(claim.attempts(), failure.retryAfter()));
            if (!next.isAfter(claim.deadlineAt())) {
                String error = GraphClient.truncate(failure.getMessage());
                db.useHandle(handle -> {
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
        changeMessage(Sql.of(FAILED).bind("id", claim.id()).bind("token", token)
                .bind("reason", DeliveryFailure.ofCode(code)).bind("code", DeliveryFailure.providerCode(code))
                .bind("title", title).bind("detail", detail));
    }
}
