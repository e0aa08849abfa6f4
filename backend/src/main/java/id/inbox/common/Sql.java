package id.inbox.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
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
            if (value instanceof Collection<?> values) {
                boolean strings = !values.isEmpty() && values.iterator().next() instanceof String;
                statement.bindArray(name, strings ? String.class : Long.class, values);
            } else {
                statement.bind(name, value);
            }
        });
        return statement;
    }

    /** A timestamptz column as an instant (null stays null). */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
