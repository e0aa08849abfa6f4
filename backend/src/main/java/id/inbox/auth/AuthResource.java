package id.inbox.auth;

import id.inbox.auth.AuthDtos.CurrentUser;
import id.inbox.auth.AuthDtos.LoginRequest;
import id.inbox.auth.AuthDtos.LoginResponse;
import id.inbox.common.Problem;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Auth", description = "Log in and find out who you are")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final Caller caller;

    AuthResource(AuthService auth, Caller caller) {
        this.auth = auth;
        this.caller = caller;
    }

    @POST
    @Path("/auth/login")
    @Operation(operationId = "login", summary = "Log in with username and password",
            description = "Returns an access token. Demo logins: agent1@nusantara.test / inbox-demo. "
                    + "Repeated failures for one username are throttled.")
    @APIResponse(responseCode = "200", description = "Logged in",
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password (code invalid-credentials)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The account is deactivated (code account-inactive)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts (code too-many-attempts)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LoginResponse login(@NotNull @Valid LoginRequest request) {
        return auth.login(request);
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getCurrentUser", summary = "The logged-in user and their company")
    @APIResponse(responseCode = "200", description = "The current user",
            content = @Content(schema = @Schema(implementation = CurrentUser.class)))
    public CurrentUser me() {
        return auth.currentUser(caller);
    }
}
