package id.inbox.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.channel.ChannelKind;
import id.inbox.channel.TokenCipher;
import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.InboxConfig;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.message.ChannelGateway;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.ChannelGateway.FailureKind;
import id.inbox.message.ChannelGateway.Outbound;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.SandboxGateway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The relay's claim transaction (step 1 of {@link OutboxRelay}): fail rows whose lease ran out after their send
 * started, claim due rows under a round's token, reserve each a send slot of its number in {@code outbox_pace},
 * and read what each needs to be sent. Nothing here calls the network: media uploads and sends come after the
 * transaction, on the relay's sender threads.
 */
@ApplicationScoped
public class OutboxClaims {

    /** The relay's category, so its log lines read as before the relay was split. */
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
                   m.content::text as content, mm.provider_media_id,
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
              left join message_media mm on mm.tenant_id = m.tenant_id and mm.message_id = m.id
             where o.id = any(:ids)""";

    /** A claimed row. */
    record Claim(long id, long tenantId, long messageId, long roomId, long channelId, int attempts, Instant deadlineAt) {
    }

    /** What the claimed row's message needs to be sent. */
    record Details(long outboxId, MessageKind kind, String body, String templateParameters, String content,
                   String providerMediaId, String templateName,
                   String templateLanguage, ChannelKind channelKind, String channelExternalId, boolean channelActive,
                   byte[] accessTokenEnc, String recipient) {
    }

    /** A claimed row ready to go: its slot, the message, and the gateway; or a failure found before sending. */
    record Job(Claim claim, Instant slot, Outbound outbound, ChannelGateway gateway, Failure failure) {
    }

    private final Database db;
    private final InboxConfig.Outbox config;
    private final TokenCipher cipher;
    private final SandboxGateway sandbox;
    private final GraphClient graph;
    private final ObjectMapper json;
    private final String instance;

    OutboxClaims(Database db, InboxConfig config, TokenCipher cipher, SandboxGateway sandbox, GraphClient graph,
                 ObjectMapper json) {
        this.db = db;
        this.config = config.outbox();
        this.cipher = cipher;
        this.sandbox = sandbox;
        this.graph = graph;
        this.json = json;
        this.instance = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

    /** The claim transaction: sweep, claim, reserve slots, read what to send. */
    List<Job> claim(Instant now, UUID token) {
        return QuarkusTransaction.requiringNew().call(() -> db.withHandle(handle -> {
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
                    .query(handle).map(rs -> Sql.instant(rs, 1)).one();
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
                parameters(row.templateParameters()), token, MediaUploads.media(row.content(), row.providerMediaId()));
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
}
