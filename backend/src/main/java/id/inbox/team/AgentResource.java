package id.inbox.team;

import id.inbox.auth.Caller;
import id.inbox.team.TeamDtos.AgentList;
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

@Path("/api/v1/agents")
@Tag(name = "Reference data", description = "Agents, tags, channels and templates of your company")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AgentResource {

    private final Caller caller;
    private final TeamService team;

    AgentResource(Caller caller, TeamService team) {
        this.caller = caller;
        this.team = team;
    }

    @GET
    @Operation(operationId = "listAgents", summary = "Active agents and supervisors", description = "Those a room can be assigned to.")
    @APIResponse(responseCode = "200", description = "The users", content = @Content(schema = @Schema(implementation = AgentList.class)))
    public AgentList list() {
        return new AgentList(team.agents(caller.tenantId()));
    }
}
