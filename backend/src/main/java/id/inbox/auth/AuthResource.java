package id.inbox.auth;

import id.inbox.auth.AuthDtos.ChangePasswordRequest;
import id.inbox.auth.AuthDtos.CurrentUser;
import id.inbox.auth.AuthDtos.LoginRequest;
import id.inbox.auth.AuthDtos.LoginResponse;
import id.inbox.auth.session.RefreshCookie;
import id.inbox.common.ApiException;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Auth", description = "Sign in, keep the session alive, sign out, change your password")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final Caller caller;
    private final ClientAddress clientAddress;

    AuthResource(AuthService auth, Caller caller, ClientAddress clientAddress) {
        this.auth = auth;
        this.caller = caller;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/auth/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Sign in with username and password",
            description = "Starts a session: returns a short-lived access token and sets the refresh token as the HttpOnly "
                    + "cookie inbox_refresh (path /api/v1/auth). Demo logins: agent1@nusantara.test / inbox-demo. "
                    + "Failures are throttled per username and address, and per address across usernames. "
                    + "Integrations should use an API key instead of a person's password.")
    @APIResponse(responseCode = "200", description = "Signed in",
            headers = @Header(name = "Set-Cookie", description = "inbox_refresh=<refresh token>; Path=/api/v1/auth; HttpOnly; SameSite=Strict",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong username or password (code invalid-credentials)")
    @APIResponse(responseCode = "403", description = "The account is deactivated (code account-inactive)")
    @APIResponse(responseCode = "429", description = "Too many failed attempts (code too-many-attempts)",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Response login(@NotNull @Valid LoginRequest request, @Context HttpServerRequest http) {
        AuthService.SignedIn signedIn = auth.login(request, clientAddress.of(http), http.getHeader("User-Agent"));
        return signedIn(signedIn, http);
    }

    @POST
    @Path("/auth/refresh")
    @SecurityRequirements
    @Operation(operationId = "refresh", summary = "Renew the access token with the refresh cookie",
            description = "Exchanges the inbox_refresh cookie for a new access token and a new refresh cookie (rotation). "
                    + "A refresh token used again more than 10 seconds after its exchange ends the session (code "
                    + "refresh-token-reused); within those seconds (a parallel tab, an answer lost to a reload) it is "
                    + "exchanged again.")
    @APIResponse(responseCode = "200", description = "Renewed", content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "401", description = "No live session (code session-expired) or a replayed refresh token (code refresh-token-reused)")
    public Response refresh(@Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, description = "The refresh token")
                            @CookieParam(RefreshCookie.NAME) String refreshToken, @Context HttpServerRequest http) {
        try {
            return signedIn(auth.refresh(refreshToken), http);
        } catch (ApiException e) {
            if (e.status() == 401) {
                throw e.withCookie(RefreshCookie.cleared(http));
            }
            throw e;
        }
    }

    @POST
    @Path("/auth/logout")
    @SecurityRequirements
    @Operation(operationId = "logout", summary = "Sign out",
            description = "Ends the session named by the bearer token and/or the refresh cookie, and clears the cookie. "
                    + "Signing out twice, or with an expired token, is harmless.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout(@Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, description = "The refresh token")
                           @CookieParam(RefreshCookie.NAME) String refreshToken, @Context HttpServerRequest http) {
        auth.logout(currentSession(), Optional.ofNullable(refreshToken));
        return Response.noContent().cookie(RefreshCookie.cleared(http)).build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user and their company")
    @APIResponse(responseCode = "200", description = "The current user",
            content = @Content(schema = @Schema(implementation = CurrentUser.class)))
    public CurrentUser me() {
        return auth.currentUser(caller);
    }

    @PUT
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "changePassword", summary = "Change your password",
            description = "Needs the current password. Ends your other sessions (other browsers sign out on their next "
                    + "request); this one continues.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid fields, or a weak new password (code weak-password)")
    @APIResponse(responseCode = "422", description = "The current password is wrong (code wrong-password)")
    public void changePassword(@NotNull @Valid ChangePasswordRequest request) {
        auth.changePassword(caller.signedInPerson("change a password"), request);
    }

    private Optional<UUID> currentSession() {
        try {
            return caller.sessionId();
        } catch (SecurityException e) {
            return Optional.empty(); // an expired or dead token still signs out through the cookie
        }
    }

    private static Response signedIn(AuthService.SignedIn signedIn, HttpServerRequest http) {
        return Response.ok(signedIn.response())
                .cookie(RefreshCookie.of(signedIn.refreshToken(), signedIn.refreshLifetime(), http))
                .header("Cache-Control", "no-store")
                .build();
    }
}
