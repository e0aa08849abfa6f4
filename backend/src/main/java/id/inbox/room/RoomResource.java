package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.Cursor;
import id.inbox.common.PositiveId;
import id.inbox.common.QueryParams;
import id.inbox.room.RoomDtos.AssignRequest;
import id.inbox.room.RoomDtos.RoomCounts;
import id.inbox.room.RoomDtos.RoomPage;
import id.inbox.room.RoomDtos.RoomView;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/rooms")
@Tag(name = "Rooms", description = "The inbox: list, count, resolve, assign and tag conversations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    /** The values of the session query parameter, for the contract (parsed by hand, see QueryParams). */
    @Schema(name = "SessionFilter")
    enum SessionParam { open, expiring, expired }

    private static final String TAB_DOC = "Tab: all (default: rooms still being worked, unassigned and assigned), mine "
            + "(assigned to you, not resolved), unassigned, assigned, resolved. Resolved rooms are only on the resolved tab.";

    private final Caller caller;
    private final RoomQueries queries;
    private final RoomService rooms;

    RoomResource(Caller caller, RoomQueries queries, RoomService rooms) {
        this.caller = caller;
        this.queries = queries;
        this.rooms = rooms;
    }

    @GET
    @Operation(operationId = "listRooms", summary = "List rooms",
            description = "Rooms of your company, filtered and sorted, one keyset page at a time: pass nextCursor as cursor "
                    + "(with the same filters and sort) for the next page.")
    @APIResponse(responseCode = "200", description = "A page of rooms",
            content = @Content(schema = @Schema(implementation = RoomPage.class)))
    public RoomPage list(
            @Parameter(description = TAB_DOC,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"all", "mine", "unassigned", "assigned", "resolved"}))
            @QueryParam("status") String status,
            @Parameter(description = "Session states, any of (repeat the parameter)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 3, implementation = SessionParam.class))
            @QueryParam("session") List<String> session,
            @Parameter(description = "Assignee ids, any of (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = PositiveId.class))
            @QueryParam("agentId") List<String> agentId,
            @Parameter(description = "Tag ids, rooms carrying any of them (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = PositiveId.class))
            @QueryParam("tagId") List<String> tagId,
            @Parameter(description = "Channel ids, any of (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = PositiveId.class))
            @QueryParam("channelId") List<String> channelId,
            @Parameter(description = "Contact name (partial, case- and accent-insensitive) or phone in any form (0812…, 62812…, +62 812…)",
                    example = "0812", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("q") String q,
            @Parameter(description = "latest (default: last activity, newest first), oldest, deadline (window closing soonest first)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"latest", "oldest", "deadline"}))
            @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to 100 (default 50)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page", schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH))
            @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        RoomFilter filter = filter(params, status, session, agentId, tagId, channelId, q);
        RoomFilter.Sort order = params.oneOf("sort", sort, RoomFilter.Sort.class, RoomFilter.Sort.LATEST);
        int pageSize = params.limit(limit, 50, 100);
        params.validate();
        return queries.list(caller, filter, order, pageSize, cursor == null || cursor.isBlank() ? null : cursor);
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countRooms", summary = "Tab and session counts",
            description = "tabs are computed with every filter but status; sessions with every filter but session. "
                    + "Takes the same parameters as the room list.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = RoomCounts.class)))
    public RoomCounts counts(
            @Parameter(description = TAB_DOC,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"all", "mine", "unassigned", "assigned", "resolved"}))
            @QueryParam("status") String status,
            @Parameter(description = "Session states, any of (repeat the parameter)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 3, implementation = SessionParam.class))
            @QueryParam("session") List<String> session,
            @Parameter(description = "Assignee ids, any of (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = PositiveId.class))
            @QueryParam("agentId") List<String> agentId,
            @Parameter(description = "Tag ids, rooms carrying any of them (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = PositiveId.class))
            @QueryParam("tagId") List<String> tagId,
            @Parameter(description = "Channel ids, any of (repeat the parameter for several)",
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = PositiveId.class))
            @QueryParam("channelId") List<String> channelId,
            @Parameter(description = "Contact name or phone, as for the room list", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
            @QueryParam("q") String q) {
        QueryParams params = new QueryParams();
        RoomFilter filter = filter(params, status, session, agentId, tagId, channelId, q);
        params.validate();
        return queries.counts(caller, filter);
    }


    private RoomFilter filter(QueryParams params, String status, List<String> session, List<String> agentId,
                                     List<String> tagId, List<String> channelId, String q) {
        RoomFilter.Tab tab = params.oneOf("status", status, RoomFilter.Tab.class, RoomFilter.Tab.ALL);
        return new RoomFilter(tab, caller.userId(), params.manyOf("session", session, SessionState.class),
                params.ids("agentId", agentId), params.ids("tagId", tagId), params.ids("channelId", channelId),
                params.text("q", q, 200));
    }

    @GET
    @Path("/{roomId}")
    @Operation(operationId = "getRoom", summary = "One room",
            description = "The ETag header is the room's version; send it as If-Match with a write to make the write "
                    + "apply only to the room as you saw it.")
    @APIResponse(responseCode = "200", description = "The room", headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    public RestResponse<RoomView> get(@PathParam("roomId") long roomId) {
        return withETag(queries.view(caller, roomId));
    }

    @POST
    @Path("/{roomId}/resolve")
    @Operation(operationId = "resolveRoom", summary = "Resolve a room",
            description = "Idempotent: resolving a resolved room answers 200 with it unchanged. Agents may resolve unassigned rooms and their own.")
    @APIResponse(responseCode = "200", description = "The resolved room", headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "409", description = "Another agent took the room meanwhile")
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<RoomView> resolve(@PathParam("roomId") long roomId, @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(rooms.resolve(caller, roomId, RoomETag.ifMatch(ifMatch)));
    }

    @POST
    @Path("/{roomId}/reopen")
    @Operation(operationId = "reopenRoom", summary = "Reopen a resolved room",
            description = "Reopen on a resolved room, and Undo right after a resolve: the room goes back to its last assignee "
                    + "while that user is active, else to unassigned, and a system note says who reopened it. Idempotent: "
                    + "reopening a room that is not resolved answers 200 with it unchanged. Agents may reopen unassigned rooms "
                    + "and their own.")
    @APIResponse(responseCode = "200", description = "The reopened room", headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<RoomView> reopen(@PathParam("roomId") long roomId, @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(rooms.reopen(caller, roomId, RoomETag.ifMatch(ifMatch)));
    }

    @PUT
    @Path("/{roomId}/assignee")
    @Operation(operationId = "assignRoom", summary = "Assign or unassign a room",
            description = "agentId null unassigns. Agents may take an unassigned room for themselves (409 room-taken when "
                    + "someone else got it first) and give up their own; supervisors may assign any active user.")
    @APIResponse(responseCode = "200", description = "The room", headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "403", description = "Agents may not assign others")
    @APIResponse(responseCode = "404", description = "No such room, or agentId is not an active user of your company")
    @APIResponse(responseCode = "409", description = "Taken by someone else (room-taken)")
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<RoomView> assign(@PathParam("roomId") long roomId, @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                         @NotNull @Valid AssignRequest request) {
        return withETag(rooms.assign(caller, roomId, request.agentId(), RoomETag.ifMatch(ifMatch)));
    }

    @PUT
    @Path("/{roomId}/tags/{tagId}")
    @Operation(operationId = "tagRoom", summary = "Add a tag to a room", description = "Idempotent.")
    @APIResponse(responseCode = "200", description = "The room", headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<RoomView> tag(@PathParam("roomId") long roomId, @PathParam("tagId") long tagId,
                                      @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(rooms.tag(caller, roomId, tagId, RoomETag.ifMatch(ifMatch)));
    }

    @DELETE
    @Path("/{roomId}/tags/{tagId}")
    @Operation(operationId = "untagRoom", summary = "Remove a tag from a room", description = "Idempotent.")
    @APIResponse(responseCode = "200", description = "The room", headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<RoomView> untag(@PathParam("roomId") long roomId, @PathParam("tagId") long tagId,
                                        @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(rooms.untag(caller, roomId, tagId, RoomETag.ifMatch(ifMatch)));
    }

    @POST
    @Path("/{roomId}/read")
    @Operation(operationId = "markRoomRead", summary = "Mark a room read", description = "Sets unreadCount back to 0.")
    @APIResponse(responseCode = "200", description = "The room", headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomView.class)))
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<RoomView> read(@PathParam("roomId") long roomId, @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(rooms.markRead(caller, roomId, RoomETag.ifMatch(ifMatch)));
    }

    /** Every room a response carries goes with its ETag, so the next write can be conditional on it. */
    static RestResponse<RoomView> withETag(RoomView room) {
        return RestResponse.ResponseBuilder.ok(room).header(HttpHeaders.ETAG, RoomETag.of(room.version())).build();
    }
}
