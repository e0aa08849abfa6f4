package id.inbox.common;

import java.util.Locale;

/**
 * Every stable machine code an error response may carry. The contract publishes them as the enum of
 * {@code Problem.code} (see {@link ContractFilter}), and the SPA's types are generated from it, so a new
 * code is added here and nowhere else. The wire value is the constant's name in kebab case.
 */
public enum ProblemCode {
    // request shape
    VALIDATION_FAILED,
    MALFORMED_REQUEST,
    INVALID_CHARACTER,
    INVALID_CURSOR,
    BAD_REQUEST,
    IDEMPOTENCY_KEY_MISSING,
    PAYLOAD_TOO_LARGE,
    LENGTH_REQUIRED,
    URI_TOO_LONG,
    HEADERS_TOO_LARGE,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    // who may do what
    UNAUTHORIZED,
    INVALID_CREDENTIALS,
    ACCOUNT_INACTIVE,
    TOO_MANY_ATTEMPTS,
    TOKEN_EXPIRED,
    SESSION_ENDED,
    SESSION_EXPIRED,
    REFRESH_TOKEN_REUSED,
    API_KEY_REVOKED,
    INVALID_SIGNATURE,
    FORBIDDEN,
    COMPANY_REPLY_SUPERVISORS_ONLY,
    NOT_FOUND,
    // business rules
    ROOM_TAKEN,
    WINDOW_EXPIRED,
    UNDO_EXPIRED,
    HANDOVER_TO_SELF,
    COLLEAGUE_INACTIVE,
    TEMPLATE_NOT_APPROVED,
    TEMPLATE_CHANNEL_MISMATCH,
    IDEMPOTENCY_KEY_REUSED,
    REQUEST_IN_FLIGHT,
    ROOM_CHANGED,
    CONTACT_CHANGED,
    NEWER_MESSAGES,
    WEAK_PASSWORD,
    WRONG_PASSWORD,
    USERNAME_TAKEN,
    CANNOT_CHANGE_OWN_ACCOUNT,
    TOO_MANY_API_KEYS,
    CHANNEL_ALREADY_CONNECTED,
    CHANNEL_DISCONNECTED,
    NOT_A_CLOUD_CHANNEL,
    WABA_ID_MISSING,
    ACCESS_TOKEN_UNREADABLE,
    GRAPH_TOKEN_REJECTED,
    GRAPH_REQUEST_REJECTED,
    MESSAGE_NOT_RETRYABLE,
    SHORTCUT_TAKEN,
    MENTIONED_USER_NOT_FOUND,
    MENTIONED_USER_INACTIVE,
    // files of messages
    NO_MEDIA,
    MEDIA_NOT_IN_SANDBOX,
    ATTACHMENT_TOO_LARGE,
    ATTACHMENT_TYPE_NOT_ALLOWED,
    MEDIA_UNAVAILABLE,
    MEDIA_CHECKSUM_MISMATCH,
    MEDIA_TOO_LARGE,
    // our side
    QUERY_TIMEOUT,
    DATABASE_UNAVAILABLE,
    WHATSAPP_NOT_CONFIGURED,
    SECRETS_KEY_MISSING,
    GRAPH_UNAVAILABLE,
    INTERNAL_ERROR;

    private final String wire = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The value clients see, e.g. {@code invalid-credentials}. */
    public String wire() {
        return wire;
    }
}
