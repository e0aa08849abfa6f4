package id.inbox.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.Update;

/**
 * A statement with named parameters ({@code :name}) and their values, built in one place and run (or
 * explained, by the plan guards) in another, with the same bindings. Lists are bound as arrays
 * ({@code = any(:ids)}): text[] for strings, bigint[] otherwise.
 */
public record Sql(String text, Map<String, Object> params) {

    public Sql {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static Sql of(String text) {
        return new Sql(text, Map.of());
    }

    /** This statement with one more parameter. */
    public Sql bind(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return new Sql(text, more);
    }

    /** The statement {@code before} + this text + {@code after}, with the same parameters. */
    public Sql wrap(String before, String after) {
        return new Sql(before + text + after, params);
    }

    public Query query(Handle handle) {
        return bindTo(handle.createQuery(text));
    }

    public Update update(Handle handle) {
        return bindTo(handle.createUpdate(text));
    }

    public <S extends SqlStatement<S>> S bindTo(S statement) {
        params.forEach((name, value) -> {
            Argument argument = argument(value);
            if (argument == null) {
                statement.bind(name, value);
            } else {
                statement.bind(name, argument);
            }
        });
        return statement;
    }

    /**
     * The JDBC parameter for a value of the types statements bind every request, chosen by its class here
     * rather than by Jdbi's argument factories (a lookup per parameter that cost more than binding); null
     * for any other type, which Jdbi binds.
     */
    static Argument argument(Object value) {
        if (value == null) {
            return (position, statement, context) -> statement.setNull(position, Types.OTHER);
        } else if (value instanceof Long number) {
            return (position, statement, context) -> statement.setLong(position, number);
        } else if (value instanceof Integer number) {
            return (position, statement, context) -> statement.setInt(position, number);
        } else if (value instanceof String text) {
            return (position, statement, context) -> statement.setString(position, text);
        } else if (value instanceof Boolean flag) {
            return (position, statement, context) -> statement.setBoolean(position, flag);
        } else if (value instanceof Instant instant) {
            OffsetDateTime at = instant.atOffset(ZoneOffset.UTC);
            return (position, statement, context) -> statement.setObject(position, at);
        } else if (value instanceof UUID uuid) {
            return (position, statement, context) -> statement.setObject(position, uuid);
        } else if (value instanceof Enum<?> constant) {
            return (position, statement, context) -> statement.setString(position, constant.name());
        } else if (value instanceof Collection<?> values) {
            boolean strings = !values.isEmpty() && values.iterator().next() instanceof String;
            Object[] elements = values.toArray();
            return (position, statement, context) ->
                    statement.setArray(position, statement.getConnection().createArrayOf(strings ? "text" : "bigint", elements));
        }
        return null;
    }

    /** A timestamptz column as an instant (null stays null). */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A timestamptz column as an instant (null stays null). */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
