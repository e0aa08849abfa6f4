package id.inbox.tenant;

import id.inbox.common.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Per-tenant settings that rules depend on. */
@ApplicationScoped
public class TenantSettings {

    private final Db db;

    TenantSettings(Db db) {
        this.db = db;
    }

    /** Remaining window time below which a session counts as EXPIRING (default 4 hours). */
    public Duration expiringThreshold(long tenantId) {
        return db.one("select expiring_threshold_minutes from tenant where id = ?", rs -> rs.getInt(1), tenantId)
                .map(Duration::ofMinutes)
                .orElse(Duration.ofHours(4));
    }
}
