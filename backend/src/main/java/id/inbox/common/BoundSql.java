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
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A {@link Sql} run on a handle's connection with plain JDBC: the parsed text is cached, each parameter is
 * bound by its value's type and each row goes straight to its mapper. Jdbi's statement machinery (a copy of
 * its configuration per statement, argument and mapper lookups, result iterators) cost more CPU than most of
 * these statements take in PostgreSQL; the handle still supplies the connection, so statements join the
 * current transaction as before. Failures surface as Jdbi's exceptions, which the problem mappers know.
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

    /** Rows mapped by a row mapper (one specialised per result set, as Jdbi does). */
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
            Map<String, Object> params = sql.params();
            List<String> names = parsed.names();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("No value bound for :" + name);
                }
                Object value = params.get(name);
                Argument argument = Sql.argument(value);
                if (argument == null) {
                    throw new IllegalArgumentException(":" + name + " is bound to a " + value.getClass().getSimpleName()
                            + ", which statements do not bind");
                }
                argument.apply(i + 1, statement, null);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private UnableToExecuteStatementException failed(SQLException e) {
        return new UnableToExecuteStatementException("Statement failed: " + sql.text().strip(), e, null);
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
                    action.accept(specialised.map(rows, null));
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
