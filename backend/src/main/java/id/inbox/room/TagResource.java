package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.room.RoomDtos.TagView;
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

@Path("/api/v1/tags")
@Tag(name = "Reference data")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    @Schema(name = "TagList")
    public record TagList(@Schema(required = true) List<TagView> items) {
    }

    private final Caller caller;
    private final TagService tags;

    TagResource(Caller caller, TagService tags) {
        this.caller = caller;
        this.tags = tags;
    }

    @GET
    @Operation(operationId = "listTags", summary = "Tags of your company")
    @APIResponse(responseCode = "200", description = "The tags", content = @Content(schema = @Schema(implementation = TagList.class)))
    public TagList list() {
        return new TagList(tags.list(caller.tenantId()));
    }
}
