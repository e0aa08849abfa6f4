package id.inbox.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @Schema(required = true, examples = "agent1@nusantara.test") @NotBlank @Size(max = 254) String username,
            @Schema(required = true, examples = "inbox-demo") @NotBlank @Size(max = 200) String password) {
    }

    @Schema(name = "LoginResponse")
    public record LoginResponse(
            @Schema(required = true, description = "RS256 JWT; send it as 'Authorization: Bearer <token>'") String accessToken,
            @Schema(required = true, examples = "Bearer") String tokenType,
            @Schema(required = true) OffsetDateTime expiresAt,
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
            return new CurrentUser(user.id, user.displayName, user.username, user.role,
                    new TenantRef(user.tenant.id, user.tenant.name));
        }
    }

    @Schema(name = "TenantRef")
    public record TenantRef(@Schema(required = true) long id, @Schema(required = true) String name) {
    }
}
