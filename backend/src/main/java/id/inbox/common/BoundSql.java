package id.inbox.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link Sql} run on a handle's connection with plain JDBC: the parsed text is cached, each parameter is
 * bound by its value's type and each row goes straight to its mapper. Jdbi's statement machinery (a copy of
 * its configuration per statement, argument and mapper lookups, result iterators) cost more CPU than most of
 * these statements take in PostgreSQL. The handle supplies the connection, so statements join the current
 * transaction. Failures surface as {@link DatabaseException}s with the driver's exception as the cause.
 */
public final class BoundSql {

    private final Connection connection;
    private final Sql sql;
    private final NamedParameters parsed;

    BoundSql(Connection connection, Sql sql) {
        this.connection = connection;
        this.sql = sql;
        this.parsed = NamedParameters.of(sql.text());
    }

    /** Rows mapped by a row mapper (specialised once per result set). */
    public <T> Results<T> map(RowMapper<T> mapper) {
        return new Results<>(mapper);
    }

    /** The first column of each row as a long, int, boolean, text, instant, UUID or enum. */
    public <T> Results<T> mapTo(Class<T> type) {
        return new Results<>(Rows.column(type));
    }

    /** Runs an INSERT, UPDATE or DELETE: the number of rows it changed. */
    public int execute() {
        try (PreparedStatement statement = prepare()) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private PreparedStatement prepare() throws SQLException {
        PreparedStatement statement = connection.prepareStatement(parsed.jdbc());
        try {
            bind(statement, parsed, sql.params());
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Sets every parameter the parsed text names from the values (each must have one). */
    static void bind(PreparedStatement statement, NamedParameters parsed, Map<String, Object> values) throws SQLException {
        List<String> names = parsed.names();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value bound for :" + name);
            }
            Object value = values.get(name);
            if (!Sql.bind(statement, i + 1, value)) {
                throw new IllegalArgumentException(":" + name + " is bound to a " + value.getClass().getSimpleName()
                        + ", which statements do not bind");
            }
        }
    }

    private DatabaseException failed(SQLException e) {
        return new DatabaseException("Statement failed: " + sql.text().strip(), e);
    }

    /** The rows of a query, read when asked for. */
    public final class Results<T> {

        private final RowMapper<T> mapper;

        private Results(RowMapper<T> mapper) {
            this.mapper = mapper;
        }

        public List<T> list() {
            List<T> rows = new ArrayList<>();
            forEach(rows::add);
            return rows;
        }

        public void forEach(Consumer<? super T> action) {
            try (PreparedStatement statement = prepare(); ResultSet rows = statement.executeQuery()) {
                RowMapper<T> specialised = null;
                while (rows.next()) {
                    if (specialised == null) {
                        specialised = parsed.specialised(mapper, rows);
                    }
                    action.accept(specialised.map(rows));
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        /** The only row; empty when there is none, an error when there are several. */
        public Optional<T> findOne() {
            List<T> rows = list();
            if (rows.size() > 1) {
                throw new IllegalStateException("Expected at most one row, got " + rows.size() + ": " + sql.text().strip());
            }
            return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
        }

        /** The only row (its value may be null); an error when there is none or several. */
        public T one() {
            List<T> rows = list();
            if (rows.size() != 1) {
                throw new IllegalStateException("Expected one row, got " + rows.size() + ": " + sql.text().strip());
            }
            return rows.get(0);
        }
    }
}
