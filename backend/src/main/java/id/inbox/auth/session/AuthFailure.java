package id.inbox.auth.session;

import id.inbox.common.ProblemCode;
import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;

/**
 * Credentials that were readable but are no longer (or never were) good, carrying the stable problem
 * code that tells a client what to do: {@code token-expired} means refresh; {@code session-ended},
 * {@code api-key-revoked} and {@code unauthorized} mean sign in again (or fix the key).
 */
public final class AuthFailure {

    /** The attribute of an {@link AuthenticationFailedException} that holds the problem code. */
    public static final String CODE = "inbox.problem-code";

    private AuthFailure() {
    }

    public static AuthenticationFailedException tokenExpired() {
        return failure(ProblemCode.TOKEN_EXPIRED, "The access token has expired. Renew it with POST /api/v1/auth/refresh.");
    }

    public static AuthenticationFailedException sessionEnded() {
        return failure(ProblemCode.SESSION_ENDED,
                "This session has ended (signed out, account deactivated or password changed). Sign in again.");
    }

    public static AuthenticationFailedException invalid() {
        return failure(ProblemCode.UNAUTHORIZED, "A valid access token or API key is required. Log in with POST /api/v1/auth/login.");
    }

    public static AuthenticationFailedException apiKeyRevoked() {
        return failure(ProblemCode.API_KEY_REVOKED, "This API key has been revoked or does not exist.");
    }

    /** The code and message of a failure made here, looking through wrappers; null for any other failure. */
    public static AuthenticationFailedException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationFailedException afe && afe.getAttribute(CODE) != null) {
                return afe;
            }
        }
        return null;
    }

    private static AuthenticationFailedException failure(ProblemCode code, String message) {
        return new AuthenticationFailedException(message, Map.of(CODE, code));
    }
}
