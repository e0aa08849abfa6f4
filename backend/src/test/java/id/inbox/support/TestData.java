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

    /**
     * A client address of the test's own, sent as X-Forwarded-For (the tests trust a proxy on loopback),
     * so login throttling per address never spills over from one test to another.
     */
    public static String clientAddress() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
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

    public record TestChannel(long id, String kind, String name, Integer windowMinutes, TestTenant tenant) {
    }

    public record TestTag(long id, String name, TestTenant tenant) {
    }

    public record TestTemplate(long id, String name, String body, int placeholderCount, String status, TestChannel channel) {
    }

    /** A WhatsApp channel with the standard 24-hour window. */
    public TestChannel whatsApp(TestTenant tenant) {
        return channel(tenant, "WHATSAPP", 1440);
    }

    /** An e-mail channel: no reply window, so its rooms are always OPEN. */
    public TestChannel email(TestTenant tenant) {
        return channel(tenant, "EMAIL", null);
    }

    @Transactional
    public TestChannel channel(TestTenant tenant, String kind, Integer windowMinutes) {
        String name = unique(kind);
        long id = ((Number) em.createNativeQuery("insert into channel (tenant_id, kind, name, external_id, window_minutes)"
                        + " values (?1, ?2, ?3, ?4, ?5) returning id")
                .setParameter(1, tenant.id()).setParameter(2, kind).setParameter(3, name).setParameter(4, name)
                .setParameter(5, windowMinutes).getSingleResult()).longValue();
        return new TestChannel(id, kind, name, windowMinutes, tenant);
    }

    @Transactional
    public TestTag tag(TestTenant tenant) {
        String name = unique("Tag");
        long id = ((Number) em.createNativeQuery("insert into tag (tenant_id, name, color) values (?1, ?2, '#2563eb') returning id")
                .setParameter(1, tenant.id()).setParameter(2, name).getSingleResult()).longValue();
        return new TestTag(id, name, tenant);
    }

    /** An approved template with two placeholders: "Halo {{1}}, pesanan {{2}} sudah dikirim." */
    public TestTemplate approvedTemplate(TestChannel channel) {
        return template(channel, "Halo {{1}}, pesanan {{2}} sudah dikirim.", 2, "APPROVED");
    }

    @Transactional
    public TestTemplate template(TestChannel channel, String body, int placeholderCount, String status) {
        String name = unique("tpl").replace('-', '_').toLowerCase();
        long id = ((Number) em.createNativeQuery("insert into template (tenant_id, channel_id, name, language, category,"
                        + " body, placeholder_count, status) values (?1, ?2, ?3, 'id', 'UTILITY', ?4, ?5, ?6) returning id")
                .setParameter(1, channel.tenant().id()).setParameter(2, channel.id()).setParameter(3, name)
                .setParameter(4, body).setParameter(5, placeholderCount).setParameter(6, status)
                .getSingleResult()).longValue();
        return new TestTemplate(id, name, body, placeholderCount, status, channel);
    }

    @Transactional
    public void deactivate(TestUser user) {
        em.createNativeQuery("update app_user set active = false where id = ?1").setParameter(1, user.id()).executeUpdate();
    }
}
