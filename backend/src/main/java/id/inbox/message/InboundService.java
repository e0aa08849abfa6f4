package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.InboxConfig;
import id.inbox.common.PhoneNumbers;
import id.inbox.common.Rows;
import id.inbox.message.InboundDtos.InboundMessage;
import id.inbox.message.InboundDtos.InboundResult;
import id.inbox.room.RoomAccess;
import id.inbox.room.RoomDtos.LastMessage;
import id.inbox.room.RoomEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

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

    private final Jdbi jdbi;
    private final RoomEvents events;
    private final Clock clock;
    private final Duration clockSkew;

    InboundService(Jdbi jdbi, RoomEvents events, Clock clock, InboxConfig config) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.clockSkew = config.rooms().inboundClockSkew();
    }

    @Transactional
    public Outcome receive(Caller caller, InboundMessage message) {
        long tenantId = caller.tenantId();
        Instant now = clock.instant();
        Instant sent = message.sentAt() == null ? now : message.sentAt().toInstant();
        if (sent.isAfter(now.plus(clockSkew))) {
            throw ApiException.invalid("sentAt", "must not be in the future");
        }
        Instant sentAt = sent.isAfter(now) ? now : sent;
        return jdbi.withHandle(handle -> store(handle, tenantId, message, now, sentAt));
    }

    private Outcome store(Handle handle, long tenantId, InboundMessage message, Instant now, Instant sentAt) {
        // -1: a channel without a session window
        int windowMinutes = handle.createQuery("select coalesce(window_minutes, -1) from channel where tenant_id = :tenant and id = :channel")
                .bind("tenant", tenantId).bind("channel", message.channelId()).mapTo(Integer.class).findOne()
                .orElseThrow(() -> ApiException.notFound("Channel " + message.channelId()));
        String providerId = message.providerMessageId() == null || message.providerMessageId().isBlank()
                ? null : message.providerMessageId().strip();
        if (providerId != null) {
            Optional<Outcome> earlier = replay(handle, tenantId, providerId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }

        var contact = message.contact();
        boolean named = contact.name() != null && !contact.name().isBlank();
        long contactId = handle.createQuery("""
                        insert into contact (tenant_id, external_id, name, avatar_url, phone)
                        values (:tenant, :externalId, :name, :avatarUrl, :phone)
                        on conflict (tenant_id, external_id) do update
                           set name = case when :named then excluded.name else contact.name end,
                               avatar_url = coalesce(excluded.avatar_url, contact.avatar_url),
                               phone = coalesce(excluded.phone, contact.phone)
                        returning id""")
                .bind("tenant", tenantId).bind("externalId", contact.externalId().strip())
                .bind("name", named ? contact.name().strip() : contact.externalId().strip())
                .bind("avatarUrl", contact.avatarUrl()).bind("phone", normalisePhone(contact.phone())).bind("named", named)
                .mapTo(Long.class).one();
        handle.createUpdate("""
                        insert into room (tenant_id, contact_id, channel_id, status, last_activity_at, created_at)
                        values (:tenant, :contact, :channel, 'UNASSIGNED', :sentAt, :now)
                        on conflict (tenant_id, contact_id, channel_id) do nothing""")
                .bind("tenant", tenantId).bind("contact", contactId).bind("channel", message.channelId())
                .bind("sentAt", sentAt).bind("now", now).execute();
        // The row lock serialises this with replies, resolves and bulk resolves of the same room.
        record Locked(long id, String status) {
        }
        Locked room = handle.createQuery("""
                        select id, status from room where tenant_id = :tenant and contact_id = :contact and channel_id = :channel
                        for update""")
                .bind("tenant", tenantId).bind("contact", contactId).bind("channel", message.channelId())
                .map(Rows.of(Locked.class)).one();

        Optional<Long> messageId = handle.createQuery("""
                        insert into message (tenant_id, room_id, direction, kind, body, provider_message_id, created_at)
                        values (:tenant, :room, 'INBOUND', 'TEXT', :text, :providerId, :sentAt)
                        on conflict (tenant_id, provider_message_id) where provider_message_id is not null do nothing
                        returning id""")
                .bind("tenant", tenantId).bind("room", room.id()).bind("text", message.text())
                .bind("providerId", providerId).bind("sentAt", sentAt).mapTo(Long.class).findOne();
        if (messageId.isEmpty()) {
            // the same provider message, delivered concurrently, was stored first by another request
            return replay(handle, tenantId, providerId).orElseThrow();
        }

        boolean reopened = "RESOLVED".equals(room.status());
        handle.createUpdate("update room r set " + RoomAccess.REOPEN + ","
                        + " window_expires_at = case when :windowMinutes < 0 then null"
                        + "     else greatest(r.window_expires_at, :sentAt::timestamptz + make_interval(mins => :windowLength)) end,"
                        + " last_inbound_at = greatest(r.last_inbound_at, :sentAt),"
                        + " last_message_preview = case when r.last_message_at is null or r.last_message_at <= :sentAt then :preview else r.last_message_preview end,"
                        + " last_message_direction = case when r.last_message_at is null or r.last_message_at <= :sentAt then 'INBOUND' else r.last_message_direction end,"
                        + " last_message_at = greatest(r.last_message_at, :sentAt),"
                        + " last_activity_at = greatest(r.last_activity_at, :sentAt),"
                        + " unread_count = r.unread_count + 1, version = r.version + 1"
                        + " where r.id = :room")
                .bind("windowMinutes", windowMinutes).bind("windowLength", Math.max(windowMinutes, 0))
                .bind("sentAt", sentAt).bind("preview", LastMessage.previewOf(message.text())).bind("room", room.id())
                .execute();
        if (reopened) {
            events.note(tenantId, room.id(), RoomEvents.Event.REOPENED, null, null, now);
        }
        return new Outcome(new InboundResult(room.id(), messageId.get(), reopened), false);
    }

    private static Optional<Outcome> replay(Handle handle, long tenantId, String providerId) {
        return handle.createQuery("select id, room_id from message where tenant_id = :tenant and provider_message_id = :providerId")
                .bind("tenant", tenantId).bind("providerId", providerId)
                .map((rs, context) -> new Outcome(new InboundResult(rs.getLong("room_id"), rs.getLong("id"), false), true))
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
