package id.inbox.auth;

import id.inbox.common.ApiException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the authentication layer established it from a live session or an API key:
 * the tenant never comes from the request.
 */
@RequestScoped
public class Caller {

    public static final String USER_ID = "inbox.user-id";
    public static final String TENANT_ID = "inbox.tenant-id";
    public static final String SESSION_ID = "inbox.session-id";
    public static final String API_KEY_ID = "inbox.api-key-id";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public long userId() {
        return required(USER_ID);
    }

    public long tenantId() {
        return required(TENANT_ID);
    }

    public boolean isSupervisor() {
        return identity.hasRole(Role.SUPERVISOR);
    }

    /** The signed-in session, absent for API keys. */
    public Optional<UUID> sessionId() {
        return Optional.ofNullable(identity.getAttribute(SESSION_ID));
    }

    /**
     * This caller, when a person signed in: the team, API keys and passwords are managed by people, so a
     * leaked API key cannot mint keys or add users (403).
     */
    public Caller signedInPerson(String whatKeysCannotDo) {
        if (sessionId().isEmpty()) {
            throw ApiException.forbidden("API keys cannot " + whatKeysCannotDo + "; sign in as a supervisor.");
        }
        return this;
    }

    /** When the caller's access token expires; absent for API keys, which do not. */
    public Optional<Instant> expiresAt() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
            return Optional.of(Instant.ofEpochSecond(token.getExpirationTime()));
        }
        return Optional.empty();
    }

    private long required(String attribute) {
        Long value = identity.isAnonymous() ? null : identity.getAttribute(attribute);
        if (value == null) {
            throw new UnauthorizedException();
        }
        return value;
    }
}
