package id.inbox.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.room.RoomDtos.Direction;
import id.inbox.room.RoomDtos.RoomView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SearchDtos {

    private SearchDtos() {
    }

    @Schema(name = "MessageHit", description = "A message that matches, with its room, to jump to it")
    public record MessageHit(
            @Schema(required = true) HitMessage message,
            @Schema(required = true, description = "HTML-escaped text around the match, matches wrapped in <mark>…</mark>; no other markup",
                    examples = "… pesanan <mark>ORD-482913</mark> belum sampai …") String snippet,
            @Schema(required = true) RoomView room) {
    }

    @Schema(name = "HitMessage")
    public record HitMessage(
            @Schema(required = true) long id,
            @Schema(required = true) String body,
            @Schema(required = true) Direction direction,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "MessageHitPage")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MessageHitPage(
            @Schema(required = true) List<MessageHit> items,
            @Schema(required = true, nullable = true) String nextCursor) {
    }
}
