package id.inbox.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.room.RoomDtos.Direction;
import id.inbox.room.RoomDtos.UserRef;
import id.inbox.room.RoomEvents;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MessageDtos {

    private MessageDtos() {
    }

    /**
     * What a message is. Kinds a client does not know can be shown by their body, which is always a readable
     * text ("[image]", the caption, the chosen button's title).
     */
    public enum MessageKind {
        TEXT, TEMPLATE, IMAGE, DOCUMENT, AUDIO, VIDEO, NOTE,
        STICKER, LOCATION, CONTACTS, INTERACTIVE_REPLY, REACTION, UNSUPPORTED
    }

    /**
     * QUEUED: stored and waiting in the outbox; SENT: the provider accepted it (it has a provider message id);
     * DELIVERED, READ: ticks reported by the provider; FAILED: not sent, see failure (an agent may retry it).
     * PENDING is the value of messages stored before the outbox.
     */
    public enum DeliveryStatus { QUEUED, PENDING, SENT, DELIVERED, READ, FAILED }

    @Schema(name = "Message")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MessageView(
            @Schema(required = true) long id,
            @Schema(required = true) long roomId,
            @Schema(required = true) Direction direction,
            @Schema(required = true) MessageKind kind,
            @Schema(required = true, description = "Plain text; render it as text, never as HTML") String body,
            @Schema(required = true, nullable = true, description = "The agent who sent it, or the actor of a system note") UserRef sender,
            @Schema(required = true, nullable = true) Long templateId,
            @Schema(required = true, nullable = true, description = "Delivery of outbound messages") DeliveryStatus deliveryStatus,
            @Schema(required = true, nullable = true, description = "What a SYSTEM note records") SystemNote system,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true, description = "The structured part of a customer message (media, "
                    + "location, contact cards, the chosen button, an unsupported type); null for plain text") MessageContent content,
            @Schema(required = true, nullable = true, description = "The earlier message this one answers") ReplyTo replyTo,
            @Schema(required = true, description = "The customer forwarded it") boolean forwarded,
            @Schema(required = true, nullable = true, description = "The customer's reaction to this message (an emoji)",
                    examples = "👍") String reaction,
            @Schema(required = true, nullable = true, description = "Why an outbound message failed (deliveryStatus FAILED)")
            DeliveryFailureView failure,
            @Schema(required = true, description = "The colleagues a private note (direction INTERNAL) mentions; empty for "
                    + "every other message") List<UserRef> mentions) {
    }

    @Schema(name = "ReplyTo", description = "A reply: the provider's id of the message answered, and ours when the inbox has it")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReplyTo(
            @Schema(required = true, examples = "wamid.HBgLNjI4MTIzNDU2Nzg5FQIAERgSMEE5") String providerMessageId,
            @Schema(required = true, nullable = true) Long messageId) {
    }

    @Schema(name = "DeliveryFailure")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeliveryFailureView(
            @Schema(required = true, description = "Stable reason to show in the user's language (README: delivery failure reasons)")
            DeliveryFailure reason,
            @Schema(required = true, nullable = true, description = "The provider's error code", examples = "131047") Integer code,
            @Schema(required = true, nullable = true, description = "The provider's title (English)",
                    examples = "Re-engagement message") String title,
            @Schema(required = true, nullable = true, description = "The provider's details (English)") String detail) {
    }

    /** The structured part of a message; exactly one part is set, as the kind says. Stored as message.content. */
    @Schema(name = "MessageContent")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MessageContent(
            @Schema(description = "IMAGE, VIDEO, AUDIO, DOCUMENT, STICKER") Media media,
            @Schema(description = "LOCATION") Location location,
            @Schema(description = "CONTACTS") List<ContactCard> contacts,
            @Schema(description = "INTERACTIVE_REPLY") ChosenReply reply,
            @Schema(description = "REACTION to a message the inbox does not have") Reaction reaction,
            @Schema(description = "UNSUPPORTED: the provider's type of the message", examples = "order") String unsupportedType) {
    }

    @Schema(name = "Media", description = "A file the customer sent; the provider keeps it under its media id")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Media(
            @Schema(description = "The provider's media id (an agent's file gets it when it is sent)") String id,
            @Schema(examples = "image/jpeg") String mimeType,
            @Schema(description = "SHA-256 of the file, as the provider states it") String sha256,
            String caption,
            @Schema(description = "Documents: the file's name") String filename,
            @Schema(description = "Audio: a voice note recorded in the app") Boolean voice,
            @Schema(description = "Stickers: animated") Boolean animated,
            @Schema(description = "Size in bytes, when the inbox knows it (files agents attach)") Long size) {
    }

    @Schema(name = "Location")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(
            @Schema(required = true) double latitude,
            @Schema(required = true) double longitude,
            String name,
            String address,
            String url) {
    }

    @Schema(name = "ContactCard", description = "A contact the customer shared")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContactCard(
            @Schema(required = true, examples = "Budi Santoso") String name,
            @Schema(required = true, description = "Phone numbers as written on the card") List<String> phones,
            @Schema(required = true) List<String> emails,
            String organization) {
    }

    /** Which answer the customer picked. */
    public enum ReplyKind { BUTTON_REPLY, LIST_REPLY, TEMPLATE_BUTTON }

    @Schema(name = "ChosenReply", description = "The button or list row the customer picked")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChosenReply(
            @Schema(required = true) ReplyKind type,
            @Schema(description = "The id (or, for a template button, the payload) the business gave the choice") String id,
            @Schema(required = true) String title,
            @Schema(description = "List rows: the row's description") String description) {
    }

    @Schema(name = "Reaction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reaction(
            @Schema(required = true, description = "The provider's id of the message reacted to") String providerMessageId,
            @Schema(description = "Empty when the reaction was removed") String emoji) {
    }

    @Schema(name = "SystemNote")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SystemNote(
            @Schema(required = true) RoomEvents.Event event,
            @Schema(required = true, nullable = true, description = "The user the event concerned (the new assignee)") UserRef target,
            @Schema(required = true, nullable = true, maxLength = 500, description = "HANDED_OVER: the note the agent left for "
                    + "the colleague taking over; null otherwise", examples = "Pelanggan menunggu resi, tolong dicek besok pagi")
            String note) {
    }

    @Schema(name = "MessagePage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MessagePage(
            @Schema(required = true, description = "Newest first") List<MessageView> items,
            @Schema(required = true, nullable = true, description = "Cursor for older messages; null when there are none") String nextCursor,
            @Schema(required = true, nullable = true, description = "Cursor for newer messages; null when this page holds the newest") String previousCursor) {
    }

    @Schema(name = "ReplyRequest")
    @JsonInclude(JsonInclude.Include.NON_NULL) // its JSON is the Idempotency-Key's request hash: unchanged without seenMessageId
    public record ReplyRequest(
            @Schema(required = true, examples = "Halo Kak, pesanan Anda sudah kami kirim hari ini.")
            @NotBlank @Size(max = 4096) String text,
            @Schema(description = NewerMessages.SEEN_DOC, minimum = "1", examples = "1042") @Positive Long seenMessageId) {
        // no one-text constructor: Jackson would take a bare JSON string as a reply with it
    }
}
