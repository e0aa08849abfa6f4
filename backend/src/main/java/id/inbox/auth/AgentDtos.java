package id.inbox.auth;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AgentDtos {

    private AgentDtos() {
    }

    @Schema(name = "Agent")
    public record Agent(@Schema(required = true) long id, @Schema(required = true, examples = "Budi Santoso") String name,
                        @Schema(required = true) String username, @Schema(required = true) Role role) {
    }

    @Schema(name = "AgentList")
    public record AgentList(@Schema(required = true) List<Agent> items) {
    }
}
