package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.room.RoomActionDtos.BulkRoomsRequest;
import id.inbox.room.RoomActionDtos.BulkRoomsResult;
import id.inbox.room.RoomActionDtos.BulkUndoResult;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rooms/bulk")
@Tag(name = "Rooms")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulkRoomResource {

    private final Caller caller;
    private final BulkRoomService bulk;

    BulkRoomResource(Caller caller, BulkRoomService bulk) {
        this.caller = caller;
        this.bulk = bulk;
    }

    @POST
    @Operation(operationId = "changeRooms", summary = "Resolve, assign or tag several rooms at once",
            description = "Applies one change to up to 500 rooms together. Each room is judged on its own: rooms you may not "
                    + "act on (another agent's, or not of your company) are reported in skipped and the others are changed. "
                    + "Agents may only ASSIGN to themselves (taking unassigned rooms). Rooms keep their place in the list; no "
                    + "message is sent to customers. The change can be undone for 15 minutes, by who made it or a supervisor.")
    @APIResponse(responseCode = "200", description = "What was changed and what was skipped",
            content = @Content(schema = @Schema(implementation = BulkRoomsResult.class)))
    @APIResponse(responseCode = "403", description = "An agent assigning rooms to someone else")
    @APIResponse(responseCode = "404", description = "agentId is not an active user, or tagId not a tag, of your company")
    public BulkRoomsResult change(@NotNull @Valid BulkRoomsRequest request) {
        return bulk.apply(caller, request);
    }

    @POST
    @Path("/{batchId}/undo")
    @Operation(operationId = "undoRoomsChange", summary = "Undo a change of several rooms",
            description = "Puts back the rooms the change changed and that nobody changed since (a resolved room is reopened "
                    + "to its assignee when still active; an assignment goes back to the previous assignee; a tag is taken "
                    + "off or put back). Undoing twice does nothing more.")
    @APIResponse(responseCode = "200", description = "How many rooms were put back",
            content = @Content(schema = @Schema(implementation = BulkUndoResult.class)))
    @APIResponse(responseCode = "403", description = "Another agent's change")
    @APIResponse(responseCode = "422", description = "The undo period has passed (undo-expired)")
    public BulkUndoResult undo(@PathParam("batchId") UUID batchId) {
        return bulk.undo(caller, batchId);
    }
}
