package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.room.RoomDtos.ResolveExpiredRequest;
import id.inbox.room.RoomDtos.ResolveExpiredResult;
import id.inbox.room.RoomDtos.UndoResult;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
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

/** "Resolve all expired" and its undo. */
@Path("/api/v1/rooms/resolve-expired")
@Tag(name = "Rooms")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResolveExpiredResource {

    private final Caller caller;
    private final BulkResolveService bulk;

    ResolveExpiredResource(Caller caller, BulkResolveService bulk) {
        this.caller = caller;
        this.bulk = bulk;
    }

    @POST
    @Operation(operationId = "resolveExpiredRooms", summary = "Resolve all expired rooms",
            description = "Resolves, in one statement, every unresolved room whose session window has closed, within your scope: "
                    + "supervisors the whole company, agents their own rooms (and unassigned ones when includeUnassigned). "
                    + "dryRun only counts. A room whose customer writes while this runs stays open. "
                    + "The batch can be undone for 15 minutes. No message is sent to customers.")
    @APIResponse(responseCode = "200", description = "What was (or, for a dry run, would be) resolved",
            content = @Content(schema = @Schema(implementation = ResolveExpiredResult.class)))
    @APIResponse(responseCode = "404", description = "One of channelIds is not a channel of your company")
    public ResolveExpiredResult resolveExpired(@Valid ResolveExpiredRequest request) {
        return bulk.resolveExpired(caller, request == null ? new ResolveExpiredRequest(null, null, null) : request);
    }

    @POST
    @Path("/{batchId}/undo")
    @Operation(operationId = "undoResolveExpired", summary = "Undo a bulk resolve",
            description = "Reopens the rooms of the batch that are still resolved by it (to their assignee when still active). "
                    + "Possible for 15 minutes, by who made the batch or a supervisor.")
    @APIResponse(responseCode = "200", description = "How many rooms were reopened",
            content = @Content(schema = @Schema(implementation = UndoResult.class)))
    @APIResponse(responseCode = "403", description = "Another agent's batch")
    @APIResponse(responseCode = "422", description = "The undo period has passed (undo-expired)")
    public UndoResult undo(@PathParam("batchId") UUID batchId) {
        return bulk.undo(caller, batchId);
    }
}
