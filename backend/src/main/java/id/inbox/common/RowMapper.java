package id.inbox.common;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns the current row of a result set into a value. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;

    /**
     * The mapper for the rows of one result set. A mapper that finds its columns by name looks them up here,
     * once, instead of on every row.
     */
    default RowMapper<T> specialize(ResultSet rows) throws SQLException {
        return this;
    }
}
