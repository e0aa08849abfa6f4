package id.inbox.auth.apikey;

import id.inbox.auth.Caller;
import id.inbox.auth.Role;
import id.inbox.auth.session.AuthFailure;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** An integrator: a live API key acts with supervisor rights in its own company, as its service account. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private final ApiKeys keys;

    ApiKeyIdentityProvider(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeys.LiveKey key = keys.authenticate(request.key()).orElseThrow(AuthFailure::apiKeyRevoked);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("api-key:" + key.prefix()))
                    .addRole(Role.SUPERVISOR)
                    .addAttribute(Caller.USER_ID, key.userId())
                    .addAttribute(Caller.TENANT_ID, key.tenantId())
                    .addAttribute(Caller.API_KEY_ID, key.id())
                    .build();
        });
    }
}
