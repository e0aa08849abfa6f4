package id.inbox.presence;

import id.inbox.auth.Caller;
import id.inbox.presence.PresenceDtos.PresenceRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rooms/{roomId}/presence")
@Tag(name = "Presence", description = "Who is viewing which room and who is typing (events: presence)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomPresenceResource {

    private final Caller caller;
    private final PresenceService presence;

    RoomPresenceResource(Caller caller, PresenceService presence) {
        this.caller = caller;
        this.presence = presence;
    }

    @PUT
    @Operation(operationId = "viewRoom", summary = "I am viewing this room (and typing, or not)",
            description = "Call it when the room opens, then every 10 s while it stays open, and with typing: true while you "
                    + "type (at most every 2 s). You count as viewing for 25 s after your last call "
                    + "(INBOX_PRESENCE_VIEWING_FOR) and as typing for 6 s after your last typing: true (INBOX_PRESENCE_TYPING_FOR); "
                    + "typing: false ends typing at once. A change others see (you arrive, start or stop typing) reaches every "
                    + "stream of your company as a presence event for the room; a call that changes nothing visible sends none. "
                    + "Any member of the company may call it for any room of the company.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PresenceRequest.class),
            examples = {@ExampleObject(name = "viewing", value = "{\"typing\": false}"),
                    @ExampleObject(name = "typing", value = "{\"typing\": true}")}))
    @APIResponse(responseCode = "204", description = "You are viewing the room")
    @APIResponse(responseCode = "404", description = "No such room in your company (not-found)")
    public void view(@PathParam("roomId") long roomId, @NotNull @Valid PresenceRequest request) {
        presence.view(caller, roomId, request.typing());
    }

    @DELETE
    @Operation(operationId = "leaveRoom", summary = "I closed this room",
            description = "Call it when the room closes or the tab is hidden or unloaded: you stop counting as viewing at once "
                    + "(a presence event tells the others). Idempotent: leaving a room you are not viewing changes nothing.")
    @APIResponse(responseCode = "204", description = "You are not viewing the room")
    @APIResponse(responseCode = "404", description = "No such room in your company (not-found)")
    public void leave(@PathParam("roomId") long roomId) {
        presence.leave(caller, roomId);
    }
}
