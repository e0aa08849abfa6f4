package id.inbox.common;

import java.sql.PreparedStatement;
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

/**
 * A statement with named parameters ({@code :name}) and their values, built in one place and run (or
 * explained, by the plan guards) in another, with the same bindings. Lists are bound as arrays
 * ({@code = any(:ids)}): text[] for strings, bigint[] otherwise, and an empty list as an array of the type the
 * statement needs.
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

    /** This statement as a query on the handle's connection (see {@link BoundSql}). */
    public BoundSql query(Handle handle) {
        return new BoundSql(handle.connection(), this);
    }

    /** This statement as an INSERT, UPDATE or DELETE on the handle's connection. */
    public BoundSql update(Handle handle) {
        return new BoundSql(handle.connection(), this);
    }

    /**
     * Sets a parameter from a value, by its class. False when statements do not bind values of that type.
     */
    static boolean bind(PreparedStatement statement, int position, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.OTHER);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof String text) {
            statement.setString(position, text);
        } else if (value instanceof Double number) {
            statement.setDouble(position, number);
        } else if (value instanceof Float number) {
            statement.setFloat(position, number);
        } else if (value instanceof Short number) {
            statement.setShort(position, number);
        } else if (value instanceof java.math.BigDecimal number) {
            statement.setBigDecimal(position, number);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(position, bytes);
        } else if (value instanceof OffsetDateTime || value instanceof java.time.LocalDate || value instanceof UUID) {
            statement.setObject(position, value);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(position, flag);
        } else if (value instanceof Instant instant) {
            // a timestamptz, not an untyped timestamp (also in an INSERT ... SELECT list, where it would be text)
            statement.setObject(position, instant.atOffset(ZoneOffset.UTC));
        } else if (value instanceof Enum<?> constant) {
            statement.setString(position, constant.name());
        } else if (value instanceof Collection<?> values && values.isEmpty()) {
            // '{}' of no type yet: PostgreSQL takes the array type the statement needs (text[], bigint[], ...)
            statement.setObject(position, "{}", Types.OTHER);
        } else if (value instanceof Collection<?> values) {
            boolean strings = values.iterator().next() instanceof String;
            statement.setArray(position, statement.getConnection().createArrayOf(strings ? "text" : "bigint", values.toArray()));
        } else {
            return false;
        }
        return true;
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
