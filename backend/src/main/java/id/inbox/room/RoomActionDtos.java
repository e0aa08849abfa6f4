package id.inbox.room;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hand-over of one room, and one change applied to a selection of rooms. */
public final class RoomActionDtos {

    private RoomActionDtos() {
    }

    @Schema(name = "HandoverRequest")
    public record HandoverRequest(
            @Schema(required = true, minimum = "1", examples = "7", description = "The colleague taking the room over: an active "
                    + "user of your company other than you") @NotNull @Positive Long toUserId,
            @Schema(nullable = true, maxLength = 500, examples = "Pelanggan menunggu resi, tolong dicek besok pagi",
                    description = "Shown to everyone in the conversation's hand-over note; blank is no note")
            @Size(max = 500) String note) {
    }

    /** What a bulk request does to each room of the selection. */
    @Schema(name = "BulkAction", description = "RESOLVE, ASSIGN (agentId), TAG or UNTAG (tagId)")
    public enum BulkAction { RESOLVE, ASSIGN, TAG, UNTAG }

    @Schema(name = "BulkRoomsRequest")
    public record BulkRoomsRequest(
            @Schema(required = true, minItems = 1, maxItems = 500, description = "The selected rooms (duplicates count once)")
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Positive Long> roomIds,
            @Schema(required = true) @NotNull BulkAction action,
            @Schema(minimum = "1", description = "ASSIGN only (required): the active user to assign. Agents may only take rooms "
                    + "for themselves") @Positive Long agentId,
            @Schema(minimum = "1", description = "TAG and UNTAG only (required): the tag") @Positive Long tagId) {
    }

    @Schema(name = "BulkSkipReason", description = "NOT_FOUND: no such room in your company; FORBIDDEN: another agent's room")
    public enum SkipReason { NOT_FOUND, FORBIDDEN }

    @Schema(name = "SkippedRoom")
    public record SkippedRoom(@Schema(required = true) long roomId, @Schema(required = true) SkipReason reason) {
    }

    @Schema(name = "BulkRoomsResult", description = "Rooms already as asked (resolved, assigned, tagged) are neither changed nor skipped")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record BulkRoomsResult(
            @Schema(required = true, description = "Undo handle (POST /api/v1/rooms/bulk/{batchId}/undo)") UUID batchId,
            @Schema(required = true) BulkAction action,
            @Schema(required = true, description = "The rooms this request changed") List<Long> changedRoomIds,
            @Schema(required = true, description = "The rooms left alone because you may not act on them") List<SkippedRoom> skipped,
            @Schema(required = true, description = "Until when the change can be undone") Instant undoUntil) {
    }

    @Schema(name = "BulkUndoResult")
    public record BulkUndoResult(@Schema(required = true, description = "How many rooms were put back") long restoredCount) {
    }
}
