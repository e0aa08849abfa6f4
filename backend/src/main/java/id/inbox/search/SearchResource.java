package id.inbox.search;

import id.inbox.auth.Caller;
import id.inbox.common.Cursor;
import id.inbox.common.QueryParams;
import id.inbox.search.SearchDtos.MessageHitPage;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

@Path("/api/v1/search")
@Tag(name = "Search", description = "Search conversations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_QUERY_LENGTH = 200;

    private final Caller caller;
    private final MessageSearch search;

    SearchResource(Caller caller, MessageSearch search) {
        this.caller = caller;
        this.search = search;
    }

    @GET
    @Path("/messages")
    @Operation(operationId = "searchMessages", summary = "Search message text",
            description = "Every word must occur (case- and accent-insensitive); the text is literal, operators have no meaning. "
                    + "Best matches first, then newest. Each hit has a highlighted snippet and its room, to open it at the message "
                    + "(GET /rooms/{roomId}/messages?around={messageId}).")
    @APIResponse(responseCode = "200", description = "Matching messages", content = @Content(schema = @Schema(implementation = MessageHitPage.class)))
    public MessageHitPage messages(
            @Parameter(required = true, description = "Words to find", example = "pesanan belum sampai",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = MAX_QUERY_LENGTH))
            @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH))
            @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        String text = params.text("q", q, MAX_QUERY_LENGTH);
        if (text == null && (q == null || q.length() <= MAX_QUERY_LENGTH)) {
            params.error("q", "must not be blank");
        }
        int pageSize = params.limit(limit, 20, 100);
        params.validate();
        return search.search(caller, text, pageSize, cursor == null || cursor.isBlank() ? null : cursor);
    }
}
