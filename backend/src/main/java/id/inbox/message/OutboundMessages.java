package id.inbox.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.ProblemCode;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.media.MediaStore;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.outbox.Outbox;
import id.inbox.room.RoomAccess;
import id.inbox.room.RoomAccess.RoomState;
import id.inbox.room.RoomDtos.LastMessage;
import id.inbox.room.RoomDtos.RoomStatus;
import id.inbox.room.RoomETag.IfMatch;
import id.inbox.room.RoomEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sends an agent's message (free text or template) to a room: checks who may write and the session
 * window, claims an unassigned room for the sender, stores the message as QUEUED with its outbox row in the
 * same transaction; the outbox relay sends it afterwards, outside any transaction.
 */
@ApplicationScoped
public class OutboundMessages {

    /**
     * What to send; templates carry their id, name, language and the values of their placeholders; attachments
     * their content (media without id) and the file, stored with the message.
     */
    public record Draft(MessageKind kind, String body, Long templateId, String templateName, String templateLanguage,
                        List<String> templateParameters, MessageDtos.MessageContent content, Attachment file) {

        public static Draft text(MessageKind kind, String body, Long templateId, String templateName, String templateLanguage,
                                 List<String> templateParameters) {
            return new Draft(kind, body, templateId, templateName, templateLanguage, templateParameters, null, null);
        }
    }

    /** A file an agent attached. */
    public record Attachment(String mimeType, String fileName, byte[] content) {
    }

    private final Database db;
    private final RoomAccess rooms;
    private final RoomEvents events;
    private final Outbox outbox;
    private final MessageRepository messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final MediaStore media;
    private final NewerMessages newer;
    private final LiveEvents live;

    OutboundMessages(Database db, RoomAccess rooms, RoomEvents events, Outbox outbox, MessageRepository messages,
                     ObjectMapper json, Clock clock, MediaStore media, NewerMessages newer, LiveEvents live) {
        this.media = media;
        this.newer = newer;
        this.live = live;
        this.db = db;
        this.rooms = rooms;
        this.events = events;
        this.outbox = outbox;
        this.messages = messages;
        this.json = json;
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
        requireActiveChannel(room.channelId());
        return room;
    }

    private void requireActiveChannel(long channelId) {
        boolean active = db.withHandle(handle -> Sql.of("select active from channel where id = :channel")
                .bind("channel", channelId).query(handle).mapTo(Boolean.class).one());
        if (!active) {
            throw channelDisconnected();
        }
    }

    /**
     * Sends what {@code draftFor} makes of the room, once the caller may write to it (and, for free text,
     * its window is open); the draft may refuse the room, e.g. a template of another channel.
     */
    @Transactional
    public Sent send(Caller caller, long roomId, boolean needsOpenWindow, IfMatch ifMatch, Function<RoomState, Draft> draftFor) {
        return send(caller, roomId, needsOpenWindow, ifMatch, null, draftFor);
    }

    /** The same, refused with 409 newer-messages when the room has messages newer than seenMessageId ({@link NewerMessages}). */
    @Transactional
    public Sent send(Caller caller, long roomId, boolean needsOpenWindow, IfMatch ifMatch, Long seenMessageId,
                     Function<RoomState, Draft> draftFor) {
        RoomState room = check(caller, roomId, needsOpenWindow, ifMatch);
        Draft draft = draftFor.apply(room);
        Instant now = clock.instant();
        // Claims an unassigned or resolved room for the sender; an assigned room keeps its assignee.
        Sql claim = ifMatch.bind(RoomAccess.bindCaller(Sql.of("""
                update room r set status = 'ASSIGNED',
                       assignee_id = case when r.status = 'ASSIGNED' then r.assignee_id else :user end,
                       resolved_at = null, resolved_by = null, resolve_batch_id = null,
                       last_message_preview = :preview, last_message_direction = 'OUTBOUND', last_message_at = :now,
                       last_message_sender_id = :user,
                       last_activity_at = greatest(r.last_activity_at, :now), unread_count = 0, version = r.version + 1
                 where r.tenant_id = :tenant and r.id = :room""" + (needsOpenWindow ? " and " + RoomAccess.WINDOW_OPEN : "")
                        + " and " + RoomAccess.MAY_ACT + ifMatch.sql() + " returning r.version"), caller))
                .bind("preview", LastMessage.previewOf(draft.body())).bind("now", now)
                .bind("tenant", caller.tenantId()).bind("room", roomId);
        return db.withHandle(handle -> {
            // The row lock orders concurrent writers; the WHERE repeats the rules on the locked row.
            RoomStatus before = Sql.of("select status from room where tenant_id = :tenant and id = :room for update")
                    .bind("tenant", caller.tenantId()).bind("room", roomId).query(handle).mapTo(RoomStatus.class).one();
            // under the lock: every message of the room committed before it is seen, none can be stored in between
            newer.check(caller, roomId, seenMessageId);
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
            long messageId = Sql.of("""
                            insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, template_id,
                                                 template_parameters, content, delivery_status, created_at)
                            values (:tenant, :room, 'OUTBOUND', :kind, :body, :user, :template, cast(:parameters as jsonb),
                                    cast(:content as jsonb), 'QUEUED', :now)
                            returning id""")
                    .bind("tenant", caller.tenantId()).bind("room", roomId).bind("kind", draft.kind().name())
                    .bind("body", draft.body()).bind("user", caller.userId()).bind("template", draft.templateId())
                    .bind("parameters", parametersJson(draft.templateParameters())).bind("now", now)
                    .bind("content", MessageContents.write(draft.content())).query(handle)
                    .mapTo(Long.class).one();
            if (draft.file() != null) {
                // the file is as durable as the message: the relay uploads it from here
                media.save(handle, caller.tenantId(), messageId, draft.file().mimeType(), draft.file().fileName(),
                        draft.file().content(), now);
            }
            // sent by the relay after this transaction commits; nothing leaves from inside it
            outbox.enqueue(handle, caller.tenantId(), messageId, roomId, room.channelId(), now);
            MessageView sent = messages.find(caller.tenantId(), messageId);
            live.messageCreated(caller.tenantId(), sent);
            live.roomChanged(caller.tenantId(), roomId);
            return new Sent(sent, version.get());
        });
    }

    /** A failed outbound message of the room, as the retry needs it. */
    private record Failed(long roomId, String direction, MessageKind kind, String deliveryStatus, String templateStatus) {
    }

    /**
     * Queues a failed outbound message again (an agent's retry), under the rules of sending it: the caller may
     * write to the room, free text only while the window is open, the channel connected. The conditional UPDATE
     * makes a double click retry once: the second finds the message queued and returns it as it is.
     */
    @Transactional
    public MessageView retry(Caller caller, long messageId) {
        Failed message = db.withHandle(handle -> Sql.of("""
                        select m.room_id, m.direction, m.kind, m.delivery_status, t.status as template_status
                          from message m left join template t on t.tenant_id = m.tenant_id and t.id = m.template_id
                         where m.tenant_id = :tenant and m.id = :message""")
                .bind("tenant", caller.tenantId()).bind("message", messageId).query(handle)
                .map(Rows.of(Failed.class)).findOne())
                .orElseThrow(() -> ApiException.notFound("Message " + messageId));
        if (!"OUTBOUND".equals(message.direction())
                || !("FAILED".equals(message.deliveryStatus()) || "QUEUED".equals(message.deliveryStatus()))) {
            throw ApiException.conflict(ProblemCode.MESSAGE_NOT_RETRYABLE,
                    "Only a failed message you sent can be retried; this one is " + (message.deliveryStatus() == null
                            ? message.direction().toLowerCase(java.util.Locale.ROOT) : message.deliveryStatus().toLowerCase(java.util.Locale.ROOT)) + ".");
        }
        if (message.templateStatus() != null && !"APPROVED".equals(message.templateStatus())) {
            throw ApiException.unprocessable(ProblemCode.TEMPLATE_NOT_APPROVED, "This message's template is no longer approved on "
                    + "WhatsApp (" + message.templateStatus().toLowerCase(java.util.Locale.ROOT) + "), so it cannot be sent again; "
                    + "send another template.");
        }
        RoomState room = check(caller, message.roomId(), message.kind() != MessageKind.TEMPLATE, IfMatch.ANY);
        Instant now = clock.instant();
        db.useHandle(handle -> {
            boolean requeued = Sql.of("""
                            update message set delivery_status = 'QUEUED', failure_reason = null, failure_code = null,
                                               failure_title = null, failure_detail = null
                             where tenant_id = :tenant and id = :message and delivery_status = 'FAILED'
                            returning id""")
                    .bind("tenant", caller.tenantId()).bind("message", messageId).query(handle)
                    .mapTo(Long.class).findOne().isPresent();
            if (requeued) {
                outbox.enqueue(handle, caller.tenantId(), messageId, room.id(), room.channelId(), now);
            }
        });
        MessageView retried = messages.find(caller.tenantId(), messageId);
        live.messageChanged(caller.tenantId(), retried);
        return retried;
    }

    private String parametersJson(List<String> parameters) {
        if (parameters == null) {
            return null;
        }
        try {
            return json.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ApiException channelDisconnected() {
        return ApiException.unprocessable(ProblemCode.CHANNEL_DISCONNECTED,
                "This room's channel was disconnected; nothing can be sent through it until a supervisor connects it again.");
    }

    public static ApiException windowExpired() {
        return ApiException.unprocessable(ProblemCode.WINDOW_EXPIRED,
                "The 24-hour customer-service window of this room has closed; only an approved template can be sent.");
    }
}
