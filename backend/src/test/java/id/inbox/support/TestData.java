package id.inbox.support;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

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

    private final Jdbi jdbi;

    TestData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private long insert(String sql, UnaryOperator<Query> binding) {
        return jdbi.withHandle(handle -> binding.apply(handle.createQuery(sql)).mapTo(Long.class).one());
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

    public TestTenant tenant() {
        String name = unique("Tenant");
        long id = insert("insert into tenant (name) values (:name) returning id", q -> q.bind("name", name));
        return new TestTenant(id, name);
    }

    public TestUser agent(TestTenant tenant) {
        return user(tenant, "agent", true);
    }

    public TestUser supervisor(TestTenant tenant) {
        return user(tenant, "supervisor", true);
    }

    public TestUser user(TestTenant tenant, String role, boolean active) {
        String username = unique(role).toLowerCase() + "@test.example";
        String name = unique("User");
        long id = insert("""
                        insert into app_user (tenant_id, username, password_hash, display_name, role, active)
                        values (:tenant, :username, :hash, :name, :role, :active) returning id""",
                q -> q.bind("tenant", tenant.id()).bind("username", username).bind("hash", PASSWORD_HASH)
                        .bind("name", name).bind("role", role).bind("active", active));
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

    public TestChannel channel(TestTenant tenant, String kind, Integer windowMinutes) {
        String name = unique(kind);
        long id = insert("""
                        insert into channel (tenant_id, kind, name, external_id, window_minutes)
                        values (:tenant, :kind, :name, :name, :windowMinutes) returning id""",
                q -> q.bind("tenant", tenant.id()).bind("kind", kind).bind("name", name).bind("windowMinutes", windowMinutes));
        return new TestChannel(id, kind, name, windowMinutes, tenant);
    }

    public TestTag tag(TestTenant tenant) {
        String name = unique("Tag");
        long id = insert("insert into tag (tenant_id, name, color) values (:tenant, :name, '#2563eb') returning id",
                q -> q.bind("tenant", tenant.id()).bind("name", name));
        return new TestTag(id, name, tenant);
    }

    /** An approved template with two placeholders: "Halo {{1}}, pesanan {{2}} sudah dikirim." */
    public TestTemplate approvedTemplate(TestChannel channel) {
        return template(channel, "Halo {{1}}, pesanan {{2}} sudah dikirim.", 2, "APPROVED");
    }

    public TestTemplate template(TestChannel channel, String body, int placeholderCount, String status) {
        String name = unique("tpl").replace('-', '_').toLowerCase();
        long id = insert("""
                        insert into template (tenant_id, channel_id, name, language, category, body, placeholder_count, status)
                        values (:tenant, :channel, :name, 'id', 'UTILITY', :body, :placeholders, :status) returning id""",
                q -> q.bind("tenant", channel.tenant().id()).bind("channel", channel.id()).bind("name", name)
                        .bind("body", body).bind("placeholders", placeholderCount).bind("status", status));
        return new TestTemplate(id, name, body, placeholderCount, status, channel);
    }

    public void deactivate(TestUser user) {
        jdbi.useHandle(handle -> handle.createUpdate("update app_user set active = false where id = :user")
                .bind("user", user.id())
                .execute());
    }

    /** A disconnected channel: it keeps its rooms, webhooks no longer reach it. */
    public void deactivateChannel(TestChannel channel) {
        jdbi.useHandle(handle -> handle.createUpdate("update channel set active = false where id = :channel")
                .bind("channel", channel.id())
                .execute());
    }
}
