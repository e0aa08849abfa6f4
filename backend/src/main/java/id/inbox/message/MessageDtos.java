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

    public enum DeliveryStatus { PENDING, SENT, DELIVERED, READ, FAILED }

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
            @Schema(required = true) Instant createdAt) {
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
