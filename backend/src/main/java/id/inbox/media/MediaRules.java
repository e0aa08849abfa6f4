package id.inbox.media;

import id.inbox.message.MessageDtos.MessageKind;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which files WhatsApp takes and how the inbox serves them. Outbound: the MIME types and sizes Meta documents for
 * the Cloud API (images JPEG/PNG 5 MB, stickers WebP 500 KB, video MP4/3GPP 16 MB, audio AAC/MP4/MPEG/AMR/OGG
 * 16 MB, documents 100 MB), each further capped by inbox.media.max-bytes. Serving: a file's own type only when it
 * cannot run script in a browser; inline only for pictures, audio and video.
 */
public final class MediaRules {

    /** What an accepted MIME type is sent as, and Meta's limit for it. */
    public record Rule(MessageKind kind, long metaLimit) {
    }

    private static final long MB = 1024L * 1024L;
    private static final Rule IMAGE = new Rule(MessageKind.IMAGE, 5 * MB);
    private static final Rule STICKER = new Rule(MessageKind.STICKER, 500 * 1024L);
    private static final Rule VIDEO = new Rule(MessageKind.VIDEO, 16 * MB);
    private static final Rule AUDIO = new Rule(MessageKind.AUDIO, 16 * MB);
    private static final Rule DOCUMENT = new Rule(MessageKind.DOCUMENT, 100 * MB);

    /** Outbound types, as Meta lists them for the Cloud API. */
    public static final Map<String, Rule> OUTBOUND = Map.ofEntries(
            Map.entry("image/jpeg", IMAGE), Map.entry("image/png", IMAGE),
            Map.entry("image/webp", STICKER),
            Map.entry("video/mp4", VIDEO), Map.entry("video/3gpp", VIDEO),
            Map.entry("audio/aac", AUDIO), Map.entry("audio/mp4", AUDIO), Map.entry("audio/mpeg", AUDIO),
            Map.entry("audio/amr", AUDIO), Map.entry("audio/ogg", AUDIO),
            Map.entry("text/plain", DOCUMENT), Map.entry("application/pdf", DOCUMENT),
            Map.entry("application/msword", DOCUMENT), Map.entry("application/vnd.ms-excel", DOCUMENT),
            Map.entry("application/vnd.ms-powerpoint", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DOCUMENT),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", DOCUMENT));

    /** Kinds shown in the page (Content-Disposition inline); the rest are downloads. */
    private static final Set<MessageKind> INLINE = Set.of(MessageKind.IMAGE, MessageKind.STICKER, MessageKind.AUDIO, MessageKind.VIDEO);

    /** Types a browser could run script in: served as application/octet-stream. */
    private static final Set<String> ACTIVE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/xml",
            "application/xml", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript");

    private MediaRules() {
    }

    /** The bare type of a Content-Type (no parameters), lower case; null when it is not a type/subtype. */
    public static String bareType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return bare.matches("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}") ? bare : null;
    }

    /** The Content-Type a stored file is served with. */
    public static String servedType(String mimeType) {
        String bare = bareType(mimeType);
        return bare == null || ACTIVE.contains(bare) || bare.startsWith("multipart/") ? "application/octet-stream" : bare;
    }

    /** Content-Disposition: inline for pictures, audio and video of a safe type, else attachment; the name made safe. */
    public static String disposition(MessageKind kind, String mimeType, String fileName) {
        String served = servedType(mimeType);
        boolean inline = INLINE.contains(kind) && !"application/octet-stream".equals(served);
        String name = safeFileName(fileName, kind, served);
        String encoded = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = name.replaceAll("[^A-Za-z0-9 ._()-]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The file's name without any path, control or quoting characters, at most 150 characters; a default by kind. */
    public static String safeFileName(String fileName, MessageKind kind, String mimeType) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';<>|:*?%]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        if (name.isBlank()) {
            String subtype = mimeType == null ? "bin" : mimeType.substring(mimeType.indexOf('/') + 1).replaceAll("[^a-z0-9]", "");
            name = kind.name().toLowerCase(Locale.ROOT) + "." + (subtype.isEmpty() || subtype.length() > 8 ? "bin" : subtype);
        }
        return name;
    }
}
