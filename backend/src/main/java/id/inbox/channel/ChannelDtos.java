package id.inbox.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ChannelDtos {

    private ChannelDtos() {
    }

    @Schema(name = "Channel")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChannelView(
            @Schema(required = true) long id,
            @Schema(required = true) ChannelKind kind,
            @Schema(required = true, examples = "WhatsApp Toko Nusantara") String name,
            @Schema(required = true, nullable = true, description = "Reply window in minutes; null: no window, always OPEN",
                    examples = "1440") Integer windowMinutes) {
    }

    @Schema(name = "ChannelList")
    public record ChannelList(@Schema(required = true) List<ChannelView> items) {
    }

    @Schema(name = "ConnectChannelRequest", description = "A WhatsApp Business Cloud number to connect. The access token is "
            + "write-only: it is stored encrypted and never returned.")
    public record ConnectChannelRequest(
            @Schema(required = true, description = "Only WHATSAPP numbers (WhatsApp Cloud API) can be connected through the API")
            @NotNull ChannelKind kind,
            @Schema(required = true, examples = "WhatsApp Toko Nusantara") @NotBlank @Size(max = 200) String name,
            @Schema(required = true, description = "The number's phone-number id in Meta's WhatsApp Manager (not the phone number)",
                    examples = "106540352242922")
            @NotNull @Pattern(regexp = "[0-9]{1,30}", message = "must be the numeric phone-number id") String phoneNumberId,
            @Schema(required = true, description = "A system-user access token with whatsapp_business_messaging permission; write-only",
                    examples = "EAAG...")
            @NotBlank @Size(max = 4096) @Pattern(regexp = "\\S+", message = "must not contain spaces") String accessToken,
            @Schema(description = "The WhatsApp Business Account id (for syncing templates)", examples = "102290129340398")
            @Pattern(regexp = "[0-9]{1,30}", message = "must be the numeric WhatsApp Business Account id") String wabaId) {
    }

    @Schema(name = "AccessTokenRequest")
    public record AccessTokenRequest(
            @Schema(required = true, description = "The new access token; write-only", examples = "EAAG...")
            @NotBlank @Size(max = 4096) @Pattern(regexp = "\\S+", message = "must not contain spaces") String accessToken) {
    }

    /** How a channel sends: through the local sandbox gateway (demo channels) or Meta's WhatsApp Cloud API. */
    public enum ChannelProvider { SANDBOX, WHATSAPP_CLOUD }

    @Schema(name = "ConnectedChannel", description = "A channel and how it is connected (supervisors); the access token is "
            + "never returned")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ConnectedChannel(
            @Schema(required = true) long id,
            @Schema(required = true) ChannelKind kind,
            @Schema(required = true, examples = "WhatsApp Toko Nusantara") String name,
            @Schema(required = true) ChannelProvider provider,
            @Schema(required = true, nullable = true, description = "The WhatsApp phone-number id (null for other networks)",
                    examples = "106540352242922") String phoneNumberId,
            @Schema(required = true, nullable = true, description = "The WhatsApp Business Account id (Cloud numbers while connected)",
                    examples = "102290129340398") String wabaId,
            @Schema(required = true, nullable = true, examples = "1440") Integer windowMinutes,
            @Schema(required = true, description = "false once disconnected") boolean active,
            @Schema(required = true, description = "When the channel was (last) connected") Instant connectedAt,
            @Schema(required = true, nullable = true, description = "When it was disconnected; null while connected") Instant disconnectedAt,
            @Schema(required = true, nullable = true, description = "When the access token was last set (Cloud numbers while connected)")
            Instant tokenUpdatedAt,
            @Schema(required = true, nullable = true, description = "When its templates were last synced from WhatsApp")
            Instant templatesSyncedAt) {
    }

    @Schema(name = "ConnectedChannelList")
    public record ConnectedChannelList(@Schema(required = true) List<ConnectedChannel> items) {
    }

    @Schema(name = "WabaIdRequest")
    public record WabaIdRequest(
            @Schema(required = true, description = "The WhatsApp Business Account id the number belongs to", examples = "102290129340398")
            @NotNull @Pattern(regexp = "[0-9]{1,30}", message = "must be the numeric WhatsApp Business Account id") String wabaId) {
    }
}
