package id.inbox.note;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.room.RoomDtos.UserRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class NoteDtos {

    private NoteDtos() {
    }

    @Schema(name = "NoteRequest", description = "A private note: only the team sees it; it is never sent to the customer")
    public record NoteRequest(
            @Schema(required = true, examples = "@Dewi pelanggan ini minta faktur, tolong dicek besok ya.")
            @NotBlank @Size(max = 4096) String body,
            @Schema(description = "Colleagues to notify: active users of your company (GET /api/v1/agents). A repeated id "
                    + "counts once", maxItems = 20)
            @Size(max = 20) List<@NotNull @Positive Long> mentionIds) {
    }

    @Schema(name = "Mention", description = "A private note that mentions you: your notification of it")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MentionView(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The note (a message of the room, direction INTERNAL)") long messageId,
            @Schema(required = true) long roomId,
            @Schema(required = true, description = "The name of the room's contact", examples = "Siti Rahma") String contactName,
            @Schema(required = true, nullable = true, description = "Who wrote the note") UserRef author,
            @Schema(required = true, description = "The note's text; plain text") String body,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true, description = "When you marked it read; null while unread") Instant readAt) {
    }

    @Schema(name = "MentionPage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MentionPage(
            @Schema(required = true, description = "Newest first") List<MentionView> items,
            @Schema(required = true, nullable = true, description = "Cursor for older mentions; null when there are none") String nextCursor,
            @Schema(required = true, description = "How many of all your mentions are unread", examples = "3") long unreadCount) {
    }
}
