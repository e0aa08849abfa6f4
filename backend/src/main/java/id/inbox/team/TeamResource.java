package id.inbox.team;

import id.inbox.auth.Caller;
import id.inbox.auth.Role;
import id.inbox.team.TeamDtos.CreateUserRequest;
import id.inbox.team.TeamDtos.UpdateUserRequest;
import id.inbox.team.TeamDtos.UserList;
import id.inbox.team.TeamDtos.UserView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/users")
@Tag(name = "Team", description = "Users of your company and API keys for integrations (supervisors)")
@RolesAllowed(Role.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {

    private final Caller caller;
    private final TeamService team;

    TeamResource(Caller caller, TeamService team) {
        this.caller = caller;
        this.team = team;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "Everyone in your company, active first")
    @APIResponse(responseCode = "200", description = "The users", content = @Content(schema = @Schema(implementation = UserList.class)))
    public UserList list() {
        return new UserList(team.list(person()));
    }

    @POST
    @Operation(operationId = "createUser", summary = "Add an agent or supervisor with an initial password")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a weak password (code weak-password)")
    @APIResponse(responseCode = "409", description = "The username is taken (code username-taken)")
    public Response create(@NotNull @Valid CreateUserRequest request) {
        return Response.status(201).entity(team.create(person(), request)).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Rename, change the role, deactivate or reactivate",
            description = "Deactivating ends the user's sessions on their next request; their rooms keep them as assignee.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "422", description = "Your own role or active flag (code cannot-change-own-account)")
    public UserView update(@PathParam("id") long id, @NotNull @Valid UpdateUserRequest request) {
        return team.update(person(), id, request);
    }

    private Caller person() {
        return caller.signedInPerson("manage the team");
    }
}
