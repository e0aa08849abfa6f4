package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.InboxConfig;
import id.inbox.common.PhoneNumbers;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.message.InboundDtos.InboundMessage;
import id.inbox.message.InboundDtos.InboundResult;
import id.inbox.room.RoomAccess;
import id.inbox.room.RoomDtos;
import id.inbox.room.RoomDtos.LastMessage;
import id.inbox.room.RoomEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Receives a customer's message: finds or creates the contact and the room, stores the message once
 * (a provider's retry is recognised by its id), refreshes the session window from the time the
 * customer wrote, counts it unread and reopens a resolved room. A customer message is never lost.
 */
@ApplicationScoped
public class InboundService {

    /** The result, and whether it is a replay of an earlier delivery of the same provider message. */
    public record Outcome(InboundResult result, boolean replayed) {
    }

    private final Database db;
    private final RoomEvents events;
    private final Clock clock;
    private final Duration clockSkew;
    private final LiveEvents live;

    InboundService(Database db, RoomEvents events, Clock clock, InboxConfig config, LiveEvents live) {
        this.db = db;
        this.live = live;
        this.events = events;
        this.clock = clock;
        this.clockSkew = config.rooms().inboundClockSkew();
    }

    /**
     * A customer message as a channel delivers it, whatever the channel: the contact, what was said (a readable
     * body and, for media and the like, its structured content), the provider's id, and what it answers.
     * referral: the click-to-WhatsApp ad the customer came from, which opens a 72-hour window.
     */
    public record Arrival(long channelId, String contactExternalId, String contactName, String contactPhone,
                          String contactAvatarUrl, MessageDtos.MessageKind kind, String body, MessageDtos.MessageContent content,
                          String providerMessageId, Instant sentAt, String replyToProviderId, boolean forwarded,
                          RoomDtos.AdReferral referral) {
    }

    /** How long the free-entry window of a click-to-WhatsApp ad lasts (DESIGN 2.2). */
    public static final Duration AD_WINDOW = Duration.ofHours(72);

    @Transactional
    public Outcome receive(Caller caller, InboundMessage message) {
        long tenantId = caller.tenantId();
        Instant now = clock.instant();
        Instant sent = message.sentAt() == null ? now : message.sentAt().toInstant();
        if (sent.isAfter(now.plus(clockSkew))) {
            throw ApiException.invalid("sentAt", "must not be in the future");
        }
        Instant sentAt = sent.isAfter(now) ? now : sent;
        return db.withHandle(handle -> {
            // -1: a channel without a session window
            int windowMinutes = Sql.of("select coalesce(window_minutes, -1) from channel where tenant_id = :tenant and id = :channel")
                    .bind("tenant", tenantId).bind("channel", message.channelId()).query(handle).mapTo(Integer.class).findOne()
                    .orElseThrow(() -> ApiException.notFound("Channel " + message.channelId()));
            var contact = message.contact();
            Arrival arrival = new Arrival(message.channelId(), contact.externalId().strip(), contact.name(),
                    normalisePhone(contact.phone()), contact.avatarUrl(), MessageDtos.MessageKind.TEXT, message.text(), null,
                    message.providerMessageId() == null || message.providerMessageId().isBlank() ? null : message.providerMessageId().strip(),
                    sentAt, null, false, null);
            return store(handle, tenantId, windowMinutes, arrival, now);
        });
    }

    /**
     * Stores a customer message in the caller's transaction (the handle's): the contact and room when new, the
     * message once per provider id, the window, unread count and reopening. windowMinutes: the channel's window
     * length, -1 for none. A repeated provider id stores nothing and answers the first message (replayed).
     * Sent times are taken as given: a caller checks them against its clock.
     */
    public Outcome store(Handle handle, long tenantId, int windowMinutes, Arrival message, Instant now) {
        Instant sentAt = message.sentAt();
        String providerId = message.providerMessageId();
        if (providerId != null) {
            Optional<Outcome> earlier = replay(handle, tenantId, providerId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }

        // The network's profile name replaces the stored one unless the team renamed the contact (contact panel).
        boolean named = message.contactName() != null && !message.contactName().isBlank();
        long contactId = Sql.of("""
                        insert into contact (tenant_id, external_id, name, avatar_url, phone)
                        values (:tenant, :externalId, :name, :avatarUrl, :phone)
                        on conflict (tenant_id, external_id) do update
                           set name = case when :named and not contact.name_edited then excluded.name else contact.name end,
                               avatar_url = coalesce(excluded.avatar_url, contact.avatar_url),
                               phone = coalesce(excluded.phone, contact.phone)
                        returning id""")
                .bind("tenant", tenantId).bind("externalId", message.contactExternalId())
                .bind("name", named ? message.contactName().strip() : message.contactExternalId())
                .bind("avatarUrl", message.contactAvatarUrl()).bind("phone", message.contactPhone()).bind("named", named).query(handle)
                .mapTo(Long.class).one();
        Sql.of("""
                        insert into room (tenant_id, contact_id, channel_id, status, last_activity_at, created_at)
                        values (:tenant, :contact, :channel, 'UNASSIGNED', :sentAt, :now)
                        on conflict (tenant_id, contact_id, channel_id) do nothing""")
                .bind("tenant", tenantId).bind("contact", contactId).bind("channel", message.channelId())
                .bind("sentAt", sentAt).bind("now", now).update(handle).execute();
        // The row lock serialises this with replies, resolves and bulk resolves of the same room.
        record Locked(long id, String status) {
        }
        Locked room = Sql.of("""
                        select id, status from room where tenant_id = :tenant and contact_id = :contact and channel_id = :channel
                        for update""")
                .bind("tenant", tenantId).bind("contact", contactId).bind("channel", message.channelId()).query(handle)
                .map(Rows.of(Locked.class)).one();

        Optional<Long> messageId = Sql.of("""
                        insert into message (tenant_id, room_id, direction, kind, body, provider_message_id, created_at,
                                             content, reply_to_provider_id, reply_to_message_id, forwarded)
                        values (:tenant, :room, 'INBOUND', :kind, :text, :providerId, :sentAt, cast(:content as jsonb),
                                :replyTo, (select earlier.id from message earlier
                                            where earlier.tenant_id = :tenant and earlier.provider_message_id = :replyTo),
                                :forwarded)
                        on conflict (tenant_id, provider_message_id) where provider_message_id is not null do nothing
                        returning id""")
                .bind("tenant", tenantId).bind("room", room.id()).bind("kind", message.kind().name()).bind("text", message.body())
                .bind("providerId", providerId).bind("sentAt", sentAt).bind("content", MessageContents.write(message.content()))
                .bind("replyTo", message.replyToProviderId()).bind("forwarded", message.forwarded()).query(handle)
                .mapTo(Long.class).findOne();
        if (messageId.isEmpty()) {
            // the same provider message, delivered concurrently, was stored first by another request
            return replay(handle, tenantId, providerId).orElseThrow();
        }

        boolean reopened = "RESOLVED".equals(room.status());
        boolean referral = message.referral() != null;
        Sql.of("update room r set " + RoomAccess.REOPEN + ","
                        + " window_expires_at = case when :windowMinutes < 0 then null"
                        + "     else greatest(r.window_expires_at, :sentAt::timestamptz + make_interval(mins => :windowLength),"
                        + "                   case when :referral then :sentAt::timestamptz + make_interval(mins => :adWindowLength) end) end,"
                        + " ad_referral = coalesce(cast(:adReferral as jsonb), r.ad_referral),"
                        + " last_inbound_at = greatest(r.last_inbound_at, :sentAt),"
                        + " last_message_preview = case when r.last_message_at is null or r.last_message_at <= :sentAt then :preview else r.last_message_preview end,"
                        + " last_message_direction = case when r.last_message_at is null or r.last_message_at <= :sentAt then 'INBOUND' else r.last_message_direction end,"
                        + " last_message_sender_id = case when r.last_message_at is null or r.last_message_at <= :sentAt then null else r.last_message_sender_id end,"
                        + " last_message_at = greatest(r.last_message_at, :sentAt),"
                        + " last_activity_at = greatest(r.last_activity_at, :sentAt),"
                        + " unread_count = r.unread_count + 1, version = r.version + 1"
                        + " where r.id = :room")
                .bind("windowMinutes", windowMinutes).bind("windowLength", Math.max(windowMinutes, 0))
                .bind("referral", referral).bind("adWindowLength", (int) AD_WINDOW.toMinutes())
                .bind("adReferral", referral ? message.referral().json() : null)
                .bind("sentAt", sentAt).bind("preview", LastMessage.previewOf(message.body())).bind("room", room.id()).update(handle)
                .execute();
        live.messageCreated(tenantId, messageId.get());
        if (reopened) {
            events.note(tenantId, room.id(), RoomEvents.Event.REOPENED, null, null, now);
        }
        live.roomChanged(tenantId, room.id());
        return new Outcome(new InboundResult(room.id(), messageId.get(), reopened), false);
    }

    private static Optional<Outcome> replay(Handle handle, long tenantId, String providerId) {
        return Sql.of("select id, room_id from message where tenant_id = :tenant and provider_message_id = :providerId")
                .bind("tenant", tenantId).bind("providerId", providerId).query(handle)
                .map(rs -> new Outcome(new InboundResult(rs.getLong("room_id"), rs.getLong("id"), false), true))
                .findOne();
    }

    /** Digits of the number in international form without the plus: 0812… and +62 812… become 62812…. */
    static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = PhoneNumbers.digits(phone);
        if (digits.length() < 6 || digits.length() > 15) {
            throw ApiException.invalid("contact.phone", "must be a phone number of 6 to 15 digits");
        }
        return digits;
    }
}
