package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.common.Cursor;
import id.inbox.common.PositiveId;
import id.inbox.common.Problem;
import id.inbox.common.QueryParams;
import id.inbox.message.MessageDtos.MessagePage;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.message.MessageDtos.ReplyRequest;
import id.inbox.room.RoomAccess;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/rooms/{roomId}/messages")
@Tag(name = "Messages", description = "A room's conversation and free-text replies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final Caller caller;
    private final RoomAccess rooms;
    private final MessageRepository messages;
    private final OutboundMessages outbound;

    MessageResource(Caller caller, RoomAccess rooms, MessageRepository messages, OutboundMessages outbound) {
        this.caller = caller;
        this.rooms = rooms;
        this.messages = messages;
        this.outbound = outbound;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listMessages", summary = "Messages of a room, newest first",
            description = "Pages by keyset: pass nextCursor for older messages, previousCursor for newer ones. "
                    + "around={messageId} returns a page with that message in the middle (to jump to a search hit).")
    @APIResponse(responseCode = "200", description = "A page of messages",
            content = @Content(schema = @Schema(implementation = MessagePage.class)))
    @APIResponse(responseCode = "404", description = "No such room (or message for around) in your company",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessagePage list(@PathParam("roomId") long roomId,
                            @Parameter(description = "Page size, 1 to 100 (default 50)",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
                            @QueryParam("limit") String limit,
                            @Parameter(description = "nextCursor or previousCursor of a previous page",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH))
                            @QueryParam("cursor") String cursor,
                            @Parameter(description = "A message id of this room to centre the page on; not with cursor",
                                    schema = @Schema(implementation = PositiveId.class))
                            @QueryParam("around") String around) {
        QueryParams params = new QueryParams();
        int pageSize = params.limit(limit, 50, 100);
        Long aroundId = params.id("around", around);
        if (aroundId != null && cursor != null) {
            params.error("around", "cannot be combined with cursor");
        }
        params.validate();
        rooms.find(caller, roomId);
        return aroundId != null
                ? messages.around(caller.tenantId(), roomId, aroundId, pageSize)
                : messages.page(caller.tenantId(), roomId, pageSize, cursor);
    }

    @POST
    @ResponseStatus(201)
    @Operation(operationId = "reply", summary = "Reply with free text",
            description = "Only while the session window is open (422 window-expired otherwise; send a template instead). "
                    + "Replying to an unassigned room assigns it to you; replying to a resolved room reopens it, assigned to you.")
    @APIResponse(responseCode = "201", description = "The stored message",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "409", description = "Another agent took the room meanwhile (room-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The session window has closed (window-expired); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessageView reply(@PathParam("roomId") long roomId, @NotNull @Valid ReplyRequest request) {
        OutboundMessages.Draft text = new OutboundMessages.Draft(MessageDtos.MessageKind.TEXT, request.text().strip(),
                null, null, null);
        return outbound.send(caller, roomId, true, room -> text);
    }
}
