package id.inbox.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class AppUserRepository implements PanacheRepository<AppUser> {

    public Optional<AppUser> findByUsernameWithTenant(String username) {
        return find("from AppUser u join fetch u.tenant where u.username = ?1 and u.kind = 'person'", username).firstResultOptional();
    }

    /** The user only when it belongs to the tenant: another tenant's user is as absent as a missing one. */
    public Optional<AppUser> findInTenantWithTenant(long tenantId, long userId) {
        return find("from AppUser u join fetch u.tenant t where u.id = ?1 and t.id = ?2", userId, tenantId)
                .firstResultOptional();
    }
}
