package id.inbox.message;

import id.inbox.common.Now;
import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Db;
import id.inbox.message.InboundDtos.InboundMessage;
import id.inbox.message.InboundDtos.InboundResult;
import id.inbox.common.PhoneNumbers;
import id.inbox.room.RoomAccess;
import id.inbox.room.RoomDtos.LastMessage;
import id.inbox.room.RoomEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

    /** Clock difference tolerated between an integrator and us; sentAt further ahead is refused. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** The result, and whether it is a replay of an earlier delivery of the same provider message. */
    public record Outcome(InboundResult result, boolean replayed) {
    }

    private final Db db;
    private final RoomEvents events;

    InboundService(Db db, RoomEvents events) {
        this.db = db;
        this.events = events;
    }

    @Transactional
    public Outcome receive(Caller caller, InboundMessage message) {
        long tenantId = caller.tenantId();
        Instant now = Now.instant();
        Instant sentAt = message.sentAt() == null ? now : message.sentAt().toInstant();
        if (sentAt.isAfter(now.plus(CLOCK_SKEW))) {
            throw ApiException.invalid("sentAt", "must not be in the future");
        }
        if (sentAt.isAfter(now)) {
            sentAt = now;
        }
        Integer windowMinutes = db.one("select window_minutes from channel where tenant_id = ? and id = ?",
                        rs -> {
                            int minutes = rs.getInt(1);
                            return rs.wasNull() ? -1 : minutes;
                        }, tenantId, message.channelId())
                .orElseThrow(() -> ApiException.notFound("Channel " + message.channelId()));
        String providerId = message.providerMessageId() == null || message.providerMessageId().isBlank()
                ? null : message.providerMessageId().strip();
        if (providerId != null) {
            Optional<Outcome> earlier = replay(tenantId, providerId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }

        var contact = message.contact();
        String phone = normalisePhone(contact.phone());
        String name = contact.name() == null || contact.name().isBlank() ? contact.externalId().strip() : contact.name().strip();
        long contactId = db.one("""
                insert into contact (tenant_id, external_id, name, avatar_url, phone) values (?, ?, ?, ?, ?)
                on conflict (tenant_id, external_id) do update
                   set name = case when ? then excluded.name else contact.name end,
                       avatar_url = coalesce(excluded.avatar_url, contact.avatar_url),
                       phone = coalesce(excluded.phone, contact.phone)
                returning id""", rs -> rs.getLong(1), tenantId, contact.externalId().strip(), name, contact.avatarUrl(),
                phone, contact.name() != null && !contact.name().isBlank()).orElseThrow();
        db.update("""
                insert into room (tenant_id, contact_id, channel_id, status, last_activity_at, created_at)
                values (?, ?, ?, 'UNASSIGNED', ?, ?) on conflict (tenant_id, contact_id, channel_id) do nothing""",
                tenantId, contactId, message.channelId(), sentAt, now);
        // The row lock serialises this with replies, resolves and bulk resolves of the same room.
        record Locked(long id, String status) {
        }
        Locked room = db.one("select id, status from room where tenant_id = ? and contact_id = ? and channel_id = ? for update",
                rs -> new Locked(rs.getLong(1), rs.getString(2)), tenantId, contactId, message.channelId()).orElseThrow();

        Optional<Long> messageId = db.one("""
                insert into message (tenant_id, room_id, direction, kind, body, provider_message_id, created_at)
                values (?, ?, 'INBOUND', 'TEXT', ?, ?, ?)
                on conflict (tenant_id, provider_message_id) where provider_message_id is not null do nothing
                returning id""", rs -> rs.getLong(1), tenantId, room.id(), message.text(), providerId, sentAt);
        if (messageId.isEmpty()) {
            // the same provider message, delivered concurrently, was stored first by another request
            return replay(tenantId, providerId).orElseThrow();
        }

        boolean reopened = "RESOLVED".equals(room.status());
        String assigneeActive = RoomAccess.ASSIGNEE_ACTIVE;
        String preview = LastMessage.previewOf(message.text());
        db.update("update room r set"
                        + " status = case when r.status <> 'RESOLVED' then r.status"
                        + "               when " + assigneeActive + " then 'ASSIGNED' else 'UNASSIGNED' end,"
                        + " assignee_id = case when r.status <> 'RESOLVED' or " + assigneeActive + " then r.assignee_id end,"
                        + " resolved_at = null, resolved_by = null, resolve_batch_id = null,"
                        + " window_expires_at = case when ? < 0 then null"
                        + "     else greatest(r.window_expires_at, ?::timestamptz + make_interval(mins => ?)) end,"
                        + " last_inbound_at = greatest(r.last_inbound_at, ?),"
                        + " last_message_preview = case when r.last_message_at is null or r.last_message_at <= ? then ? else r.last_message_preview end,"
                        + " last_message_direction = case when r.last_message_at is null or r.last_message_at <= ? then 'INBOUND' else r.last_message_direction end,"
                        + " last_message_at = greatest(r.last_message_at, ?),"
                        + " last_activity_at = greatest(r.last_activity_at, ?),"
                        + " unread_count = r.unread_count + 1, version = r.version + 1"
                        + " where r.id = ?",
                windowMinutes, sentAt, Math.max(windowMinutes, 0), sentAt, sentAt, preview, sentAt, sentAt, sentAt, room.id());
        if (reopened) {
            events.note(tenantId, room.id(), RoomEvents.Event.REOPENED, null, null, now);
        }
        return new Outcome(new InboundResult(room.id(), messageId.get(), reopened), false);
    }

    private Optional<Outcome> replay(long tenantId, String providerId) {
        return db.one("select id, room_id from message where tenant_id = ? and provider_message_id = ?",
                rs -> new Outcome(new InboundResult(rs.getLong("room_id"), rs.getLong("id"), false), true),
                tenantId, providerId);
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
