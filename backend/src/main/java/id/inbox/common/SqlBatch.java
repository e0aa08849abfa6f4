package id.inbox.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One statement text with named parameters, run for each set of values added, in one JDBC batch per
 * {@link #execute()}.
 */
public final class SqlBatch {

    private final java.sql.Connection connection;
    private final String text;
    private final NamedParameters parsed;
    private final List<Map<String, Object>> pending = new ArrayList<>();

    SqlBatch(java.sql.Connection connection, String text) {
        this.connection = connection;
        this.text = text;
        this.parsed = NamedParameters.of(text);
    }

    /** Adds one set of values (every named parameter of the text must have one). */
    public SqlBatch add(Map<String, Object> values) {
        pending.add(values);
        return this;
    }

    public int size() {
        return pending.size();
    }

    /** Runs every set added since the last run. */
    public void execute() {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(parsed.jdbc())) {
            for (Map<String, Object> values : pending) {
                BoundSql.bind(statement, parsed, values);
                statement.addBatch();
            }
            statement.executeBatch();
            pending.clear();
        } catch (SQLException e) {
            throw new DatabaseException("Batch failed: " + text.strip(), e);
        }
    }
}
