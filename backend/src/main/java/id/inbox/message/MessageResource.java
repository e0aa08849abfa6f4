package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.common.Cursor;
import id.inbox.common.IdempotencyKeys;
import id.inbox.common.PositiveId;
import id.inbox.common.Problem;
import id.inbox.common.QueryParams;
import id.inbox.message.MessageDtos.MessagePage;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.message.MessageDtos.ReplyRequest;
import id.inbox.room.RoomETag;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rooms/{roomId}/messages")
@Tag(name = "Messages", description = "A room's conversation and free-text replies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageResource {

    private final Caller caller;
    private final MessageQueries messages;
    private final ReplyService replies;

    MessageResource(Caller caller, MessageQueries messages, ReplyService replies) {
        this.caller = caller;
        this.messages = messages;
        this.replies = replies;
    }

    @GET
    @Operation(operationId = "listMessages", summary = "Messages of a room, newest first",
            description = "Pages by keyset: pass nextCursor for older messages, previousCursor for newer ones. "
                    + "around={messageId} returns a page with that message in the middle (to jump to a search hit).")
    @APIResponse(responseCode = "200", description = "A page of messages",
            content = @Content(schema = @Schema(implementation = MessagePage.class)))
    @APIResponse(responseCode = "404", description = "No such room (or message for around) in your company")
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
        return messages.page(caller, roomId, pageSize, cursor, aroundId);
    }

    @POST
    @Operation(operationId = "reply", summary = "Reply with free text",
            description = "Only while the session window is open (422 window-expired otherwise; send a template instead). "
                    + "Replying to an unassigned room assigns it to you; replying to a resolved room reopens it, assigned to you. "
                    + "Send an Idempotency-Key so that a retry after a failure or a 503 cannot send the message twice. "
                    + "Send seenMessageId so that a reply written without the room's newest messages is refused with them "
                    + "(409 newer-messages) instead of sent.")
    @APIResponse(responseCode = "201", description = "The stored message",
            headers = {@Header(name = IdempotencyKeys.REPLAYED_HEADER, description = IdempotencyKeys.REPLAYED_DOC,
                    schema = @Schema(type = SchemaType.BOOLEAN)),
                    @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "409", description = NewerMessages.CONFLICT_DOC, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "newer-messages", value = NewerMessages.EXAMPLE)))
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "The session window has closed (window-expired), nothing was stored; "
            + "or the Idempotency-Key was used for another request (idempotency-key-reused)")
    public Response reply(@PathParam("roomId") long roomId,
                          @Parameter(description = IdempotencyKeys.HEADER_DOC, example = "3f0c7a52-5d7e-4f7e-9b0e-2a1f8e6c9d10")
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                          @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid ReplyRequest request) {
        return replies.reply(caller, roomId, IdempotencyKeys.validKey(idempotencyKey), RoomETag.ifMatch(ifMatch), request).http();
    }
}
