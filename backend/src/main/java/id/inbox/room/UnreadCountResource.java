package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.room.RoomDtos.UnreadCount;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rooms/unread-count")
@Tag(name = "Rooms")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class UnreadCountResource {

    private final Caller caller;
    private final RoomQueries queries;

    UnreadCountResource(Caller caller, RoomQueries queries) {
        this.caller = caller;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "countUnreadRooms", summary = "Unread rooms for the tab title",
            description = "How many rooms that are yours or unassigned, and not resolved, have unread messages; counted up "
                    + "to 100 (capped: more than that). Reload it when a room.changed event arrives.")
    @APIResponse(responseCode = "200", description = "The count", content = @Content(
            schema = @Schema(implementation = UnreadCount.class),
            examples = {@ExampleObject(name = "some", value = "{\"count\": 7, \"capped\": false}"),
                    @ExampleObject(name = "many", value = "{\"count\": 100, \"capped\": true}")}))
    public UnreadCount count() {
        return queries.unreadCount(caller);
    }
}
