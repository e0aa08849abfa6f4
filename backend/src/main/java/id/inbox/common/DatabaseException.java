package id.inbox.common;

import java.sql.SQLException;

/**
 * A statement that failed, or a connection that could not be had or given back. The driver's
 * {@link SQLException} is the cause: its SQLState tells the problem mappers what to answer.
 */
public class DatabaseException extends RuntimeException {

    public DatabaseException(String message, SQLException cause) {
        super(message, cause);
    }
}
