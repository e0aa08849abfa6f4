package id.inbox.message;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an outbound message failed, as a stable reason a client translates (the provider's own title and
 * details are English and change). WhatsApp Cloud API error codes map here; the README has the table.
 */
@Schema(name = "DeliveryFailureReason")
public enum DeliveryFailure {
    /** 131047: more than 24 hours since the customer last wrote; only a template can be sent. */
    REENGAGEMENT_REQUIRED,
    /** 131026: the number is not on WhatsApp, has not accepted the terms, or runs an old app. */
    UNDELIVERABLE,
    /** 131048: the number's spam rate limit (too many messages blocked or reported). */
    SPAM_RATE_LIMIT,
    /** 131049: Meta limits marketing messages per customer to keep engagement healthy. */
    MARKETING_LIMIT,
    /** 130429: the number's throughput (messages per second) was exceeded. */
    THROUGHPUT_LIMIT,
    /** 131056: too many messages to the same customer in a short time. */
    RECIPIENT_RATE_LIMIT,
    /** 131042: a payment problem on the WhatsApp Business Account. */
    PAYMENT_ISSUE,
    /** 131051, 131052, 131053: an unsupported type, or media that could not be downloaded or uploaded. */
    MEDIA_ERROR,
    /** 132000, 132001, 132005, 132007, 132012, 132015, 132016: the template is missing, paused, disabled or its parameters are wrong. */
    TEMPLATE_ERROR,
    /** 131031: the business account is locked or restricted. */
    ACCOUNT_RESTRICTED,
    /** No answer after the request was sent: it may have arrived, so it was not resent (an agent may retry). */
    AMBIGUOUS_TIMEOUT,
    /** The connection broke after the request was sent: as for a timeout, not resent on its own. */
    AMBIGUOUS_CONNECTION_LOST,
    /** WhatsApp answered without a message id: it may have been accepted, so it was not resent. */
    AMBIGUOUS_RESPONSE,
    /** The API instance sending it stopped before WhatsApp answered: not resent on its own. */
    RELAY_INTERRUPTED,
    /** An unexpected error while sending, after the request may have left: not resent on its own. */
    RELAY_ERROR,
    /** The channel was disconnected before the message left. */
    CHANNEL_DISCONNECTED,
    /** WhatsApp kept refusing it for now (rate limits, outages) until the retry deadline passed. */
    RETRY_DEADLINE_PASSED,
    /** The channel's stored access token cannot be read with this installation's secrets key. */
    ACCESS_TOKEN_UNREADABLE,
    /** Any other code, or none: see the provider's title and details. */
    PROVIDER_ERROR;

    /**
     * The reason of a failure code as the relay reports it: a WhatsApp error code ("131047") or one of ours
     * ("ambiguous-timeout", the name of a constant in lower case with dashes).
     */
    public static DeliveryFailure ofCode(String code) {
        Integer provider = providerCode(code);
        if (provider != null || code == null) {
            return ofWhatsAppCode(provider);
        }
        try {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return PROVIDER_ERROR;
        }
    }

    /** The provider's numeric error code in a failure code, or null when the code is one of ours. */
    public static Integer providerCode(String code) {
        if (code == null || code.isEmpty() || code.length() > 9 || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(code);
    }

    /** The reason of a WhatsApp Cloud API error code (null: none given). */
    public static DeliveryFailure ofWhatsAppCode(Integer code) {
        if (code == null) {
            return PROVIDER_ERROR;
        }
        switch (code) {
            case 131047:
                return REENGAGEMENT_REQUIRED;
            case 131026:
                return UNDELIVERABLE;
            case 131048:
                return SPAM_RATE_LIMIT;
            case 131049:
                return MARKETING_LIMIT;
            case 130429:
                return THROUGHPUT_LIMIT;
            case 131056:
                return RECIPIENT_RATE_LIMIT;
            case 131042:
                return PAYMENT_ISSUE;
            case 131051:
            case 131052:
            case 131053:
                return MEDIA_ERROR;
            case 132000:
            case 132001:
            case 132005:
            case 132007:
            case 132012:
            case 132015:
            case 132016:
                return TEMPLATE_ERROR;
            case 131031:
                return ACCOUNT_RESTRICTED;
            default:
                return PROVIDER_ERROR;
        }
    }
}
