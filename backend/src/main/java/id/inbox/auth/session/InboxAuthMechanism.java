package id.inbox.auth.session;

import id.inbox.auth.apikey.ApiKeyRequest;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Set;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * One bearer scheme for people and integrators: {@code Bearer inbx_…} is an API key, anything
 * else an access token verified by SmallRye JWT. An expired access token fails with
 * {@code token-expired}, so the SPA knows to refresh rather than sign out.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class InboxAuthMechanism implements HttpAuthenticationMechanism {

    private final JWTAuthMechanism jwt;

    InboxAuthMechanism(JWTAuthMechanism jwt) {
        this.jwt = jwt;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        String apiKey = ApiKeyRequest.bearerKey(authorization);
        if (apiKey != null) {
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyRequest(apiKey), context));
        }
        return jwt.authenticate(context, identities).onFailure().transform(InboxAuthMechanism::classify);
    }

    private static Throwable classify(Throwable failure) {
        if (AuthFailure.find(failure) != null) {
            return failure;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidJwtException invalid && invalid.hasExpired()) {
                return AuthFailure.tokenExpired();
            }
        }
        return failure;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return jwt.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, ApiKeyRequest.class);
    }
}
