package id.inbox.auth;

import id.inbox.common.InboxConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Signs short access tokens: subject = user id, tenant_id, groups = role, sid = the server-side
 * session they belong to (DESIGN.md 2.9). Every request checks the session, so the token's lifetime
 * only bounds how often a client refreshes, not how long a revoked session keeps working.
 */
@ApplicationScoped
public class TokenIssuer {

    public static final String TENANT_CLAIM = "tenant_id";
    public static final String SESSION_CLAIM = "sid";

    public record IssuedToken(String token, Instant expiresAt) {
    }

    private final InboxConfig config;
    private final Clock clock;

    TokenIssuer(InboxConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public IssuedToken issue(AppUser user, UUID sessionId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(config.auth().accessTokenLifetime());
        String token = Jwt.subject(String.valueOf(user.id()))
                .upn(user.username())
                .groups(Set.of(user.role().name()))
                .claim(TENANT_CLAIM, user.tenantId())
                .claim(SESSION_CLAIM, sessionId.toString())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, expiresAt);
    }
}
