package id.inbox.media;

import id.inbox.auth.Caller;
import id.inbox.channel.TokenCipher;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.InboxConfig;
import id.inbox.common.ProblemCode;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.MessageContents;
import id.inbox.message.MessageDtos.Media;
import id.inbox.message.MessageDtos.MessageContent;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.OutboundMessages;
import id.inbox.room.RoomAccess;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The file of a message (GET /messages/{id}/media): from message_media when it is there; else, for a customer's
 * file on a connected WhatsApp number, fetched from the Graph API with the channel's token (no transaction is open
 * meanwhile), checked against Meta's sha256 and the size cap, and stored, so Graph is asked once per file.
 */
@ApplicationScoped
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class);
    static final Set<MessageKind> MEDIA_KINDS = Set.of(MessageKind.IMAGE, MessageKind.VIDEO, MessageKind.AUDIO,
            MessageKind.DOCUMENT, MessageKind.STICKER);

    /** The file to answer with. */
    public record Served(MessageKind kind, String mimeType, String fileName, byte[] content) {
    }

    /** The message and its channel, as the fetch needs them. */
    record Source(long roomId, long channelId, MessageKind kind, String content, boolean channelActive, byte[] accessTokenEnc) {
    }

    private final Database db;
    private final RoomAccess rooms;
    private final MediaStore store;
    private final GraphMedia graph;
    private final TokenCipher cipher;
    private final InboxConfig config;
    private final Clock clock;

    MediaService(Database db, RoomAccess rooms, MediaStore store, GraphMedia graph, TokenCipher cipher, InboxConfig config, Clock clock) {
        this.db = db;
        this.rooms = rooms;
        this.store = store;
        this.graph = graph;
        this.cipher = cipher;
        this.config = config;
        this.clock = clock;
    }

    public Served fetch(Caller caller, long messageId) {
        Source source = db.withHandle(handle -> Sql.of("""
                        select m.room_id, r.channel_id, m.kind, m.content::text as content, ch.active as channel_active,
                               cc.access_token_enc
                          from message m
                          join room r on r.tenant_id = m.tenant_id and r.id = m.room_id
                          join channel ch on ch.id = r.channel_id
                          left join channel_credential cc on cc.channel_id = ch.id
                         where m.tenant_id = :tenant and m.id = :message""")
                .bind("tenant", caller.tenantId()).bind("message", messageId).query(handle).map(Rows.of(Source.class)).findOne())
                .orElseThrow(() -> ApiException.notFound("Message " + messageId));
        rooms.find(caller, source.roomId()); // who may read the room may read its files
        var stored = store.find(caller.tenantId(), messageId);
        if (stored.isPresent()) {
            return new Served(source.kind(), stored.get().mimeType(), stored.get().fileName(), stored.get().content());
        }
        MessageContent content = MessageContents.read(source.content());
        Media media = content == null ? null : content.media();
        if (!MEDIA_KINDS.contains(source.kind()) || media == null || media.id() == null || media.id().isBlank()) {
            throw new ApiException(404, ProblemCode.NO_MEDIA, "No file", "Message " + messageId + " has no file.");
        }
        if (!source.channelActive()) {
            throw OutboundMessages.channelDisconnected();
        }
        if (source.accessTokenEnc() == null) {
            throw new ApiException(404, ProblemCode.MEDIA_NOT_IN_SANDBOX, "File not available",
                    "This message came through a demo (sandbox) channel, which is connected to no WhatsApp account; its file "
                            + "cannot be fetched.");
        }
        String token;
        try {
            token = cipher.decrypt(source.accessTokenEnc(), source.channelId());
        } catch (TokenCipher.Unreadable e) {
            throw unavailable("The channel's access token cannot be read; a supervisor must set it again.");
        }
        GraphMedia.Download download;
        long max = config.media().maxBytes();
        try {
            download = graph.download(token, media.id(), max);
        } catch (GraphMedia.TooLarge e) {
            throw new ApiException(502, ProblemCode.MEDIA_TOO_LARGE, "File too large",
                    "The file is larger than this installation keeps (" + max + " bytes, INBOX_MEDIA_MAX_BYTES).");
        } catch (Failure e) {
            LOG.warnf("Media %s of message %d not fetched: %s", media.id(), messageId, e.getMessage());
            throw unavailable("WhatsApp did not hand out the file (" + e.code() + "); try again later. Meta keeps a "
                    + "customer's file for 30 days.");
        }
        String digest = MediaStore.sha256Hex(download.content());
        if (!matches(digest, media.sha256()) || !matches(digest, download.sha256())) {
            throw new ApiException(502, ProblemCode.MEDIA_CHECKSUM_MISMATCH, "File damaged",
                    "The file WhatsApp handed out does not match its SHA-256; it was not kept. Try again later.");
        }
        String mimeType = MediaRules.bareType(media.mimeType()) != null ? media.mimeType()
                : MediaRules.bareType(download.mimeType()) != null ? download.mimeType() : "application/octet-stream";
        store.save(caller.tenantId(), messageId, mimeType, media.filename(), download.content(), clock.instant());
        return new Served(source.kind(), mimeType, media.filename(), download.content());
    }

    /** Meta states the SHA-256 as hex (Graph) or base64 (webhooks); a missing one is no mismatch. */
    static boolean matches(String hexDigest, String stated) {
        if (stated == null || stated.isBlank()) {
            return true;
        }
        String value = stated.strip();
        if (value.equalsIgnoreCase(hexDigest)) {
            return true;
        }
        return value.equals(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hexDigest)))
                || value.toLowerCase(Locale.ROOT).equals(hexDigest);
    }

    private static ApiException unavailable(String detail) {
        return new ApiException(502, ProblemCode.MEDIA_UNAVAILABLE, "File unavailable", detail);
    }
}
