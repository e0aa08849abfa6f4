package id.inbox.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @Schema(required = true, examples = "agent1@nusantara.test", maxLength = 254)
            @NotBlank @Size(max = 254) String username,
            @Schema(required = true, examples = "inbox-demo", maxLength = 200)
            @NotBlank @Size(max = Passwords.MAX_LENGTH) String password) {
    }

    @Schema(name = "LoginResponse", description = "An access token; the refresh token is set as the HttpOnly cookie "
            + "inbox_refresh (path /api/v1/auth), never in the body")
    public record LoginResponse(
            @Schema(required = true, description = "RS256 JWT; send it as 'Authorization: Bearer <token>'. Short-lived: "
                    + "renew it with POST /api/v1/auth/refresh") String accessToken,
            @Schema(required = true, examples = "Bearer") String tokenType,
            @Schema(required = true, description = "When the access token stops being accepted") OffsetDateTime expiresAt,
            @Schema(required = true) CurrentUser user) {
    }

    @Schema(name = "CurrentUser", description = "The logged-in user and their company")
    public record CurrentUser(
            @Schema(required = true) long id,
            @Schema(required = true) String name,
            @Schema(required = true) String username,
            @Schema(required = true) Role role,
            @Schema(required = true) TenantRef tenant) {

        static CurrentUser of(AppUser user) {
            return new CurrentUser(user.id(), user.displayName(), user.username(), user.role(),
                    new TenantRef(user.tenantId(), user.tenantName()));
        }
    }

    @Schema(name = "TenantRef")
    public record TenantRef(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "ChangePasswordRequest")
    public record ChangePasswordRequest(
            @Schema(required = true, maxLength = 200) @NotNull @Size(max = Passwords.MAX_LENGTH) String currentPassword,
            @Schema(required = true, minLength = Passwords.MIN_LENGTH, maxLength = 200,
                    description = "At least 10 characters, not a common password, not containing the username",
                    examples = "kopi-susu-gula-aren")
            @NotNull @Size(max = Passwords.MAX_LENGTH) String newPassword) {
    }
}
