package id.inbox.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached now" (503, retry) rather than a fault of ours (500). */
class DatabaseFailuresTest {

    private static SQLException state(String sqlState) {
        return new SQLException("driver says so", sqlState);
    }

    @Test
    void brokenRefusedOrClosedConnectionsAreUnavailable() {
        assertThat(DatabaseFailures.unavailable(state("08006"))).isPresent();
        assertThat(DatabaseFailures.unavailable(state("08001"))).isPresent();
        assertThat(DatabaseFailures.unavailable(state("08003"))).isPresent();
    }

    @Test
    void aServerShuttingDownStartingOrFullIsUnavailable() {
        assertThat(DatabaseFailures.unavailable(state("57P01"))).isPresent();
        assertThat(DatabaseFailures.unavailable(state("57P02"))).isPresent();
        assertThat(DatabaseFailures.unavailable(state("57P03"))).isPresent();
        assertThat(DatabaseFailures.unavailable(state("53300"))).isPresent();
    }

    @Test
    void aPoolWithoutAFreeConnectionInTimeIsUnavailable() {
        assertThat(DatabaseFailures.unavailable(new SQLException("Sorry, acquisition timeout!"))).isPresent();
    }

    @Test
    void aStatementOrConnectionFailureWrappingABrokenConnectionIsUnavailable() {
        assertThat(DatabaseFailures.unavailable(new DatabaseException("No database connection", state("08001")))).isPresent();
        assertThat(DatabaseFailures.unavailable(new DatabaseException("Statement failed", state("08006")))).isPresent();
    }

    @Test
    void aCommitThatLostItsConnectionIsUnavailableWhereverTheDriverErrorSits() {
        // as Narayana reports it: the driver's error suppressed inside the RollbackException, itself wrapped by ArC
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(state("08006"));
        commit.addSuppressed(xa);

        assertThat(DatabaseFailures.unavailable(new ArcUndeclaredThrowableException(commit))).isPresent();
    }

    @Test
    void aStatementThatFailsOnItsOwnIsNotAnOutage() {
        assertThat(DatabaseFailures.unavailable(state("23505"))).isEmpty();
        assertThat(DatabaseFailures.unavailable(state("57014"))).isEmpty();
        assertThat(DatabaseFailures.unavailable(new SQLException("no state"))).isEmpty();
        assertThat(DatabaseFailures.unavailable(new IllegalStateException("bug"))).isEmpty();
        assertThat(DatabaseFailures.unavailable(new RollbackException("marked rollback only"))).isEmpty();
    }
}
