package id.inbox.auth;

import id.inbox.common.InboxConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;

/** Signs access tokens: subject = user id, tenant_id claim, groups = role (DESIGN.md section 3). */
@ApplicationScoped
public class TokenIssuer {

    public static final String TENANT_CLAIM = "tenant_id";

    record IssuedToken(String token, Instant expiresAt) {
    }

    private final InboxConfig config;

    TokenIssuer(InboxConfig config) {
        this.config = config;
    }

    IssuedToken issue(AppUser user) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(config.auth().tokenLifetime());
        String token = Jwt.subject(String.valueOf(user.id))
                .upn(user.username)
                .groups(Set.of(user.role.name()))
                .claim(TENANT_CLAIM, user.tenant.id)
                .issuedAt(now)
                .expiresAt(expiresAt)
                .sign();
        return new IssuedToken(token, expiresAt);
    }
}
