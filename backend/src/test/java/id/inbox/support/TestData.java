package id.inbox.support;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Creates the rows a test needs through the real schema, each test with its own tenant and
 * usernames, so tests never depend on one another or on the demo data.
 */
@ApplicationScoped
public class TestData {

    public static final String PASSWORD = "correct horse battery staple";
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(PASSWORD);

    public record TestTenant(long id, String name) {
    }

    public record TestUser(long id, String username, String name, String role, TestTenant tenant) {
    }

    private final EntityManager em;

    TestData(EntityManager em) {
        this.em = em;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public TestTenant tenant() {
        String name = unique("Tenant");
        long id = ((Number) em.createNativeQuery("insert into tenant (name) values (?1) returning id")
                .setParameter(1, name).getSingleResult()).longValue();
        return new TestTenant(id, name);
    }

    public TestUser agent(TestTenant tenant) {
        return user(tenant, "agent", true);
    }

    public TestUser supervisor(TestTenant tenant) {
        return user(tenant, "supervisor", true);
    }

    @Transactional
    public TestUser user(TestTenant tenant, String role, boolean active) {
        String username = unique(role).toLowerCase() + "@test.example";
        String name = unique("User");
        long id = ((Number) em.createNativeQuery("insert into app_user (tenant_id, username, password_hash,"
                        + " display_name, role, active) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, tenant.id()).setParameter(2, username).setParameter(3, PASSWORD_HASH)
                .setParameter(4, name).setParameter(5, role).setParameter(6, active)
                .getSingleResult()).longValue();
        return new TestUser(id, username, name, role, tenant);
    }

    @Transactional
    public void deactivate(TestUser user) {
        em.createNativeQuery("update app_user set active = false where id = ?1").setParameter(1, user.id()).executeUpdate();
    }
}
