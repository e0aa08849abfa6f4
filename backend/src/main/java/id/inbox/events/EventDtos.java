package id.inbox.events;

import id.inbox.contact.ContactDtos.ContactView;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.note.NoteDtos.MentionView;
import id.inbox.presence.PresenceDtos.RoomPresence;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomDtos.UserRef;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The events of the live stream, as clients receive them (documentation and serialisation). */
public final class EventDtos {

    private EventDtos() {
    }

    @Schema(name = "LiveEvent", description = "One event of GET /api/v1/events: the SSE fields id, event and data")
    public record LiveEvent(
            @Schema(nullable = true, examples = "4212", description = "Grows per company; absent on ready (when resuming), "
                    + "presence and goodbye") String id,
            @Schema(required = true, examples = "room.changed", enumeration = {"ready", "resync", "goodbye", "room.changed",
                "message.created", "message.changed", "rooms.bulk-resolved", "rooms.bulk-reopened", "rooms.bulk-changed",
                "reference.changed", "contact.changed", "presence", "mention.created"}) String event,
            @Schema(required = true, anyOf = {Ready.class, Resync.class, Goodbye.class, RoomChanged.class, MessageEvent.class,
                BulkResolved.class, BulkReopened.class, BulkChanged.class, ReferenceChanged.class, ContactChanged.class,
                RoomPresence.class, MentionEvent.class}) Object data) {
    }

    @Schema(name = "LiveReady", description = "ready: the stream is live. Not resumed: load what you show now")
    public record Ready(@Schema(required = true) boolean resumed) {
    }

    @Schema(name = "LiveResync", description = "resync: events were missed (an id the log no longer keeps): reload everything")
    public record Resync() {
    }

    @Schema(name = "LiveGoodbye", description = "goodbye: the stream ends. token-expired: refresh the token and reconnect "
            + "with Last-Event-ID; signed-out and deactivated: sign in again")
    public record Goodbye(@Schema(required = true, enumeration = {"token-expired", "signed-out", "deactivated"}) String reason) {
    }

    @Schema(name = "LiveRoomChanged", description = "room.changed: a room was created or changed; the room as GET /api/v1/rooms/{id} answers")
    public record RoomChanged(@Schema(required = true) RoomView room) {
    }

    @Schema(name = "LiveMessageEvent", description = "message.created and message.changed (delivery status, failure, retry)")
    public record MessageEvent(@Schema(required = true, examples = "1823") long roomId, @Schema(required = true) MessageView message) {
    }

    @Schema(name = "LiveBulkResolved", description = "rooms.bulk-resolved: rooms resolved together, all expired ones or a "
            + "selection (one event for all)")
    public record BulkResolved(@Schema(required = true) UUID batchId, @Schema(required = true, examples = "61") long count,
                               @Schema(required = true) UserRef by) {
    }

    @Schema(name = "LiveBulkReopened", description = "rooms.bulk-reopened: a bulk resolve undone")
    public record BulkReopened(@Schema(required = true) UUID batchId, @Schema(required = true, examples = "61") long count) {
    }

    @Schema(name = "LiveBulkChanged", description = "rooms.bulk-changed: a selection of rooms assigned, tagged or untagged "
            + "together, or such a change undone (one event for all): reload the rooms you show")
    public record BulkChanged(@Schema(required = true) UUID batchId,
                              @Schema(required = true, enumeration = {"ASSIGN", "TAG", "UNTAG"}) String action,
                              @Schema(required = true, description = "The change was undone") boolean undone,
                              @Schema(required = true, examples = "3") long count, @Schema(required = true) UserRef by) {
    }

    @Schema(name = "LiveReferenceChanged", description = "reference.changed: reload that list")
    public record ReferenceChanged(
            @Schema(required = true, enumeration = {"users", "tags", "channels", "templates", "settings", "canned-replies"},
                    description = "canned-replies: the company-wide replies or someone's personal ones changed") String kind) {
    }

    @Schema(name = "LiveMentionCreated", description = "mention.created: a private note mentioned you; sent only to your "
            + "streams (userId is yours)")
    public record MentionEvent(@Schema(required = true, examples = "12") long userId, @Schema(required = true) MentionView mention) {
    }

    @Schema(name = "LiveContactChanged", description = "contact.changed: the team edited a contact (name, notes, attributes); "
            + "the contact as GET /api/v1/contacts/{id} answers. A new name also comes as room.changed of the contact's rooms")
    public record ContactChanged(@Schema(required = true) ContactView contact) {
    }
}
