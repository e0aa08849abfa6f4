package id.inbox.channel;

import id.inbox.auth.Caller;
import id.inbox.channel.ChannelDtos.ChannelList;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/channels")
@Tag(name = "Reference data")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

    private final Caller caller;
    private final ChannelService channels;

    ChannelResource(Caller caller, ChannelService channels) {
        this.caller = caller;
        this.channels = channels;
    }

    @GET
    @Operation(operationId = "listChannels", summary = "Channels of your company")
    @APIResponse(responseCode = "200", description = "The channels", content = @Content(schema = @Schema(implementation = ChannelList.class)))
    public ChannelList list() {
        return new ChannelList(channels.list(caller.tenantId()));
    }
}
