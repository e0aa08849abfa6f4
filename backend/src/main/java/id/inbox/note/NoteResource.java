package id.inbox.note;

import id.inbox.auth.Caller;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.note.NoteDtos.NoteRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rooms/{roomId}/notes")
@Tag(name = "Notes", description = "Private notes inside a room and the mentions they make")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    private final Caller caller;
    private final NoteService notes;

    NoteResource(Caller caller, NoteService notes) {
        this.caller = caller;
        this.notes = notes;
    }

    @POST
    @Operation(operationId = "writeNote", summary = "Write a private note",
            description = "A note only your team sees, stored in the room's conversation (direction INTERNAL, kind NOTE) and "
                    + "never sent to the customer. Any user of your company (agent or supervisor) may write one in any room, "
                    + "also one assigned to someone else, resolved, or whose session window has closed: a note does not "
                    + "assign or reopen the room and changes neither its window, unread count, deadline nor last message. "
                    + "Each mentioned colleague gets a mention (GET /api/v1/mentions) and a mention.created live event.")
    @APIResponse(responseCode = "201", description = "The stored note",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "404", description = "No such room in your company; or a mentioned id is no person of your "
            + "company (mentioned-user-not-found)")
    @APIResponse(responseCode = "422", description = "A mentioned colleague is deactivated (mentioned-user-inactive); nothing "
            + "was stored")
    public Response write(@PathParam("roomId") long roomId, @NotNull @Valid NoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(notes.write(caller, roomId, request)).build();
    }
}
