package id.inbox.common;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a database that cannot be reached now (the client should retry) from a statement that failed (our
 * fault). The failure may sit anywhere in the chain of causes and suppressed exceptions: a COMMIT that lost
 * its connection reaches us as the transaction manager's RollbackException with the driver's I/O error
 * suppressed inside, and its outcome is unknown, so the client must retry with its Idempotency-Key.
 */
public final class DatabaseFailures {

    /** SQLState class 08: connection exception (refused, broken, closed, failure during COMMIT). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /**
     * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down,
     * in recovery), 53300 too_many_connections.
     */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseFailures() {
    }

    /** The exception in the chain that shows the database unreachable, if any. */
    public static Optional<Throwable> unavailable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable e = pending.poll();
            if (!seen.add(e)) {
                continue;
            }
            if (meansUnavailable(e)) {
                return Optional.of(e);
            }
            if (e.getCause() != null) {
                pending.add(e.getCause());
            }
            Collections.addAll(pending, e.getSuppressed());
            if (e instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return Optional.empty();
    }

    /** The SQLState of the first SQLException in the chain of causes, if any. */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean meansUnavailable(Throwable e) {
        if (e instanceof SQLTransientConnectionException
                || e instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (e instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                return state.startsWith(CONNECTION_EXCEPTION_CLASS) || UNAVAILABLE_STATES.contains(state);
            }
            // Agroal's pool: no free connection within the acquisition timeout. It carries neither SQLState
            // nor cause, so its message is all there is.
            return sql.getMessage() != null && sql.getMessage().toLowerCase().contains("acquisition timeout");
        }
        return e instanceof TimeoutException && e.getMessage() != null
                && e.getMessage().toLowerCase().contains("acquisition timeout");
    }
}
