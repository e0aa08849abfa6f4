package id.inbox.outbox;

import id.inbox.media.GraphMedia;
import id.inbox.media.MediaStore;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.ChannelGateway.FailureKind;
import id.inbox.message.ChannelGateway.Outbound;
import id.inbox.message.MessageContents;
import id.inbox.message.MessageDtos.Media;
import id.inbox.message.MessageDtos.MessageContent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The relay's first step for an agent's file: upload it to the number's Graph media store (outside any
 * transaction) and record the media id at once, so that a later attempt of the same message sends it without
 * uploading it again.
 */
@ApplicationScoped
public class MediaUploads {

    private final MediaStore store;
    private final GraphMedia graph;

    MediaUploads(MediaStore store, GraphMedia graph) {
        this.store = store;
        this.graph = graph;
    }

    /** The file of a stored outbound message (its content's media, with the uploaded id), or null. */
    static Media media(String content, String providerMediaId) {
        MessageContent parsed = MessageContents.read(content);
        if (parsed == null || parsed.media() == null) {
            return null;
        }
        Media m = parsed.media();
        return new Media(providerMediaId, m.mimeType(), m.sha256(), m.caption(), m.filename(), m.voice(), m.animated(), m.size());
    }

    /** The message with its file uploaded (unchanged when it has no file or the file was uploaded before). */
    Outbound ensureUploaded(long messageId, Outbound outbound) {
        if (outbound.media() == null || outbound.media().id() != null) {
            return outbound;
        }
        MediaStore.StoredFile file = store.find(outbound.tenantId(), messageId).orElseThrow(() -> new Failure(
                FailureKind.PERMANENT, "media-missing", "The file of this message is not stored", null, null));
        if (file.providerMediaId() != null) {
            return outbound.withMediaId(file.providerMediaId());
        }
        String mediaId = graph.upload(outbound.channelExternalId(), outbound.accessToken(), file.mimeType(), file.fileName(),
                file.content());
        store.uploaded(outbound.tenantId(), messageId, mediaId);
        return outbound.withMediaId(mediaId);
    }
}
