package id.inbox.media;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.IdempotencyKeys;
import id.inbox.common.Problem;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.message.NewerMessages;
import id.inbox.room.RoomETag;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/rooms/{roomId}/attachments")
@Tag(name = "Messages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {

    private final Caller caller;
    private final AttachmentService attachments;

    AttachmentResource(Caller caller, AttachmentService attachments) {
        this.caller = caller;
        this.attachments = attachments;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "sendAttachment", summary = "Send a file",
            description = "Sends an image (JPEG, PNG; 5 MB), a sticker (WebP; 500 KB), a video (MP4, 3GPP; 16 MB), audio (AAC, "
                    + "MP4, MPEG, AMR, OGG; 16 MB) or a document (PDF, text, Office; 100 MB), each at most INBOX_MEDIA_MAX_BYTES, "
                    + "under the rules of a free-text reply: only while the session window is open (422 window-expired). The "
                    + "message is stored QUEUED with its file and sent by the relay, which uploads the file to WhatsApp once. "
                    + "Send an Idempotency-Key so that a retry cannot send the file twice, and seenMessageId as for a reply.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(name = "AttachmentRequest", type = SchemaType.OBJECT, requiredProperties = "file", properties = {
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary",
                            description = "The file, with its Content-Type and file name"),
                    @SchemaProperty(name = "caption", type = SchemaType.STRING, maxLength = AttachmentService.MAX_CAPTION,
                            description = "Shown under an image, video or document"),
                    @SchemaProperty(name = "seenMessageId", type = SchemaType.INTEGER, format = "int64", minimum = "1",
                            description = NewerMessages.SEEN_DOC, examples = "1042")})))
    @APIResponse(responseCode = "201", description = "The stored message",
            headers = {@Header(name = IdempotencyKeys.REPLAYED_HEADER, description = IdempotencyKeys.REPLAYED_DOC,
                    schema = @Schema(type = SchemaType.BOOLEAN)),
                    @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(responseCode = "409", description = NewerMessages.CONFLICT_DOC, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "newer-messages", value = NewerMessages.EXAMPLE)))
    @APIResponse(responseCode = "412", description = RoomETag.ROOM_CHANGED_DOC,
            headers = @Header(name = "ETag", description = RoomETag.ETAG_DOC, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "413", description = "The file is larger than WhatsApp or this installation takes for its "
            + "type (attachment-too-large), or the request is larger than any file may be (payload-too-large)")
    @APIResponse(responseCode = "415", description = "WhatsApp does not take this file type (attachment-type-not-allowed), "
            + "or the body is not multipart/form-data (unsupported-media-type)")
    @APIResponse(responseCode = "422", description = "The session window has closed (window-expired) or the channel was "
            + "disconnected (channel-disconnected); or the Idempotency-Key was used for another request (idempotency-key-reused)")
    public Response attach(@PathParam("roomId") long roomId,
                           @Parameter(description = IdempotencyKeys.HEADER_DOC, example = "3f0c7a52-5d7e-4f7e-9b0e-2a1f8e6c9d10")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                           @Parameter(description = RoomETag.IF_MATCH_DOC, example = "\"v12\"") @HeaderParam("If-Match") String ifMatch,
                           @RestForm("file") FileUpload file,
                           @RestForm("caption") String caption,
                           @RestForm("seenMessageId") String seenMessageId) {
        AttachmentService.Upload upload = file == null ? null
                : new AttachmentService.Upload(file.fileName(), file.contentType(), file.uploadedFile(), file.size());
        return attachments.attach(caller, roomId, IdempotencyKeys.validKey(idempotencyKey), RoomETag.ifMatch(ifMatch), upload, caption,
                messageId("seenMessageId", seenMessageId)).http();
    }

    /** A form field holding a message id: null when absent, 400 naming the field unless a positive int64. */
    private static Long messageId(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("[1-9][0-9]{0,18}")) {
                return Long.parseLong(value);
            }
        } catch (NumberFormatException e) {
            // beyond int64
        }
        throw ApiException.invalid(field, "must be the id of a message (a positive integer)");
    }
}
