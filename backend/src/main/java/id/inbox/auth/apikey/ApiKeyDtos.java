package id.inbox.auth.apikey;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.room.RoomDtos.UserRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ApiKeyDtos {

    private ApiKeyDtos() {
    }

    @Schema(name = "ApiKey", description = "An API key; the secret itself is shown only once, when it is created")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ApiKeyView(
            @Schema(required = true, examples = "3") long id,
            @Schema(required = true, examples = "Order system") String name,
            @Schema(required = true, description = "The start of the key, to recognise it", examples = "inbx_k3v9x2qa") String prefix,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) UserRef createdBy,
            @Schema(required = true, nullable = true, description = "Last request made with the key (to the minute)") Instant lastUsedAt,
            @Schema(required = true, nullable = true, description = "When it was revoked; null while it works") Instant revokedAt) {
    }

    @Schema(name = "ApiKeyList")
    public record ApiKeyList(@Schema(required = true) List<ApiKeyView> items) {
    }

    @Schema(name = "CreateApiKeyRequest")
    public record CreateApiKeyRequest(
            @Schema(required = true, examples = "Order system", maxLength = 100)
            @NotBlank @Size(max = 100)
            String name) {
    }

    @Schema(name = "CreatedApiKey")
    public record CreatedApiKey(
            @Schema(required = true) ApiKeyView apiKey,
            @Schema(required = true, description = "The key: send it as 'Authorization: Bearer <key>'. Shown only now; store it safely.",
                    examples = "inbx_k3v9x2qa_Q2hhbmdlIG1lIGluIHByb2R1Y3Rpb24gcGxlYXNlIG9rPz8") String key) {
    }
}
