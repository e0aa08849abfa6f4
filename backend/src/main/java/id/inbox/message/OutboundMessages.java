package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.channel.ChannelKind;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.room.RoomAccess;
import id.inbox.room.RoomAccess.RoomState;
import id.inbox.room.RoomETag.IfMatch;
import id.inbox.room.RoomDtos.LastMessage;
import id.inbox.room.RoomDtos.RoomStatus;
import id.inbox.room.RoomEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends an agent's message (free text or template) to a room: checks who may write and the session
 * window, claims an unassigned room for the sender, stores the message and hands it to the gateway.
 */
@ApplicationScoped
public class OutboundMessages {

    /** What to send; templates carry their id, name and language. */
    public record Draft(MessageKind kind, String body, Long templateId, String templateName, String templateLanguage) {
    }

    private final Jdbi jdbi;
    private final RoomAccess rooms;
    private final RoomEvents events;
    private final ChannelGateway gateway;
    private final MessageRepository messages;
    private final Clock clock;

    OutboundMessages(Jdbi jdbi, RoomAccess rooms, RoomEvents events, ChannelGateway gateway, MessageRepository messages,
                     Clock clock) {
        this.jdbi = jdbi;
        this.rooms = rooms;
        this.events = events;
        this.gateway = gateway;
        this.messages = messages;
        this.clock = clock;
    }

    /** The stored message, and the room's version after the send (its ETag). */
    public record Sent(MessageView message, int roomVersion) {
    }

    /** Checks that the caller may send to the room now; the check is repeated atomically by {@link #send}. */
    private RoomState check(Caller caller, long roomId, boolean needsOpenWindow, IfMatch ifMatch) {
        RoomState room = rooms.forWrite(caller, roomId);
        rooms.checkVersion(caller, room, ifMatch);
        if (needsOpenWindow && room.windowClosed()) {
            throw windowExpired();
        }
        return room;
    }

    /**
     * Sends what {@code draftFor} makes of the room, once the caller may write to it (and, for free text,
     * its window is open); the draft may refuse the room, e.g. a template of another channel.
     */
    @Transactional
    public Sent send(Caller caller, long roomId, boolean needsOpenWindow, IfMatch ifMatch, Function<RoomState, Draft> draftFor) {
        RoomState room = check(caller, roomId, needsOpenWindow, ifMatch);
        Draft draft = draftFor.apply(room);
        Instant now = clock.instant();
        // Claims an unassigned or resolved room for the sender; an assigned room keeps its assignee.
        Sql claim = ifMatch.bind(RoomAccess.bindCaller(Sql.of("""
                update room r set status = 'ASSIGNED',
                       assignee_id = case when r.status = 'ASSIGNED' then r.assignee_id else :user end,
                       resolved_at = null, resolved_by = null, resolve_batch_id = null,
                       last_message_preview = :preview, last_message_direction = 'OUTBOUND', last_message_at = :now,
                       last_activity_at = greatest(r.last_activity_at, :now), unread_count = 0, version = r.version + 1
                 where r.tenant_id = :tenant and r.id = :room""" + (needsOpenWindow ? " and " + RoomAccess.WINDOW_OPEN : "")
                        + " and " + RoomAccess.MAY_ACT + ifMatch.sql() + " returning r.version"), caller))
                .bind("preview", LastMessage.previewOf(draft.body())).bind("now", now)
                .bind("tenant", caller.tenantId()).bind("room", roomId);
        return jdbi.withHandle(handle -> {
            // The row lock orders concurrent writers; the WHERE repeats the rules on the locked row.
            RoomStatus before = handle.createQuery("select status from room where tenant_id = :tenant and id = :room for update")
                    .bind("tenant", caller.tenantId()).bind("room", roomId).mapTo(RoomStatus.class).one();
            Optional<Integer> version = claim.query(handle).mapTo(Integer.class).findOne();
            if (version.isEmpty()) {
                if (needsOpenWindow && rooms.find(caller, roomId).windowClosed()) {
                    throw windowExpired();
                }
                throw rooms.diagnose(caller, roomId, ifMatch);
            }
            if (before != RoomStatus.ASSIGNED) {
                events.note(caller.tenantId(), roomId, RoomEvents.Event.ASSIGNED, caller.userId(), caller.userId(), now);
            }
            ChannelGateway.Receipt receipt = gateway.send(outbound(handle, room, draft));
            long messageId = handle.createQuery("""
                            insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, template_id,
                                                 delivery_status, provider_message_id, created_at)
                            values (:tenant, :room, 'OUTBOUND', :kind, :body, :user, :template, :delivery, :providerId, :now)
                            returning id""")
                    .bind("tenant", caller.tenantId()).bind("room", roomId).bind("kind", draft.kind().name())
                    .bind("body", draft.body()).bind("user", caller.userId()).bind("template", draft.templateId())
                    .bind("delivery", receipt.status().name()).bind("providerId", receipt.providerMessageId()).bind("now", now)
                    .mapTo(Long.class).one();
            return new Sent(messages.find(caller.tenantId(), messageId), version.get());
        });
    }

    private static ChannelGateway.Outbound outbound(Handle handle, RoomState room, Draft draft) {
        return handle.createQuery("""
                        select ch.kind, ch.external_id as channel_external_id, c.external_id as contact_external_id
                          from channel ch, contact c where ch.id = :channel and c.id = :contact""")
                .bind("channel", room.channelId()).bind("contact", room.contactId())
                .map((rs, context) -> new ChannelGateway.Outbound(room.tenantId(), room.channelId(),
                        ChannelKind.valueOf(rs.getString("kind")), rs.getString("channel_external_id"),
                        rs.getString("contact_external_id"), draft.body(), draft.templateName(), draft.templateLanguage()))
                .one();
    }

    public static ApiException windowExpired() {
        return ApiException.unprocessable(ProblemCode.WINDOW_EXPIRED,
                "The 24-hour customer-service window of this room has closed; only an approved template can be sent.");
    }
}
