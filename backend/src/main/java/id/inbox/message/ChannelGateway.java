package id.inbox.message;

import id.inbox.channel.ChannelKind;
import java.time.Duration;
import java.util.List;

/**
 * Sends one outbound message to the customer's network. The outbox relay calls it outside any database
 * transaction. Implementations: {@link SandboxGateway} (demo channels) and the WhatsApp Cloud API client
 * ({@code id.inbox.outbox.GraphClient}).
 */
public interface ChannelGateway {

    /**
     * What to send. accessToken is the provider credential (null for the sandbox); toString never shows it. media is
     * the file of an IMAGE, VIDEO, AUDIO, DOCUMENT or STICKER, its id the provider's once uploaded.
     */
    record Outbound(long tenantId, long channelId, ChannelKind channelKind, String channelExternalId,
                    String recipient, MessageDtos.MessageKind kind, String body, String templateName,
                    String templateLanguage, List<String> templateParameters, String accessToken, MessageDtos.Media media) {

        /** The same message with the provider's id of its uploaded file. */
        public Outbound withMediaId(String mediaId) {
            MessageDtos.Media m = media;
            return new Outbound(tenantId, channelId, channelKind, channelExternalId, recipient, kind, body, templateName,
                    templateLanguage, templateParameters, accessToken, new MessageDtos.Media(mediaId, m.mimeType(), m.sha256(),
                    m.caption(), m.filename(), m.voice(), m.animated(), m.size()));
        }

        @Override
        public String toString() {
            return "Outbound[channel=" + channelId + ", kind=" + kind + ", to=" + recipient + "]";
        }
    }

    /** The provider accepted the message: its id (WhatsApp's wamid) and the status it reached. */
    record Receipt(String providerMessageId, MessageDtos.DeliveryStatus status) {
    }

    /** How a failure is handled by the relay. */
    enum FailureKind {
        /** Nothing was sent, or the provider asks to try later (429, 130429, 131056, 5xx, no connection): retried with backoff. */
        RETRYABLE,
        /** The provider refused the message (131047, 131026, 100, ...): failed at once. */
        PERMANENT,
        /** The request left but no answer came: it may have been sent, so it is failed and never resent on its own. */
        AMBIGUOUS
    }

    /** A send that did not succeed, with the provider's (or our) code, a title and details for the agent. */
    final class Failure extends RuntimeException {
        private final FailureKind kind;
        private final String code;
        private final String title;
        private final String detail;
        private final Duration retryAfter;

        public Failure(FailureKind kind, String code, String title, String detail, Duration retryAfter) {
            super(code + ": " + title + (detail == null ? "" : " (" + detail + ")"), null, false, false);
            this.kind = kind;
            this.code = code;
            this.title = title;
            this.detail = detail;
            this.retryAfter = retryAfter;
        }

        public FailureKind kind() {
            return kind;
        }

        public String code() {
            return code;
        }

        public String title() {
            return title;
        }

        public String detail() {
            return detail;
        }

        /** The provider's Retry-After, when it gave one. */
        public Duration retryAfter() {
            return retryAfter;
        }

        /** A rate limit of the number (429, 130429): the whole number slows down, not only this message. */
        public boolean throttlesNumber() {
            return "130429".equals(code) || "http-429".equals(code) || "80007".equals(code) || "4".equals(code);
        }
    }

    /** Sends the message or throws {@link Failure}. */
    Receipt send(Outbound message);
}
