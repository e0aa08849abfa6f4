package id.inbox.media;

import id.inbox.auth.Caller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/messages/{messageId}/media")
@Tag(name = "Messages")
@Authenticated
public class MediaResource {

    /** No script, no plugin, no form runs in the file even when it is opened on its own. */
    static final String CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox";

    private final Caller caller;
    private final MediaService media;

    MediaResource(Caller caller, MediaService media) {
        this.caller = caller;
        this.media = media;
    }

    @GET
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getMessageMedia", summary = "The file of a message",
            description = "The image, video, audio, document or sticker of a message, as stored. A customer's file on a "
                    + "WhatsApp Cloud number is fetched from Meta on the first request, checked against its SHA-256 and the "
                    + "size cap (INBOX_MEDIA_MAX_BYTES), and kept, so later requests are answered from the inbox. Images, "
                    + "stickers, audio and video are served inline, everything else as an attachment; a type a browser could "
                    + "run script in is served as application/octet-stream.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = {@Header(name = "Content-Disposition", description = "inline or attachment, with a safe file name",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-Content-Type-Options", schema = @Schema(type = SchemaType.STRING, enumeration = "nosniff")),
                    @Header(name = "Content-Security-Policy", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such message in your company (not-found), the message has no file "
            + "(no-media), or it came through a demo channel, which has no WhatsApp account to fetch it from (media-not-in-sandbox)")
    @APIResponse(responseCode = "422", description = "The channel was disconnected (channel-disconnected)")
    @APIResponse(responseCode = "502", description = "WhatsApp did not hand out the file (media-unavailable), the file does "
            + "not match its SHA-256 (media-checksum-mismatch), or it is larger than INBOX_MEDIA_MAX_BYTES (media-too-large)")
    public Response get(@PathParam("messageId") long messageId) {
        MediaService.Served file = media.fetch(caller, messageId);
        return Response.ok(file.content(), MediaRules.servedType(file.mimeType()))
                .header("Content-Disposition", MediaRules.disposition(file.kind(), file.mimeType(), file.fileName()))
                .header("Content-Length", file.content().length)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CSP)
                .header("Cross-Origin-Resource-Policy", "same-origin")
                .header("Cache-Control", "private, max-age=86400, immutable")
                .build();
    }
}
