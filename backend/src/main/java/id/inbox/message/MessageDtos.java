package id.inbox.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.room.RoomDtos.Direction;
import id.inbox.room.RoomEvents;
import id.inbox.room.RoomDtos.UserRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MessageDtos {

    private MessageDtos() {
    }

    public enum MessageKind { TEXT, TEMPLATE, IMAGE, DOCUMENT, AUDIO, VIDEO, NOTE }

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
            @Schema(required = true, nullable = true, description = "Why an outbound message failed (deliveryStatus FAILED)") DeliveryFailure failure,
            @Schema(required = true, nullable = true, description = "What a SYSTEM note records") SystemNote system,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "DeliveryFailure", description = "Why a message was not sent or not delivered")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeliveryFailure(
            @Schema(required = true, description = "The provider's error code (131047, 131026, 100, ...) or ours: ambiguous-timeout "
                    + "(no answer after the request was sent: it may have arrived, so it was not resent), relay-interrupted, "
                    + "channel-disconnected, retry-deadline-passed, access-token-unreadable", examples = "131047") String code,
            @Schema(required = true, examples = "Re-engagement message") String title,
            @Schema(required = true, nullable = true, examples = "Message failed to send because more than 24 hours have passed since the customer last replied to this number.")
            String detail) {
    }

    @Schema(name = "SystemNote")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SystemNote(
            @Schema(required = true) RoomEvents.Event event,
            @Schema(required = true, nullable = true, description = "The user the event concerned (the new assignee)") UserRef target) {
    }

    @Schema(name = "MessagePage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MessagePage(
            @Schema(required = true, description = "Newest first") List<MessageView> items,
            @Schema(required = true, nullable = true, description = "Cursor for older messages; null when there are none") String nextCursor,
            @Schema(required = true, nullable = true, description = "Cursor for newer messages; null when this page holds the newest") String previousCursor) {
    }

    @Schema(name = "ReplyRequest")
    public record ReplyRequest(
            @Schema(required = true, examples = "Halo Kak, pesanan Anda sudah kami kirim hari ini.")
            @NotBlank @Size(max = 4096) String text) {
    }
}
