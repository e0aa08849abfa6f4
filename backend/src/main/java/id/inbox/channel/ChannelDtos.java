package id.inbox.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
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
}
