package id.inbox.auth;

import id.inbox.common.Db;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agents")
@Tag(name = "Reference data", description = "Agents, tags, channels and templates of your company")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {

    @Schema(name = "Agent")
    public record Agent(@Schema(required = true) long id, @Schema(required = true, examples = "Budi Santoso") String name,
                        @Schema(required = true) String username, @Schema(required = true) Role role) {
    }

    @Schema(name = "AgentList")
    public record AgentList(@Schema(required = true) List<Agent> items) {
    }

    private final Caller caller;
    private final Db db;

    AgentResource(Caller caller, Db db) {
        this.caller = caller;
        this.db = db;
    }

    @GET
    @Operation(operationId = "listAgents", summary = "Active agents and supervisors", description = "Those a room can be assigned to.")
    @APIResponse(responseCode = "200", description = "The users", content = @Content(schema = @Schema(implementation = AgentList.class)))
    public AgentList list() {
        return new AgentList(db.list("select id, display_name, username, role from app_user where tenant_id = ? and active and kind = 'person'"
                        + " order by lower(display_name), id",
                rs -> new Agent(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4))),
                caller.tenantId()));
    }
}
