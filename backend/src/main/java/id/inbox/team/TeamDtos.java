package id.inbox.team;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.auth.Passwords;
import id.inbox.auth.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TeamDtos {

    private TeamDtos() {
    }

    @Schema(name = "User", description = "A person of your company who signs in to the inbox")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record UserView(
            @Schema(required = true, examples = "2") long id,
            @Schema(required = true, examples = "Budi Santoso") String name,
            @Schema(required = true, examples = "agent1@nusantara.test") String username,
            @Schema(required = true) Role role,
            @Schema(required = true, description = "Deactivated users cannot sign in; their rooms keep them as assignee") boolean active,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true, nullable = true, description = "Last sign-in or session refresh (within about 15 minutes)")
            Instant lastActiveAt) {
    }

    @Schema(name = "UserList")
    public record UserList(@Schema(required = true) List<UserView> items) {
    }

    @Schema(name = "CreateUserRequest")
    public record CreateUserRequest(
            @Schema(required = true, description = "E-mail address, the sign-in name", examples = "sari@nusantara.test", maxLength = 254)
            @NotBlank @Email @Size(max = 254) String username,
            @Schema(required = true, examples = "Sari Wulandari", maxLength = 200)
            @NotBlank @Size(max = 200) String name,
            @Schema(required = true) @NotNull Role role,
            @Schema(required = true, description = "Initial password: at least 10 characters, not a common one. Tell it to "
                    + "the person, who can change it after signing in.", minLength = Passwords.MIN_LENGTH, maxLength = 200,
                    examples = "teh-manis-pagi-hari")
            @NotNull @Size(max = Passwords.MAX_LENGTH) String password) {
    }

    @Schema(name = "UpdateUserRequest", description = "Only the fields given change")
    public record UpdateUserRequest(
            @Schema(examples = "Sari W.", maxLength = 200)
            @Size(min = 1, max = 200) String name,
            Role role,
            @Schema(description = "false deactivates: the user's sessions end on their next request") Boolean active) {
    }

    @Schema(name = "Agent")
    public record Agent(@Schema(required = true) long id, @Schema(required = true, examples = "Budi Santoso") String name,
                        @Schema(required = true) String username, @Schema(required = true) Role role) {
    }

    @Schema(name = "AgentList")
    public record AgentList(@Schema(required = true) List<Agent> items) {
    }
}
