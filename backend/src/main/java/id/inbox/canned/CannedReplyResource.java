package id.inbox.canned;

import id.inbox.auth.Caller;
import id.inbox.canned.CannedReplyDtos.CannedReplyPage;
import id.inbox.canned.CannedReplyDtos.CannedReplyView;
import id.inbox.canned.CannedReplyDtos.CreateCannedReplyRequest;
import id.inbox.canned.CannedReplyDtos.UpdateCannedReplyRequest;
import id.inbox.common.Cursor;
import id.inbox.common.QueryParams;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/canned-replies")
@Tag(name = "Canned replies", description = "Saved replies inserted into the composer with / and a shortcut: company-wide ones "
        + "(kept by supervisors) and each person's personal ones")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedReplyResource {

    static final int MAX_QUERY_LENGTH = 100;

    private final Caller caller;
    private final CannedReplyService replies;

    CannedReplyResource(Caller caller, CannedReplyService replies) {
        this.caller = caller;
        this.replies = replies;
    }

    @GET
    @Operation(operationId = "listCannedReplies", summary = "The canned replies you may use",
            description = "The company-wide replies and your own personal ones (never a colleague's), by shortcut, one keyset "
                    + "page at a time: pass nextCursor as cursor for the next.")
    @APIResponse(responseCode = "200", description = "The replies", content = @Content(schema = @Schema(implementation = CannedReplyPage.class)))
    public CannedReplyPage list(
            @Parameter(description = "What follows / in the composer: replies whose shortcut starts with it, or whose text has "
                    + "every word of it as the start of a word (case- and accent-insensitive, literal)", example = "salam",
                    schema = @Schema(type = SchemaType.STRING, maxLength = MAX_QUERY_LENGTH))
            @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH))
            @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        String text = params.text("q", q, MAX_QUERY_LENGTH);
        int pageSize = params.limit(limit, 50, 100);
        params.validate();
        return replies.list(caller, text, pageSize, cursor == null || cursor.isBlank() ? null : cursor);
    }

    @POST
    @Operation(operationId = "createCannedReply", summary = "Save a canned reply",
            description = "Anyone saves personal replies; company-wide ones are for supervisors.")
    @APIResponse(responseCode = "201", description = "Saved", content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @APIResponse(responseCode = "403", description = "An agent saving a company-wide reply (company-reply-supervisors-only)")
    @APIResponse(responseCode = "409", description = "The shortcut is taken in that scope (shortcut-taken)")
    public Response create(@NotNull @Valid CreateCannedReplyRequest request) {
        return Response.status(201).entity(replies.create(caller, request)).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateCannedReply", summary = "Change a canned reply's shortcut or text",
            description = "Your own personal replies; company-wide ones for supervisors. A colleague's personal reply is 404.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = CannedReplyView.class)))
    @APIResponse(responseCode = "403", description = "An agent changing a company-wide reply (company-reply-supervisors-only)")
    @APIResponse(responseCode = "409", description = "The shortcut is taken in that scope (shortcut-taken)")
    public CannedReplyView update(@PathParam("id") long id, @NotNull @Valid UpdateCannedReplyRequest request) {
        return replies.update(caller, id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCannedReply", summary = "Delete a canned reply",
            description = "Your own personal replies; company-wide ones for supervisors. A colleague's personal reply is 404.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "An agent deleting a company-wide reply (company-reply-supervisors-only)")
    public Response delete(@PathParam("id") long id) {
        replies.delete(caller, id);
        return Response.noContent().build();
    }
}
