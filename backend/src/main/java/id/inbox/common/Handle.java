package id.inbox.common;

import java.sql.Connection;

/**
 * One connection, held for a block of statements that {@link Database} runs. Inside a {@code @Transactional}
 * method it is the transaction's connection; outside one, each statement commits on its own.
 */
public final class Handle {

    private final Connection connection;

    Handle(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** One INSERT or UPDATE with named parameters, run for many sets of values in JDBC batches. */
    public SqlBatch batch(String text) {
        return new SqlBatch(connection, text);
    }
}
