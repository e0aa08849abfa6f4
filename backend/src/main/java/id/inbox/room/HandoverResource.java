package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.room.RoomActionDtos.HandoverRequest;
import id.inbox.room.RoomDtos.RoomView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/rooms/{roomId}/handover")
@Tag(name = "Rooms")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HandoverResource {

    private final Caller caller;
    private final HandoverService handover;

    HandoverResource(Caller caller, HandoverService handover) {
        this.caller = caller;
        this.handover = handover;
    }

    @POST
    @Operation(operationId = "handOverRoom", summary = "Hand a room over to a colleague",
            description = "Assigns the room to an active colleague and writes a HANDED_OVER note (with your note) in the "
                    + "conversation; the colleague's screens learn it from the live stream. Agents may hand over their own "
                    + "rooms and unassigned ones; supervisors any room.")
    @APIResponse(responseCode = "200", description = "The room, now the colleague's",
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "403", description = "Another agent's room")
    @APIResponse(responseCode = "404", description = "No such room, or toUserId is not a user of your company")
    @APIResponse(responseCode = "409", description = "Another agent took the room meanwhile (room-taken)")
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "To yourself (handover-to-self) or to a deactivated colleague (colleague-inactive)")
    public RestResponse<RoomView> handOver(@PathParam("roomId") long roomId,
                                           @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"")
                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                           @NotNull @Valid HandoverRequest request) {
        return RoomResource.withETag(handover.handOver(caller, roomId, request, RoomETag.ifMatch(ifMatch)));
    }
}
