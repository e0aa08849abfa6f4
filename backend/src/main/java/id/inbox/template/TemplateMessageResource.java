package id.inbox.template;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.IdempotencyKeys;
import id.inbox.common.ProblemCode;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.room.RoomETag;
import id.inbox.template.TemplateDtos.TemplateMessageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rooms/{roomId}/template-messages")
@Tag(name = "Templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateMessageResource {

    private final Caller caller;
    private final TemplateService templates;

    TemplateMessageResource(Caller caller, TemplateService templates) {
        this.caller = caller;
        this.templates = templates;
    }

    @POST
    @Operation(operationId = "sendTemplate", summary = "Send an approved template to a room",
            description = "Allowed in every session state, also after the window has closed; it does not reopen the window "
                    + "(only a customer reply does). Requires an Idempotency-Key header: repeating a request with the same key "
                    + "and body returns the first response (header Idempotency-Replayed: true) and sends nothing more.")
    @APIResponse(responseCode = "201", description = "The stored template message",
            headers = {@Header(name = IdempotencyKeys.REPLAYED_HEADER, description = IdempotencyKeys.REPLAYED_DOC,
                    schema = @Schema(type = SchemaType.BOOLEAN)),
                    @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key (idempotency-key-missing) or wrong parameters (validation-failed)")
    @APIResponse(responseCode = "404", description = "No such room or template in your company")
    @APIResponse(responseCode = "409", description = "The first request with this key is still in flight (request-in-flight), or the room was taken (room-taken)")
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "422", description = "Key reused with another body (idempotency-key-reused), template not approved or of another channel")
    public Response send(@PathParam("roomId") long roomId,
                         @Parameter(in = ParameterIn.HEADER, required = true, description = IdempotencyKeys.HEADER_DOC,
                                 example = "3f0c7a52-5d7e-4f7e-9b0e-2a1f8e6c9d10")
                         @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                         @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam("If-Match") String ifMatch,
                         @NotNull @Valid TemplateMessageRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ApiException.badRequest(ProblemCode.IDEMPOTENCY_KEY_MISSING, "Send an Idempotency-Key header (e.g. a UUID) with every template message.");
        }
        return templates.send(caller, roomId, IdempotencyKeys.validKey(idempotencyKey), RoomETag.ifMatch(ifMatch), request).http();
    }
}
