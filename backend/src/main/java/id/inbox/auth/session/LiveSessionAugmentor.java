package id.inbox.auth.session;

import id.inbox.auth.Caller;
import id.inbox.auth.TokenIssuer;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns a verified access token into the caller, only while its session and user are live: the
 * claims must be well-formed (numeric ids, a session id), and the session must be unrevoked and its
 * user active, checked in PostgreSQL on every request. The role comes from the user row, so a role
 * change also applies at once.
 */
@ApplicationScoped
public class LiveSessionAugmentor implements SecurityIdentityAugmentor {

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final Sessions sessions;

    LiveSessionAugmentor(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        long userId = id(token.getSubject());
        long tenantId = tenantId(token.getClaim(TokenIssuer.TENANT_CLAIM));
        UUID sessionId = sessionId(token.getClaim(TokenIssuer.SESSION_CLAIM));
        return context.runBlocking(() -> {
            Sessions.LiveUser user = sessions.live(sessionId, userId, tenantId).orElseThrow(AuthFailure::sessionEnded);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(token)
                    .addCredentials(identity.getCredentials())
                    .addRole(user.role())
                    .addAttribute(Caller.USER_ID, userId)
                    .addAttribute(Caller.TENANT_ID, tenantId)
                    .addAttribute(Caller.SESSION_ID, sessionId)
                    .build();
        });
    }

    private static long id(String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw AuthFailure.invalid();
        }
        return Long.parseLong(value);
    }

    private static long tenantId(Object claim) {
        if (claim instanceof JsonNumber number && number.isIntegral()) {
            return id(number.bigIntegerValue().toString());
        }
        if (claim instanceof Long || claim instanceof Integer) {
            return id(claim.toString());
        }
        throw AuthFailure.invalid();
    }

    private static UUID sessionId(Object claim) {
        String value = claim instanceof JsonString string ? string.getString() : claim instanceof String s ? s : null;
        try {
            return Optional.ofNullable(value).map(UUID::fromString).orElseThrow(AuthFailure::invalid);
        } catch (IllegalArgumentException e) {
            throw AuthFailure.invalid();
        }
    }
}
