package id.inbox.template;

import id.inbox.auth.Caller;
import id.inbox.common.PositiveId;
import id.inbox.common.Problem;
import id.inbox.common.QueryParams;
import id.inbox.template.TemplateDtos.TemplateList;
import id.inbox.template.TemplateDtos.TemplateStatus;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/templates")
@Tag(name = "Templates", description = "Approved WhatsApp templates (HSM), the only messages allowed once a session window has closed")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final Caller caller;
    private final TemplateService templates;

    TemplateResource(Caller caller, TemplateService templates) {
        this.caller = caller;
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "listTemplates", summary = "Templates of your company")
    @APIResponse(responseCode = "200", description = "The templates", content = @Content(schema = @Schema(implementation = TemplateList.class)))
    public TemplateList list(
            @Parameter(description = "Only templates of this channel", schema = @Schema(implementation = PositiveId.class))
            @QueryParam("channelId") String channelId,
            @Parameter(description = "approved, pending, rejected or disabled (no longer approved on WhatsApp)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"approved", "pending", "rejected", "disabled"}))
            @QueryParam("status") String status) {
        QueryParams params = new QueryParams();
        Long channel = params.id("channelId", channelId);
        TemplateStatus wanted = params.oneOf("status", status, TemplateStatus.class, null);
        params.validate();
        return new TemplateList(templates.list(caller.tenantId(), channel, wanted));
    }
}
