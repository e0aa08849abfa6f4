package id.inbox.contact;

import id.inbox.auth.Caller;
import id.inbox.common.Cursor;
import id.inbox.common.QueryParams;
import id.inbox.contact.ContactDtos.ContactUpdate;
import id.inbox.contact.ContactDtos.ContactView;
import id.inbox.room.RoomDtos.RoomPage;
import id.inbox.room.RoomETag;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/contacts/{contactId}")
@Tag(name = "Contacts", description = "The contact panel: who the customer is, their rooms on every channel, the team's notes")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

    private static final String ETAG_DOC = "The contact's version, e.g. \"v3\"; send it as If-Match with an edit";

    private final Caller caller;
    private final ContactService contacts;

    ContactResource(Caller caller, ContactService contacts) {
        this.caller = caller;
        this.contacts = contacts;
    }

    @GET
    @Operation(operationId = "getContact", summary = "One contact",
            description = "Name, phone, the channels the person is on, and the team's notes and attributes. A contact of "
                    + "another company is 404.")
    @APIResponse(responseCode = "200", description = "The contact",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public RestResponse<ContactView> get(@PathParam("contactId") long contactId) {
        return withETag(contacts.get(caller, contactId));
    }

    @PATCH
    @Operation(operationId = "updateContact", summary = "Edit a contact",
            description = "Changes the fields given (name, notes, attributes); any active user of the company may, agent or "
                    + "supervisor. With If-Match the edit applies only to the contact as you saw it.")
    @APIResponse(responseCode = "200", description = "The contact after the edit",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "412", description = "Someone edited the contact since the ETag sent in If-Match "
            + "(contact-changed); nothing was saved. The ETag header is the version to load and edit again",
            headers = @Header(name = "ETag", description = ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<ContactView> update(@PathParam("contactId") long contactId,
                                            @Parameter(description = "The ETag of the contact as you last saw it (e.g. \"v3\"): "
                                                    + "the edit is saved only if nobody edited it since, else 412 contact-changed. "
                                                    + "Without it the edit applies to the contact as it is.", example = "\"v3\"")
                                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                            @NotNull @Valid ContactUpdate update) {
        return withETag(contacts.update(caller, contactId, RoomETag.ifMatch(ifMatch, ContactService.IF_MATCH_MUST_BE), update));
    }

    @GET
    @Path("/rooms")
    @Operation(operationId = "listContactRooms", summary = "The person's rooms on every channel",
            description = "The contact's rooms and those of the company's other contacts with the same phone number (the same "
                    + "person on another channel), resolved ones included (past conversations), newest activity first, one "
                    + "keyset page at a time: pass nextCursor as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "A page of rooms",
            content = @Content(schema = @Schema(implementation = RoomPage.class)))
    public RoomPage rooms(@PathParam("contactId") long contactId,
                          @Parameter(description = "Page size, 1 to 100 (default 20)",
                                  schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
                          @QueryParam("limit") String limit,
                          @Parameter(description = "nextCursor of the previous page",
                                  schema = @Schema(type = SchemaType.STRING, maxLength = Cursor.MAX_LENGTH))
                          @QueryParam("cursor") String cursor) {
        QueryParams params = new QueryParams();
        int pageSize = params.limit(limit, 20, 100);
        params.validate();
        return contacts.rooms(caller, contactId, pageSize, cursor == null || cursor.isBlank() ? null : cursor);
    }

    private static RestResponse<ContactView> withETag(ContactView contact) {
        return RestResponse.ResponseBuilder.ok(contact).header(HttpHeaders.ETAG, RoomETag.of(contact.version())).build();
    }
}
