package id.inbox.auth.apikey;

import id.inbox.auth.Caller;
import id.inbox.auth.Role;
import id.inbox.auth.apikey.ApiKeyDtos.ApiKeyList;
import id.inbox.auth.apikey.ApiKeyDtos.CreateApiKeyRequest;
import id.inbox.auth.apikey.ApiKeyDtos.CreatedApiKey;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

@Path("/api/v1/api-keys")
@Tag(name = "Team", description = "Users of your company and API keys for integrations (supervisors)")
@RolesAllowed(Role.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiKeyResource {

    private final Caller caller;
    private final ApiKeys keys;

    ApiKeyResource(Caller caller, ApiKeys keys) {
        this.caller = caller;
        this.keys = keys;
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "API keys of your company, newest first, revoked ones included")
    @APIResponse(responseCode = "200", description = "The keys", content = @Content(schema = @Schema(implementation = ApiKeyList.class)))
    public ApiKeyList list() {
        return new ApiKeyList(keys.list(personOnly()));
    }

    @POST
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "The key is in this response only: store it. It acts with supervisor rights in your company, "
                    + "as a service account named after the key, wherever an access token is accepted.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = CreatedApiKey.class)))
    @APIResponse(responseCode = "422", description = "Too many active keys (code too-many-api-keys)")
    public Response create(@NotNull @Valid CreateApiKeyRequest request) {
        return Response.status(201).entity(keys.create(personOnly(), request.name().strip())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "The next request made with it is answered 401 (code api-key-revoked). Revoking twice is harmless.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") long id) {
        keys.revoke(personOnly(), id);
    }

    private Caller personOnly() {
        return caller.signedInPerson("manage API keys");
    }
}
