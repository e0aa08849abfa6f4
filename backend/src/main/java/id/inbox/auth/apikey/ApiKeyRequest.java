package id.inbox.auth.apikey;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented as {@code Authorization: Bearer inbx_…}. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    public static final String PREFIX = "inbx_";

    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The API key in an Authorization header, or null when the header carries something else. */
    public static String bearerKey(String authorization) {
        if (authorization == null || authorization.length() < 7 + PREFIX.length()
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String credential = authorization.substring(7).strip();
        return credential.startsWith(PREFIX) ? credential : null;
    }
}
