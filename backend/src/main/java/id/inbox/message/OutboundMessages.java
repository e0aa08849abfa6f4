package id.inbox.message;

import id.inbox.common.Now;
import id.inbox.auth.Caller;
import id.inbox.channel.ChannelKind;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Db;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends an agent's message (free text or template) to a room: checks who may write and the session
 * window, claims an unassigned room for the sender, stores the message and hands it to the gateway.
 */
@ApplicationScoped
public class OutboundMessages {

    /** What to send; templates carry their id, name and language. */
    public record Draft(MessageKind kind, String body, Long templateId, String templateName, String templateLanguage) {
    }

    private final Db db;
    private final RoomAccess rooms;
    private final RoomEvents events;
    private final ChannelGateway gateway;
    private final MessageRepository messages;

    OutboundMessages(Db db, RoomAccess rooms, RoomEvents events, ChannelGateway gateway, MessageRepository messages) {
        this.db = db;
        this.rooms = rooms;
        this.events = events;
        this.gateway = gateway;
        this.messages = messages;
    }

    /** The stored message, and the room's version after the send (its ETag). */
    public record Sent(MessageView message, int roomVersion) {
    }

    /** Checks that the caller may send to the room now; the check is repeated atomically by {@link #send}. */
    private RoomState check(Caller caller, long roomId, boolean needsOpenWindow, IfMatch ifMatch) {
        RoomState room = rooms.forWrite(caller, roomId);
        rooms.checkVersion(caller, room, ifMatch);
        if (needsOpenWindow && room.windowClosed(Instant.now())) {
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
        Instant now = Now.instant();
        String preview = LastMessage.previewOf(draft.body());
        List<Object> params = new ArrayList<>(List.of(caller.userId(), preview, now, now, caller.tenantId(), roomId));
        String windowCondition = needsOpenWindow ? " and (r.window_expires_at is null or r.window_expires_at > ?)" : "";
        if (needsOpenWindow) {
            params.add(now);
        }
        params.addAll(List.of(RoomAccess.actParams(caller)));
        params.addAll(ifMatch.params());
        // The row lock orders concurrent writers; the WHERE repeats the rules on the locked row.
        RoomStatus before = db.one("select status from room where tenant_id = ? and id = ? for update",
                rs -> RoomStatus.valueOf(rs.getString(1)), caller.tenantId(), roomId).orElseThrow();
        // Claims an unassigned or resolved room for the sender; an assigned room keeps its assignee.
        Optional<Integer> version = db.one("""
                update room r set status = 'ASSIGNED',
                       assignee_id = case when r.status = 'ASSIGNED' then r.assignee_id else ? end,
                       resolved_at = null, resolved_by = null, resolve_batch_id = null,
                       last_message_preview = ?, last_message_direction = 'OUTBOUND', last_message_at = ?,
                       last_activity_at = greatest(r.last_activity_at, ?), unread_count = 0, version = r.version + 1
                 where r.tenant_id = ? and r.id = ?""" + windowCondition + " and " + RoomAccess.actCondition(caller)
                        + ifMatch.sql() + " returning r.version",
                rs -> rs.getInt(1), params.toArray());
        if (version.isEmpty()) {
            if (needsOpenWindow && rooms.find(caller, roomId).windowClosed(Instant.now())) {
                throw windowExpired();
            }
            throw rooms.diagnose(caller, roomId, ifMatch);
        }
        if (before != RoomStatus.ASSIGNED) {
            events.note(caller.tenantId(), roomId, RoomEvents.Event.ASSIGNED, caller.userId(), caller.userId(), now);
        }
        ChannelGateway.Receipt receipt = gateway.send(outbound(room, draft));
        long messageId = db.one("""
                insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, template_id,
                                     delivery_status, provider_message_id, created_at)
                values (?, ?, 'OUTBOUND', ?, ?, ?, ?, ?, ?, ?) returning id""",
                rs -> rs.getLong(1), caller.tenantId(), roomId, draft.kind().name(), draft.body(), caller.userId(),
                draft.templateId(), receipt.status().name(), receipt.providerMessageId(), now).orElseThrow();
        return new Sent(messages.find(caller.tenantId(), messageId), version.get());
    }

    private ChannelGateway.Outbound outbound(RoomState room, Draft draft) {
        return db.one("""
                select ch.kind, ch.external_id as channel_external_id, c.external_id as contact_external_id
                  from channel ch, contact c where ch.id = ? and c.id = ?""",
                rs -> new ChannelGateway.Outbound(room.tenantId(), room.channelId(),
                        ChannelKind.valueOf(rs.getString("kind")), rs.getString("channel_external_id"),
                        rs.getString("contact_external_id"), draft.body(), draft.templateName(), draft.templateLanguage()),
                room.channelId(), room.contactId()).orElseThrow();
    }

    public static ApiException windowExpired() {
        return ApiException.unprocessable(ProblemCode.WINDOW_EXPIRED,
                "The 24-hour customer-service window of this room has closed; only an approved template can be sent.");
    }
}
