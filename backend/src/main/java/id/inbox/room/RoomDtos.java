package id.inbox.room;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import id.inbox.channel.ChannelKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RoomDtos {

    private RoomDtos() {
    }

    public enum RoomStatus { UNASSIGNED, ASSIGNED, RESOLVED }

    public enum Direction { INBOUND, OUTBOUND, SYSTEM }

    @Schema(name = "Room", description = "A conversation with one contact on one channel")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RoomView(
            @Schema(required = true, examples = "1042") long id,
            @Schema(required = true) ContactRef contact,
            @Schema(required = true) ChannelRef channel,
            @Schema(required = true) RoomStatus status,
            @Schema(required = true, nullable = true, description = "Kept while RESOLVED; the room returns to it when reopened") AssigneeRef assignee,
            @Schema(required = true) List<TagView> tags,
            @Schema(required = true, nullable = true) LastMessage lastMessage,
            @Schema(required = true) Instant lastActivityAt,
            @Schema(required = true, examples = "2") int unreadCount,
            @Schema(required = true, description = "Derived from windowExpiresAt at the time of the response") SessionState sessionState,
            @Schema(required = true, nullable = true, description = "When the customer-service window closes; null on channels without a window") Instant windowExpiresAt,
            @Schema(required = true, examples = "240", description = "Remaining minutes below which the session is EXPIRING") int expiringThresholdMinutes,
            @Schema(required = true, nullable = true) Instant resolvedAt,
            @Schema(required = true, description = "Increases with every change of the room") int version,
            @Schema(required = true, nullable = true, description = "The click-to-WhatsApp ad the customer last came from "
                    + "(it opened a 72-hour window)") AdReferral adReferral) {
    }

    /** A click-to-WhatsApp ad (WhatsApp's referral); stored as room.ad_referral in this shape. */
    @Schema(name = "AdReferral")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AdReferral(
            @Schema(required = true, nullable = true, examples = "Diskon 50% hari ini") String headline,
            @Schema(required = true, nullable = true) String body,
            @Schema(required = true, nullable = true, description = "ad or post", examples = "ad") String sourceType,
            @Schema(required = true, nullable = true) String sourceId,
            @Schema(required = true, nullable = true) String sourceUrl) {

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        public static AdReferral read(String json) {
            try {
                return json == null ? null : JSON.readValue(json, AdReferral.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("room.ad_referral does not have the shape of AdReferral", e);
            }
        }

        public String json() {
            try {
                return JSON.writeValueAsString(this);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("AdReferral is always serialisable", e);
            }
        }
    }

    @Schema(name = "ContactRef")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ContactRef(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "Siti Rahmawati") String name,
            @Schema(required = true, nullable = true, examples = "/avatars/07.svg") String avatarUrl,
            @Schema(required = true, nullable = true, description = "E.164", examples = "+6281234567890") String phone) {
    }

    @Schema(name = "ChannelRef")
    public record ChannelRef(
            @Schema(required = true) long id,
            @Schema(required = true) ChannelKind kind,
            @Schema(required = true, examples = "WhatsApp Toko Nusantara") String name) {
    }

    @Schema(name = "UserRef")
    public record UserRef(@Schema(required = true) long id, @Schema(required = true, examples = "Budi Santoso") String name) {
    }

    @Schema(name = "Assignee", description = "Who the room is assigned to; a deactivated user keeps their rooms until "
            + "someone reassigns them")
    public record AssigneeRef(@Schema(required = true) long id, @Schema(required = true, examples = "Budi Santoso") String name,
                              @Schema(required = true, description = "false once the user has been deactivated") boolean active) {
    }

    @Schema(name = "Tag")
    public record TagView(
            @Schema(required = true) long id,
            @Schema(required = true, examples = "Pengiriman") String name,
            @Schema(required = true, examples = "#2563eb") String color) {
    }

    @Schema(name = "LastMessage")
    public record LastMessage(
            @Schema(required = true, description = "Start of the text, at most 200 characters") String preview,
            @Schema(required = true) Direction direction,
            @Schema(required = true) Instant createdAt) {

        /** The stored preview of a message text: its first 200 characters. */
        public static String previewOf(String body) {
            return body.length() <= 200 ? body : body.substring(0, 199) + "…";
        }
    }

    @Schema(name = "RoomPage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RoomPage(
            @Schema(required = true) List<RoomView> items,
            @Schema(required = true, nullable = true, description = "Pass as cursor for the next page; null on the last page") String nextCursor) {
    }

    @Schema(name = "RoomCounts", description = "Tab counts (every filter but status) and session counts (every filter but session)")
    public record RoomCounts(
            @Schema(required = true) TabCounts tabs,
            @Schema(required = true) SessionCounts sessions,
            @Schema(required = true, examples = "240") int expiringThresholdMinutes) {
    }

    @Schema(name = "UnreadCount", description = "Rooms with unread messages that are yours or unassigned, not resolved")
    public record UnreadCount(
            @Schema(required = true, description = "How many, at most 100", examples = "7") int count,
            @Schema(required = true, description = "There are more than 100 (count is 100): show it as 100+") boolean capped) {
    }

    @Schema(name = "TabCounts", description = "Rooms per tab. All is the rooms still being worked (unassigned and assigned); mine the "
            + "caller's own (assigned to them, not resolved); resolved rooms are only on the Resolved tab.")
    public record TabCounts(@Schema(required = true) long all, @Schema(required = true) long mine,
                            @Schema(required = true) long unassigned,
                            @Schema(required = true) long assigned, @Schema(required = true) long resolved) {
    }

    @Schema(name = "SessionCounts")
    public record SessionCounts(@Schema(required = true) long open, @Schema(required = true) long expiring,
                                @Schema(required = true) long expired) {
    }

    @Schema(name = "AssignRequest", description = "agentId must be given: a forgotten field must not unassign the room")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AssignRequest(
            @Schema(required = true, nullable = true, minimum = "1", description = "The user to assign; null unassigns", examples = "2")
            @JsonProperty(required = true) @Positive Long agentId) {
    }

    @Schema(name = "ResolveExpiredRequest")
    public record ResolveExpiredRequest(
            @Schema(description = "Only rooms of these channels; all channels when absent. An empty list is refused: "
                    + "it would otherwise read as 'none selected' to a client and as 'all' to the API.", minItems = 1, maxItems = 100)
            @Size(min = 1, max = 100) List<@NotNull @Positive Long> channelIds,
            @Schema(description = "Also resolve unassigned rooms (default true)", defaultValue = "true") Boolean includeUnassigned,
            @Schema(description = "Only count, resolve nothing (default false)", defaultValue = "false") Boolean dryRun) {
    }

    @Schema(name = "ResolveExpiredResult")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResolveExpiredResult(
            @Schema(required = true, nullable = true, description = "Undo handle; null for a dry run") UUID batchId,
            @Schema(required = true) long resolvedCount,
            @Schema(required = true) List<ChannelCount> byChannel,
            @Schema(required = true, nullable = true, description = "Until when the batch can be undone") Instant undoUntil) {
    }

    @Schema(name = "ChannelCount")
    public record ChannelCount(@Schema(required = true) long channelId, @Schema(required = true) long count) {
    }

    @Schema(name = "UndoResult")
    public record UndoResult(@Schema(required = true) long reopenedCount) {
    }
}
