package id.inbox.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.Database;
import id.inbox.common.InboxConfig;
import id.inbox.common.Sql;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates the two demo tenants when {@code inbox.demo.seed} is on (make run, dev mode, e2e tests).
 * Timestamps are relative to the moment of seeding so every session state is represented. When the
 * demo tenants already exist nothing is added; instead all their timestamps move forward by the time
 * since they were seeded, so a demo started again days later still shows open, expiring and expired
 * windows, and any changes made while trying it are kept.
 */
@Singleton
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    static final String PASSWORD = "inbox-demo";
    /** The advisory lock (transaction-scoped) that serialises seeding across instances. */
    static final String SEED_LOCK = "inbox-demo-seed";

    private final Database db;
    private final InboxConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    DemoSeeder(Database db, InboxConfig config, ObjectMapper json, Clock clock) {
        this.db = db;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demo().seed()) {
            seed();
        }
    }

    @Transactional
    public void seed() {
        DemoContent content = loadContent();
        String passwordHash = BcryptUtil.bcryptHash(PASSWORD);
        db.useHandle(handle -> {
            // Several instances may start on one database at once (make run-cluster, docker compose replicas): the
            // first to get here seeds, the others wait for its commit and then find the tenants.
            Sql.of("select count(*) from (select pg_advisory_xact_lock(hashtextextended(:lock, 0))) locked")
                    .bind("lock", SEED_LOCK).query(handle).mapTo(Long.class).one();
            for (DemoTenant tenant : List.of(DemoTenant.nusantara(), DemoTenant.sentosa())) {
                Optional<Long> existing = DemoWriter.findTenant(handle, tenant.name());
                if (existing.isPresent()) {
                    long shiftedSeconds = DemoWriter.moveClockForward(handle, existing.get());
                    LOG.infof("Demo tenant %s exists; its timestamps moved forward by %d s", tenant.name(), shiftedSeconds);
                } else {
                    DemoWriter.write(handle, content, tenant, passwordHash, clock.instant());
                    LOG.infof("Demo tenant %s seeded", tenant.name());
                }
            }
        });
    }

    private DemoContent loadContent() {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/conversations.json")) {
            if (in == null) {
                throw new IllegalStateException("demo/conversations.json is missing from the classpath");
            }
            return json.readValue(in, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
