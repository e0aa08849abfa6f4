package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.message.MessageDtos.MessageView;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/messages/{messageId}/retry")
@Tag(name = "Messages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MessageRetryResource {

    private final Caller caller;
    private final OutboundMessages outbound;

    MessageRetryResource(Caller caller, OutboundMessages outbound) {
        this.caller = caller;
        this.outbound = outbound;
    }

    @POST
    @Operation(operationId = "retryMessage", summary = "Send a failed message again",
            description = "Queues a FAILED outbound message again (deliveryStatus QUEUED, failure cleared), under the rules of "
                    + "sending it: you may write to the room, free text only while the session window is open (templates "
                    + "always), the channel is connected. Repeating it while the message is queued changes nothing, so a "
                    + "double click sends it once.")
    @APIResponse(responseCode = "200", description = "The message, queued", content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "409", description = "The message is not a failed outbound message (message-not-retryable)")
    @APIResponse(responseCode = "422", description = "The session window has closed (window-expired) or the channel was "
            + "disconnected (channel-disconnected)")
    public MessageView retry(@PathParam("messageId") long messageId) {
        return outbound.retry(caller, messageId);
    }
}
