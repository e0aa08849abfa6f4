package id.inbox.tenant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** One company using the inbox; every other row belongs to exactly one. */
@Entity
public class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** Remaining window time below which a session counts as EXPIRING. */
    public int expiringThresholdMinutes;

    public OffsetDateTime createdAt;
}
