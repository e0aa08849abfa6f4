package id.inbox.tenant;

import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.events.Doorbell;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-tenant settings that rules depend on. Read on every list and room response, so they are kept for a
 * minute instead of costing a query each time. A change made through the API tells every instance to forget
 * them at once (the doorbell); one made behind the API's back applies within the minute.
 */
@ApplicationScoped
public class TenantSettings {

    static final Duration CACHE_FOR = Duration.ofMinutes(1);

    private record Cached(Duration expiringThreshold, long loadedAtNanos) {
    }

    private final Database db;
    private final ConcurrentMap<Long, Cached> cache = new ConcurrentHashMap<>();

    TenantSettings(Database db) {
        this.db = db;
    }

    /** The suffix of a doorbell ring (after the company's id) that says the company's settings changed. */
    public static final String CHANGED = ":settings";

    /** Another instance (or this one) changed a company's settings: read them again on next use. */
    void rang(@Observes Doorbell.Rang rang) {
        if (Doorbell.EVENTS.equals(rang.channel()) && rang.payload().endsWith(CHANGED)) {
            Doorbell.company(rang.payload()).ifPresent(cache::remove);
        }
    }

    /** Remaining window time below which a session counts as EXPIRING (default 4 hours). */
    public Duration expiringThreshold(long tenantId) {
        long now = System.nanoTime();
        Cached cached = cache.get(tenantId);
        if (cached == null || now - cached.loadedAtNanos() > CACHE_FOR.toNanos()) {
            Sql sql = Sql.of("select expiring_threshold_minutes from tenant where id = :tenant").bind("tenant", tenantId);
            Duration threshold = db.withHandle(handle -> sql.query(handle).mapTo(Integer.class).findOne())
                    .map(Duration::ofMinutes)
                    .orElse(Duration.ofHours(4));
            cached = new Cached(threshold, now);
            cache.put(tenantId, cached);
        }
        return cached.expiringThreshold();
    }
}
