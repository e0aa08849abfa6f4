package id.inbox.channel;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.inbox.auth.Caller;
import id.inbox.common.Db;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/channels")
@Tag(name = "Reference data")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ChannelResource {

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

    private final Caller caller;
    private final Db db;

    ChannelResource(Caller caller, Db db) {
        this.caller = caller;
        this.db = db;
    }

    @GET
    @Operation(operationId = "listChannels", summary = "Channels of your company")
    @APIResponse(responseCode = "200", description = "The channels", content = @Content(schema = @Schema(implementation = ChannelList.class)))
    public ChannelList list() {
        return new ChannelList(db.list("select id, kind, name, window_minutes from channel where tenant_id = ? and active"
                        + " order by kind, lower(name), id",
                rs -> new ChannelView(rs.getLong(1), ChannelKind.valueOf(rs.getString(2)), rs.getString(3),
                        (Integer) rs.getObject(4)), caller.tenantId()));
    }
}
