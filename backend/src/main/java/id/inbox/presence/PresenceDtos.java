package id.inbox.presence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PresenceDtos {

    private PresenceDtos() {
    }

    @Schema(name = "PresenceRequest", description = "I have this room open; typing says whether I am typing a reply now")
    public record PresenceRequest(
            @Schema(required = true, description = "true while typing (send it at most every 2 s); false stops showing "
                    + "you as typing at once, e.g. after sending or clearing the draft", examples = "false")
            @JsonProperty(required = true) @NotNull Boolean typing) {
    }

    @Schema(name = "Viewer", description = "Someone viewing a room")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Viewer(
            @Schema(required = true, description = "The user's id", examples = "3") long id,
            @Schema(required = true, examples = "Budi Santoso") String name,
            @Schema(required = true, description = "Typing a reply now") boolean typing) {
    }

    @Schema(name = "RoomPresence", description = "Everyone viewing one room now; also the data of the presence event")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RoomPresence(
            @Schema(required = true, examples = "1") long roomId,
            @Schema(required = true, description = "Empty when nobody views the room any more") List<Viewer> viewers) {
    }

    @Schema(name = "Presence", description = "Everyone viewing any room of your company now (yourself included)")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Presence(
            @Schema(required = true, description = "Rooms with at least one viewer") List<RoomPresence> rooms) {
    }
}
