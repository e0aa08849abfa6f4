package id.inbox.media;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.IdempotencyKeys;
import id.inbox.common.InboxConfig;
import id.inbox.common.ProblemCode;
import id.inbox.message.MessageDtos.Media;
import id.inbox.message.MessageDtos.MessageContent;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.OutboundMessages;
import id.inbox.room.RoomETag;
import id.inbox.room.RoomETag.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * An agent's file sent to a room: under the rules of a free-text reply (who may write, the window open, the
 * channel connected), of a type and size WhatsApp takes. The message is stored QUEUED with its file and outbox
 * row in one transaction; the relay uploads the file to Graph and sends it.
 */
@ApplicationScoped
public class AttachmentService {

    /** What Meta takes as a caption (images, video, documents). */
    public static final int MAX_CAPTION = 1024;
    private static final Set<MessageKind> CAPTIONED = Set.of(MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.DOCUMENT);

    /** The uploaded part: its name and Content-Type as the client gave them, and where Quarkus stored it. */
    public record Upload(String fileName, String contentType, Path file, long size) {
    }

    private final OutboundMessages outbound;
    private final IdempotencyKeys keys;
    private final InboxConfig config;

    AttachmentService(OutboundMessages outbound, IdempotencyKeys keys, InboxConfig config) {
        this.outbound = outbound;
        this.keys = keys;
        this.config = config;
    }

    public IdempotencyKeys.Response attach(Caller caller, long roomId, String idempotencyKey, IfMatch ifMatch, Upload upload,
                                           String caption, Long seenMessageId) {
        if (upload == null || upload.file() == null) {
            throw ApiException.invalid("file", "must be a file part");
        }
        String mimeType = typeOf(upload);
        MediaRules.Rule rule = MediaRules.OUTBOUND.get(mimeType);
        if (rule == null) {
            throw new ApiException(415, ProblemCode.ATTACHMENT_TYPE_NOT_ALLOWED, "File type not allowed",
                    "WhatsApp does not take " + (mimeType == null ? "this file type" : mimeType) + ". Send a JPEG or PNG image, "
                            + "an MP4 or 3GPP video, AAC, MP4, MPEG, AMR or OGG audio, a WebP sticker, or a PDF, text or Office document.");
        }
        long limit = Math.min(rule.metaLimit(), config.media().maxBytes());
        if (upload.size() > limit) {
            throw new ApiException(413, ProblemCode.ATTACHMENT_TOO_LARGE, "File too large",
                    "A " + rule.kind().name().toLowerCase(Locale.ROOT) + " may have at most " + limit + " bytes; this one has "
                            + upload.size() + ".");
        }
        if (upload.size() == 0) {
            throw ApiException.invalid("file", "must not be empty");
        }
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > MAX_CAPTION) {
            throw ApiException.invalid("caption", "must be at most " + MAX_CAPTION + " characters");
        }
        if (text != null && !CAPTIONED.contains(rule.kind())) {
            throw ApiException.invalid("caption", "WhatsApp shows no caption with " + rule.kind().name().toLowerCase(Locale.ROOT));
        }
        byte[] content = read(upload.file());
        String fileName = MediaRules.safeFileName(upload.fileName(), rule.kind(), mimeType);
        Media media = new Media(null, mimeType, MediaStore.sha256Hex(content), text,
                rule.kind() == MessageKind.DOCUMENT ? fileName : null, null, null, (long) content.length);
        String body = text != null ? text : rule.kind() == MessageKind.DOCUMENT ? "[document] " + fileName
                : "[" + rule.kind().name().toLowerCase(Locale.ROOT) + "]";
        OutboundMessages.Draft draft = new OutboundMessages.Draft(rule.kind(), body, null, null, null, null,
                new MessageContent(media, null, null, null, null, null),
                new OutboundMessages.Attachment(mimeType, fileName, content));
        String hash = IdempotencyKeys.hash("attachment|" + roomId + "|" + media.sha256() + "|" + mimeType + "|" + fileName + "|" + text
                + (seenMessageId == null ? "" : "|seen " + seenMessageId));
        return keys.once(caller.tenantId(), caller.userId(), idempotencyKey, hash, () -> {
            OutboundMessages.Sent sent = outbound.send(caller, roomId, true, ifMatch, seenMessageId, room -> draft);
            return new IdempotencyKeys.Result(201, sent.message(), RoomETag.of(sent.roomVersion()));
        });
    }

    /** The part's Content-Type; a generic one (application/octet-stream) is replaced by the file name's. */
    private static String typeOf(Upload upload) {
        String declared = MediaRules.bareType(upload.contentType());
        if (declared != null && !"application/octet-stream".equals(declared)) {
            return declared;
        }
        return upload.fileName() == null ? null : MediaRules.bareType(URLConnection.guessContentTypeFromName(upload.fileName()));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
