package id.inbox.message;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class InboundDtos {

    private InboundDtos() {
    }

    @Schema(name = "InboundMessage", description = "A customer's message, as a channel integration delivers it")
    public record InboundMessage(
            @Schema(required = true, examples = "1") @NotNull @Positive Long channelId,
            @Schema(required = true) @NotNull @Valid InboundContact contact,
            @Schema(required = true, examples = "Halo kak, pesanan saya ORD-482913 belum sampai") @NotBlank @Size(max = 4096) String text,
            @Schema(description = "When the customer sent it (default now); never in the future") OffsetDateTime sentAt,
            @Schema(description = "The provider's id of the message; a repeated id is stored once", examples = "wamid.HBgL...")
            @Size(max = 200) String providerMessageId) {
    }

    @Schema(name = "InboundContact")
    public record InboundContact(
            @Schema(required = true, description = "Your id of the customer (phone number, handle, …)", examples = "6281234567890")
            @NotBlank @Size(max = 200) String externalId,
            @Schema(examples = "Siti Rahmawati") @Size(max = 200) String name,
            @Schema(description = "Any common form: 0812…, 62812…, +62 812-…", examples = "+62 812-3456-7890")
            @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 ().\\-]{6,30}$", message = "must be a phone number") String phone,
            @Schema(examples = "https://example.com/avatar.png")
            @Size(max = 2000) @Pattern(regexp = "^(https?://|/)\\S+$", message = "must be an http(s) URL") String avatarUrl) {
    }

    @Schema(name = "InboundResult")
    public record InboundResult(
            @Schema(required = true) long roomId,
            @Schema(required = true) long messageId,
            @Schema(required = true, description = "Whether this message reopened a resolved room") boolean reopened) {
    }
}
