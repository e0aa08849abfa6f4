package id.inbox.channel;

import id.inbox.auth.Caller;
import id.inbox.auth.Role;
import id.inbox.channel.ChannelDtos.AccessTokenRequest;
import id.inbox.channel.ChannelDtos.ChannelList;
import id.inbox.channel.ChannelDtos.ConnectChannelRequest;
import id.inbox.channel.ChannelDtos.ConnectedChannel;
import id.inbox.channel.ChannelDtos.ConnectedChannelList;
import id.inbox.channel.ChannelDtos.WabaIdRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/channels")
@Tag(name = "Reference data")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
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

    @GET
    @Path("/connections")
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(operationId = "listChannelConnections", summary = "Every channel with how it is connected (supervisors)",
            description = "Also disconnected channels, for the settings screen. Access tokens are never returned.")
    @APIResponse(responseCode = "200", description = "The channels", content = @Content(schema = @Schema(implementation = ConnectedChannelList.class)))
    public ConnectedChannelList connections() {
        return new ConnectedChannelList(channels.connections(caller.tenantId()));
    }

    @POST
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(operationId = "connectChannel", summary = "Connect a WhatsApp Cloud number (supervisors)",
            description = "The channel's external id is the phoneNumberId. The access token is stored encrypted and never "
                    + "returned. A number disconnected earlier is connected again on its old channel (its rooms continue).")
    @APIResponse(responseCode = "201", description = "Connected", content = @Content(schema = @Schema(implementation = ConnectedChannel.class)))
    @APIResponse(responseCode = "409", description = "The number is already connected (channel-already-connected)")
    public Response connect(@NotNull @Valid ConnectChannelRequest request) {
        return Response.status(201).entity(channels.connect(caller, request)).build();
    }

    @PUT
    @Path("/{channelId}/access-token")
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(operationId = "replaceChannelAccessToken", summary = "Replace a connected number's access token (supervisors)")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ConnectedChannel.class)))
    @APIResponse(responseCode = "422", description = "Not a connected WhatsApp Cloud channel (not-a-cloud-channel)")
    public ConnectedChannel replaceToken(@PathParam("channelId") long channelId, @NotNull @Valid AccessTokenRequest request) {
        return channels.replaceToken(caller, channelId, request.accessToken());
    }

    @PUT
    @Path("/{channelId}/waba-id")
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(operationId = "setChannelWabaId", summary = "Set a connected number's WhatsApp Business Account id (supervisors)",
            description = "Needed to sync the number's templates.")
    @APIResponse(responseCode = "200", description = "Set", content = @Content(schema = @Schema(implementation = ConnectedChannel.class)))
    @APIResponse(responseCode = "422", description = "Not a connected WhatsApp Cloud channel (not-a-cloud-channel)")
    public ConnectedChannel setWabaId(@PathParam("channelId") long channelId, @NotNull @Valid WabaIdRequest request) {
        return channels.setWabaId(caller, channelId, request.wabaId());
    }

    @DELETE
    @Path("/{channelId}")
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(operationId = "disconnectChannel", summary = "Disconnect a channel (supervisors)",
            description = "The channel becomes inactive and its access token is deleted; messages still queued for it fail "
                    + "with the reason CHANNEL_DISCONNECTED, and replies to its rooms are refused (422 channel-disconnected). Rooms and "
                    + "messages stay. Repeating it changes nothing.")
    @APIResponse(responseCode = "204", description = "Disconnected")
    public Response disconnect(@PathParam("channelId") long channelId) {
        channels.disconnect(caller, channelId);
        return Response.noContent().build();
    }
}
