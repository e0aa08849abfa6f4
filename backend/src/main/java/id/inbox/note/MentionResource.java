package id.inbox.note;

import id.inbox.auth.Caller;
import id.inbox.common.Cursor;
import id.inbox.common.QueryParams;
import id.inbox.note.NoteDtos.MentionPage;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mentions")
@Tag(name = "Notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MentionResource {

    private final Caller caller;
    private final Mentions mentions;

    MentionResource(Caller caller, Mentions mentions) {
        this.caller = caller;
        this.mentions = mentions;
    }

    @GET
    @Operation(operationId = "listMentions", summary = "Your mentions, newest first",
            description = "The private notes that mentioned you, read and unread, with how many are unread. Pages by keyset: "
                    + "pass nextCursor for older mentions. Open one at GET /api/v1/rooms/{roomId}/messages?around={messageId}.")
    @APIResponse(responseCode = "200", description = "A page of mentions",
            content = @Content(schema = @Schema(implementation = MentionPage.class)))
    public MentionPage list(@Parameter(description = "Page size, 1 to 100 (default 20)",
                                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                            @QueryParam("limit") String limit,
                            @Parameter(description = "nextCursor of a previous page",
                                    schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH))
                            @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        int pageSize = params.limit(limit, 20, 100);
        params.validate();
        return mentions.page(caller, pageSize, cursor);
    }

    @POST
    @Path("/{mentionId}/read")
    @Operation(operationId = "markMentionRead", summary = "Mark one of your mentions read")
    @APIResponse(responseCode = "204", description = "Read (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such mention of yours")
    public void markRead(@PathParam("mentionId") long mentionId) {
        mentions.markRead(caller, mentionId);
    }

    @POST
    @Path("/read")
    @Operation(operationId = "markAllMentionsRead", summary = "Mark all your mentions read")
    @APIResponse(responseCode = "204", description = "Every mention of yours is read")
    public void markAllRead() {
        mentions.markAllRead(caller);
    }
}
