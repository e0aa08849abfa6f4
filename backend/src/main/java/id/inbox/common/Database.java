package id.inbox.common;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The backend's one way to the database. SQL is hand-written where SQL is the point (keyset pages, counts,
 * search, bulk writes), kept in {@link Sql} values with named parameters and run with plain JDBC on a
 * connection from the Agroal pool, held for the block given here. Inside a {@code @Transactional} method the
 * pool hands out the transaction's connection, so every block joins the current transaction and the
 * transaction manager, not the block, commits it.
 *
 * <p>Jdbi ran these statements before; its handle (a copy of its configuration per handle, and per statement)
 * cost more CPU than the cheapest statements take in PostgreSQL, and only the connection was used.
 */
@Singleton
public class Database {

    /** A block of statements that returns a value. */
    @FunctionalInterface
    public interface Block<T, X extends Exception> {
        T run(Handle handle) throws X;
    }

    /** A block of statements. */
    @FunctionalInterface
    public interface VoidBlock<X extends Exception> {
        void run(Handle handle) throws X;
    }

    private final DataSource dataSource;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Statements on another pool (the live stream's reads have a pool of their own). */
    public static Database over(DataSource dataSource) {
        return new Database(dataSource);
    }

    /** Runs the block on one connection and returns what it returns. */
    public <T, X extends Exception> T withHandle(Block<T, X> block) throws X {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("No database connection", e);
        }
        T result;
        try {
            result = block.run(new Handle(connection));
        } catch (Throwable failure) {
            try {
                connection.close();
            } catch (SQLException | RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseException("Could not give the connection back", e);
        }
        return result;
    }

    /** Runs the block on one connection. */
    public <X extends Exception> void useHandle(VoidBlock<X> block) throws X {
        withHandle(handle -> {
            block.run(handle);
            return null;
        });
    }
}
