package id.inbox.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.contact.ContactDtos.ContactView;
import id.inbox.events.EventDtos.BulkChanged;
import id.inbox.events.EventDtos.BulkReopened;
import id.inbox.events.EventDtos.BulkResolved;
import id.inbox.events.EventDtos.ContactChanged;
import id.inbox.events.EventDtos.MentionEvent;
import id.inbox.events.EventDtos.MessageEvent;
import id.inbox.events.EventDtos.ReferenceChanged;
import id.inbox.events.EventDtos.RoomChanged;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.message.MessageRepository;
import id.inbox.note.NoteDtos.MentionView;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomDtos.UserRef;
import id.inbox.room.RoomViews;
import id.inbox.tenant.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the services tell the live stream, each in the transaction of its change (so an event is stored if
 * and only if its change commits). Rooms and messages are written as GET answers them, read after the change
 * in the same transaction; the events are appended to the log together right before the commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LiveEvents {

    public static final String ROOM_CHANGED = "room.changed";
    public static final String MESSAGE_CREATED = "message.created";
    public static final String MESSAGE_CHANGED = "message.changed";
    public static final String ROOMS_BULK_RESOLVED = "rooms.bulk-resolved";
    public static final String ROOMS_BULK_REOPENED = "rooms.bulk-reopened";
    public static final String ROOMS_BULK_CHANGED = "rooms.bulk-changed";
    public static final String REFERENCE_CHANGED = "reference.changed";
    public static final String CONTACT_CHANGED = "contact.changed";
    /** Sent only to the streams of the mentioned user ({@link CompanyFeed}). */
    public static final String MENTION_CREATED = "mention.created";

    /** What a reference.changed event says to reload. */
    public enum Reference { USERS, TAGS, CHANNELS, TEMPLATES, SETTINGS, CANNED_REPLIES }

    private final Database db;
    private final EventLog log;
    private final RoomViews rooms;
    private final MessageRepository messages;
    private final TenantSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionSynchronizationRegistry registry;

    LiveEvents(TransactionSynchronizationRegistry registry, Database db, EventLog log, RoomViews rooms, MessageRepository messages, TenantSettings settings, ObjectMapper json,
               Clock clock) {
        this.registry = registry;
        this.db = db;
        this.log = log;
        this.rooms = rooms;
        this.messages = messages;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** A room was created or changed (status, assignee, tags, window, unread, last message). */
    public void roomChanged(long tenantId, long roomId) {
        rooms.find(tenantId, roomId, clock.instant(), settings.expiringThreshold(tenantId))
                .ifPresent(room -> roomChanged(tenantId, room));
    }

    /** The same, with the room as the caller just read it (after the change, in this transaction). */
    public void roomChanged(long tenantId, RoomView room) {
        append(tenantId, ROOM_CHANGED, new RoomChanged(room));
    }

    /** A message was stored in a room. */
    public void messageCreated(long tenantId, long messageId) {
        messageCreated(tenantId, messages.find(tenantId, messageId));
    }

    /** The same, with the message as the caller just read it. */
    public void messageCreated(long tenantId, MessageView message) {
        append(tenantId, MESSAGE_CREATED, new MessageEvent(message.roomId(), message));
    }

    /** A message's delivery status, failure or retry changed. */
    public void messageChanged(long tenantId, long messageId) {
        messageChanged(tenantId, messages.find(tenantId, messageId));
    }

    public void messageChanged(long tenantId, MessageView message) {
        append(tenantId, MESSAGE_CHANGED, new MessageEvent(message.roomId(), message));
    }

    /** A private note mentioned the user: their streams alone are told. */
    public void mentioned(long tenantId, long userId, MentionView mention) {
        append(tenantId, MENTION_CREATED, new MentionEvent(userId, mention));
    }

    /** The team edited a contact (name, notes, attributes); a new name also comes as room.changed of its rooms. */
    public void contactChanged(long tenantId, ContactView contact) {
        append(tenantId, CONTACT_CHANGED, new ContactChanged(contact));
    }

    /** Rooms resolved together (all expired ones, or a selection): one event for all of them. */
    public void bulkResolved(long tenantId, UUID batchId, long count, long userId) {
        append(tenantId, ROOMS_BULK_RESOLVED, new BulkResolved(batchId, count, user(tenantId, userId)));
    }

    /** A selection of rooms assigned, tagged or untagged together, or that change undone: one event for all. */
    public void bulkChanged(long tenantId, UUID batchId, String action, boolean undone, long count, long userId) {
        append(tenantId, ROOMS_BULK_CHANGED, new BulkChanged(batchId, action, undone, count, user(tenantId, userId)));
    }

    private UserRef user(long tenantId, long userId) {
        String name = db.withHandle(handle -> Sql.of("select display_name from app_user where tenant_id = :tenant and id = :user")
                .bind("tenant", tenantId).bind("user", userId).query(handle).mapTo(String.class).one());
        return new UserRef(userId, name);
    }

    public void bulkReopened(long tenantId, UUID batchId, long count) {
        append(tenantId, ROOMS_BULK_REOPENED, new BulkReopened(batchId, count));
    }

    /**
     * A list the SPA keeps changed. Company settings are also cached in each instance's memory
     * ({@link TenantSettings}): every instance is told to forget them when this commits.
     */
    public void referenceChanged(long tenantId, Reference kind) {
        append(tenantId, REFERENCE_CHANGED, new ReferenceChanged(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        if (kind == Reference.SETTINGS) {
            db.withHandle(handle -> Sql.of("select pg_notify(:channel, :payload)")
                    .bind("channel", Doorbell.EVENTS).bind("payload", tenantId + TenantSettings.CHANGED).query(handle)
                    .map(row -> 1).one());
        }
    }

    /**
     * A user's access ended (deactivated: every stream of the user) or one session's (signed out): their open
     * streams are told why and closed, on every instance. Not sent to anyone's stream.
     */
    public void accessEnded(long tenantId, Long userId, UUID sessionId, String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("userId", userId);
        data.put("sessionId", sessionId == null ? null : sessionId.toString());
        data.put("reason", reason);
        append(tenantId, CompanyFeed.ACCESS_ENDED, data);
    }

    /**
     * How many events this transaction has told so far: a caller that rolls back to a savepoint taken at this
     * mark discards the events told since with {@link #discardAfter(int)}.
     */
    public int mark() {
        Pending pending = (Pending) registry.getResource(Pending.class);
        return pending == null ? 0 : pending.events.size();
    }

    /** Forgets the events told after the mark (their changes were rolled back to a savepoint). */
    public void discardAfter(int mark) {
        Pending pending = (Pending) registry.getResource(Pending.class);
        if (pending != null && pending.events.size() > mark) {
            pending.events.subList(mark, pending.events.size()).clear();
        }
    }

    /**
     * Keeps the event until the transaction is about to commit, then appends all of its events at once: the
     * company's counter row is locked from the append to the commit only, not while the rest of the
     * transaction (reading the rooms and messages the events carry, among others) runs.
     */
    private void append(long tenantId, String type, Object data) {
        String text;
        try {
            text = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a " + type + " event", e);
        }
        Pending pending = (Pending) registry.getResource(Pending.class);
        if (pending == null) {
            pending = new Pending();
            registry.putResource(Pending.class, pending);
            registry.registerInterposedSynchronization(pending);
        }
        pending.events.add(new EventLog.NewEvent(tenantId, type, text));
    }

    /** The events of one transaction, appended just before it commits. */
    private final class Pending implements Synchronization {

        final List<EventLog.NewEvent> events = new ArrayList<>();

        @Override
        public void beforeCompletion() {
            if (registry.getTransactionStatus() == Status.STATUS_ACTIVE && !events.isEmpty()) {
                log.appendAll(events);
            }
        }

        @Override
        public void afterCompletion(int status) {
            events.clear();
        }
    }
}
