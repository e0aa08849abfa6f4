package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.auth.Role;
import id.inbox.common.IdempotencyKeys;
import id.inbox.message.InboundDtos.InboundMessage;
import id.inbox.message.InboundDtos.InboundResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbound/messages")
@Tag(name = "Integrations", description = "For channel integrations (supervisor-role service accounts)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InboundResource {

    private final Caller caller;
    private final InboundService inbound;
    private final IdempotencyKeys keys;

    InboundResource(Caller caller, InboundService inbound, IdempotencyKeys keys) {
        this.caller = caller;
        this.inbound = inbound;
        this.keys = keys;
    }

    @POST
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(operationId = "receiveMessage", summary = "Receive a customer message",
            description = "Creates the contact and the room when new, refreshes the session window from sentAt, counts the "
                    + "message unread and reopens a resolved room. A repeated providerMessageId is stored once: the repeat "
                    + "is answered 200 with the first message's ids. A message without providerMessageId should carry an "
                    + "Idempotency-Key, so that a retry after a failure or a 503 stores it once.")
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = IdempotencyKeys.REPLAYED_HEADER, description = IdempotencyKeys.REPLAYED_DOC,
                    schema = @Schema(type = SchemaType.BOOLEAN)),
            content = @Content(schema = @Schema(implementation = InboundResult.class)))
    @APIResponse(responseCode = "200", description = "Already stored (same providerMessageId)",
            content = @Content(schema = @Schema(implementation = InboundResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. sentAt in the future")
    @APIResponse(responseCode = "403", description = "Only supervisor-role accounts may deliver messages")
    @APIResponse(responseCode = "404", description = "channelId is not a channel of your company")
    @APIResponse(responseCode = "409", description = "The first request with this Idempotency-Key is still in flight (request-in-flight)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another message (idempotency-key-reused)")
    public Response receive(@Parameter(description = IdempotencyKeys.HEADER_DOC, example = "3f0c7a52-5d7e-4f7e-9b0e-2a1f8e6c9d10")
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                            @NotNull @Valid InboundMessage message) {
        // providerMessageId already makes a provider's redelivery harmless; the key covers messages without one
        return keys.once(caller.tenantId(), caller.userId(), IdempotencyKeys.validKey(idempotencyKey),
                keys.hash("inbound", message), () -> {
                    InboundService.Outcome outcome = inbound.receive(caller, message);
                    return new IdempotencyKeys.Result(outcome.replayed() ? 200 : 201, outcome.result(), null);
                }).http();
    }
}
