package id.inbox.demo;

import static id.inbox.support.WhatsApp.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoSeederTest {

    @Inject
    DemoSeeder seeder;

    @Inject
    Jdbi jdbi;

    @BeforeEach
    void seed() {
        seeder.seed();
    }

    private long count(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private long count(String sql, long tenant) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("tenant", tenant).mapTo(Long.class).one());
    }

    private long count(String sql, long tenant, String status) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("tenant", tenant).bind("status", status)
                .mapTo(Long.class).one());
    }

    private long tenantId(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("select id from tenant where name = :name")
                .bind("name", name).mapTo(Long.class).one());
    }

    @Test
    void seedsBothDemoCompaniesWithTheirLogins() {
        assertThat(count("select count(*) from app_user u join tenant t on t.id = u.tenant_id"
                + " where t.name = 'Toko Nusantara' and u.active and u.username in"
                + " ('supervisor@nusantara.test', 'agent1@nusantara.test', 'agent2@nusantara.test')")).isEqualTo(3);
        assertThat(count("select count(*) from app_user u join tenant t on t.id = u.tenant_id"
                + " where t.name = 'Sentosa Retail' and u.active and u.username in"
                + " ('supervisor@sentosa.test', 'agent@sentosa.test')")).isEqualTo(2);
        assertThat(count("select count(*) from app_user where username = 'supervisor@nusantara.test'"
                + " and role = 'supervisor'")).isEqualTo(1);
    }

    @Test
    void everyTenantHasRoomsInEveryStatusAndWhatsAppWindowsInEverySessionState() {
        for (String tenant : List.of("Toko Nusantara", "Sentosa Retail")) {
            long id = tenantId(tenant);
            assertThat(count("select count(distinct kind) from channel where tenant_id = :tenant", id)).isGreaterThanOrEqualTo(4);
            assertThat(count("select count(*) from room where tenant_id = :tenant", id)).isBetween(250L, 350L);
            for (String status : List.of("UNASSIGNED", "ASSIGNED", "RESOLVED")) {
                assertThat(count("select count(*) from room where tenant_id = :tenant and status = :status", id, status))
                        .as(tenant + " rooms " + status).isGreaterThan(10);
            }
            String whatsApp = "select count(*) from room r join channel c on c.id = r.channel_id"
                    + " where r.tenant_id = :tenant and c.kind = 'WHATSAPP' and r.status <> 'RESOLVED' and ";
            assertThat(count(whatsApp + "r.window_expires_at > now() + interval '4 hours'", id)).as("open").isGreaterThan(5);
            assertThat(count(whatsApp + "r.window_expires_at between now() and now() + interval '4 hours'", id))
                    .as("expiring").isGreaterThan(3);
            assertThat(count(whatsApp + "r.window_expires_at <= now()", id)).as("expired").isGreaterThan(5);
            assertThat(count("select min(n) from (select count(*) n from message where tenant_id = :tenant group by room_id) m", id))
                    .isGreaterThanOrEqualTo(1);
            assertThat(count("select avg(n)::int from (select count(*) n from message where tenant_id = :tenant group by room_id) m", id))
                    .isGreaterThanOrEqualTo(3);
            assertThat(count("select count(*) from contact where tenant_id = :tenant and avatar_url is not null", id)).isGreaterThan(50);
            assertThat(count("select count(distinct tag_id) from room_tag where tenant_id = :tenant", id)).isGreaterThanOrEqualTo(5);
            assertThat(count("select count(*) from template where tenant_id = :tenant and status = 'APPROVED' and placeholder_count > 0", id))
                    .isGreaterThan(0);
            assertThat(count("select count(*) from template where tenant_id = :tenant and status = 'PENDING'", id)).isGreaterThan(0);
        }
    }

    @Test
    void roomsAgreeWithTheirMessages() {
        long id = tenantId("Toko Nusantara");
        assertThat(count("select count(*) from room r where r.tenant_id = :tenant and r.last_inbound_at is distinct from"
                + " (select max(created_at) from message m where m.room_id = r.id and m.direction = 'INBOUND')", id)).isZero();
        assertThat(count("select count(*) from room where tenant_id = :tenant and (last_activity_at > now()"
                + " or last_inbound_at > now())", id)).isZero();
        assertThat(count("select count(*) from room where tenant_id = :tenant and status = 'RESOLVED' and unread_count > 0", id)).isZero();
    }

    @Test
    void seedingAgainAddsNothingAndKeepsTheWindowsCurrent() {
        Map<String, Long> before = counts();
        long expiredBefore = count("select count(*) from room where window_expires_at <= now()");

        seeder.seed();

        assertThat(counts()).isEqualTo(before);
        assertThat(count("select count(*) from room where window_expires_at <= now()")).isEqualTo(expiredBefore);
        assertThat(count("select count(*) from tenant where name in ('Toko Nusantara', 'Sentosa Retail')")).isEqualTo(2);
    }

    @Test
    void anInstanceStartingBesideAnotherWaitsForItsSeedInsteadOfSeedingToo() throws Exception {
        Map<String, Long> before = counts();
        try (Handle other = jdbi.open()) {
            // another instance in the middle of seeding holds the seed lock
            other.begin();
            other.createQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:lock, 0))) locked")
                    .bind("lock", DemoSeeder.SEED_LOCK).mapTo(Long.class).one();

            CompletableFuture<Void> seeding = CompletableFuture.runAsync(seeder::seed);

            until("the seed waits for the other instance's lock", () -> { },
                    () -> count("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                            + " and database = (select oid from pg_database where datname = current_database())"
                            + " and ((classid::bigint << 32) | objid::bigint) = hashtextextended('" + DemoSeeder.SEED_LOCK + "', 0)") > 0);
            assertThat(seeding).isNotDone();
            other.commit();
            seeding.get(15, TimeUnit.SECONDS);
        }
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return List.of("tenant", "app_user", "channel", "contact", "room", "message", "tag", "room_tag", "template").stream()
                .collect(Collectors.toMap(t -> t, t -> count("select count(*) from " + t)));
    }
}
