package id.inbox.tenant;

import id.inbox.common.Database;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-tenant settings that rules depend on. Read on every list and room response, so they are kept for a
 * minute instead of costing a query each time; a changed setting applies within that minute.
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
