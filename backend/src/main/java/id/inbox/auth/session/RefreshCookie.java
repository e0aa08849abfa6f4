package id.inbox.auth.session;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/**
 * The refresh token's home in the browser: HttpOnly (no script reads it), SameSite=Strict (no other
 * site sends it), scoped to the auth endpoints, and Secure except on plain-http loopback, where a
 * developer's browser would otherwise drop it.
 */
public final class RefreshCookie {

    public static final String NAME = "inbox_refresh";
    public static final String PATH = "/api/v1/auth";

    private RefreshCookie() {
    }

    /** The cookie holding a refresh token for the time its session has left. */
    public static NewCookie of(String token, Duration lifetime, HttpServerRequest request) {
        int maxAge = (int) Math.max(0, lifetime.toSeconds());
        return build(token, maxAge, request);
    }

    public static NewCookie cleared(HttpServerRequest request) {
        return build("", 0, request);
    }

    private static NewCookie build(String value, int maxAge, HttpServerRequest request) {
        return new NewCookie.Builder(NAME)
                .value(value)
                .path(PATH)
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(!isPlainHttpLoopback(request))
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
    }

    private static boolean isPlainHttpLoopback(HttpServerRequest request) {
        if (request == null || !"http".equals(request.scheme()) || request.authority() == null) {
            return false;
        }
        String host = request.authority().host();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
