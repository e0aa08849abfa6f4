package id.inbox.template;

import id.inbox.auth.Caller;
import id.inbox.auth.Role;
import id.inbox.template.TemplateDtos.TemplateSyncResult;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/channels/{channelId}/template-sync")
@Tag(name = "Templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TemplateSyncResource {

    private final Caller caller;
    private final TemplateSync sync;

    TemplateSyncResource(Caller caller, TemplateSync sync) {
        this.caller = caller;
        this.sync = sync;
    }

    @POST
    @RolesAllowed(Role.SUPERVISOR)
    @Operation(operationId = "syncTemplates", summary = "Sync a WhatsApp Cloud number's approved templates (supervisors)",
            description = "Reads the templates of the number's WhatsApp Business Account from the Graph API (every page) and "
                    + "stores the approved ones; templates of the channel WhatsApp no longer lists as approved become DISABLED "
                    + "and cannot be sent (they stay, messages reference them). Approved templates that need values the inbox "
                    + "cannot send (media headers, header or button variables, named parameters) are listed as skipped. "
                    + "Repeating it changes nothing when nothing changed on WhatsApp.")
    @APIResponse(responseCode = "200", description = "Synced", content = @Content(schema = @Schema(implementation = TemplateSyncResult.class)))
    @APIResponse(responseCode = "404", description = "No such channel in your company")
    @APIResponse(responseCode = "422", description = "A sandbox channel (not-a-cloud-channel), no WABA id (waba-id-missing), "
            + "disconnected (channel-disconnected), WhatsApp rejected the access token (graph-token-rejected: replace it) or "
            + "refused the request (graph-request-rejected), or the stored token cannot be read (access-token-unreadable)")
    @APIResponse(responseCode = "502", description = "The Graph API could not be reached or failed (graph-unavailable)")
    public TemplateSyncResult sync(@PathParam("channelId") long channelId) {
        return sync.sync(caller, channelId);
    }
}
