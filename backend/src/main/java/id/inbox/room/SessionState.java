package id.inbox.room;

import java.time.Duration;
import java.time.Instant;

/** The customer-service window of a room, derived from its expiry and now (DESIGN.md 2.2); never stored. */
public enum SessionState {
    OPEN,
    EXPIRING,
    EXPIRED;

    public static SessionState of(Instant windowExpiresAt, Instant now, Duration expiringThreshold) {
        if (windowExpiresAt == null) {
            return OPEN;
        }
        if (!now.isBefore(windowExpiresAt)) {
            return EXPIRED;
        }
        return Duration.between(now, windowExpiresAt).compareTo(expiringThreshold) < 0 ? EXPIRING : OPEN;
    }

    /**
     * The SQL condition selecting rooms in this state; parameters: now, and now + threshold where named.
     * Written on the expression of room_deadline_idx (a missing window counts as never closing), so the
     * index serves the session filters, the session counts and resolve-all-expired.
     */
    String condition() {
        String expiry = RoomReadRepository.DEADLINE;
        return switch (this) {
            case OPEN -> expiry + " >= ?";
            case EXPIRING -> "(" + expiry + " > ? and " + expiry + " < ?)";
            case EXPIRED -> expiry + " <= ?";
        };
    }

    Object[] parameters(Instant now, Instant expiringFrom) {
        return switch (this) {
            case OPEN -> new Object[] {expiringFrom};
            case EXPIRING -> new Object[] {now, expiringFrom};
            case EXPIRED -> new Object[] {now};
        };
    }
}
