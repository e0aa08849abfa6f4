package id.inbox.room;

import id.inbox.common.Sql;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The customer-service window of a room, derived from its expiry and now (DESIGN.md 2.2); never stored.
 *
 * <p>Defined once, in SQL: {@link #condition()} selects the rooms in a state (list filters, counts,
 * resolve-all-expired), and {@link #COLUMN} gives a room's state from the same conditions, so a room
 * shown as expired is one the Expired filter lists.
 */
public enum SessionState {
    OPEN,
    EXPIRING,
    EXPIRED;

    /**
     * A room's window expiry, where a missing window counts as never closing: the expression of
     * room_deadline_idx, so the index serves the session filters, the session counts and resolve-all-expired.
     */
    static final String DEADLINE = "coalesce(r.window_expires_at, 'infinity'::timestamptz)";

    /** The state of room r as a text column; parameters as for {@link #condition()}. */
    static final String COLUMN = "case when " + EXPIRED.condition() + " then 'EXPIRED' when " + EXPIRING.condition()
            + " then 'EXPIRING' else 'OPEN' end";

    /** The SQL condition selecting rooms r in this state; parameters :now and :expiringFrom ({@link #bind}). */
    String condition() {
        return switch (this) {
            case OPEN -> DEADLINE + " >= :expiringFrom";
            case EXPIRING -> "(" + DEADLINE + " > :now and " + DEADLINE + " < :expiringFrom)";
            case EXPIRED -> DEADLINE + " <= :now";
        };
    }

    /** The OR of the states' conditions; "true" when none is given. */
    static String anyOf(List<SessionState> states) {
        if (states.isEmpty()) {
            return "true";
        }
        return "(" + String.join(" or ", states.stream().map(SessionState::condition).toList()) + ")";
    }

    /** The parameters of the conditions: now, and expiringFrom (now + the tenant's expiring threshold). */
    static Sql bind(Sql sql, Instant now, Duration threshold) {
        return sql.bind("now", now).bind("expiringFrom", now.plus(threshold));
    }
}
