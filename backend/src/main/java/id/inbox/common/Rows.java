package id.inbox.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Maps a row to a record by its components' names: {@code tenantId} reads the column {@code tenant_id} (or
 * {@code tenantid}). The constructor and a reader per component are found once per record type; each
 * result set only matches its columns by name. A reflective constructor mapper that does all of that for every
 * statement, which cost more CPU than the statement itself on the requests that run on every page.
 */
public final class Rows<R extends Record> implements RowMapper<R> {

    private static final ClassValue<Rows<?>> MAPPERS = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected Rows<?> computeValue(Class<?> type) {
            return new Rows(type.asSubclass(Record.class));
        }
    };

    @FunctionalInterface
    private interface Reader {
        Object read(ResultSet row, int column) throws SQLException;
    }

    private final Class<R> type;
    private final Constructor<R> constructor;
    private final String[] names;
    private final Reader[] readers;

    private Rows(Class<R> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        names = new String[components.length];
        readers = new Reader[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            names[i] = normalized(components[i].getName());
            readers[i] = readerOf(types[i], type);
        }
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("No canonical constructor on " + type, e);
        }
    }

    /** The mapper of a record type (one per type, kept for the life of the class). */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RowMapper<R> of(Class<R> type) {
        return (RowMapper<R>) MAPPERS.get(type);
    }

    /** A mapper of a statement's first column to one of the types records may hold. */
    @SuppressWarnings("unchecked")
    public static <T> RowMapper<T> column(Class<T> type) {
        Reader reader = readerOf(type, type);
        return row -> (T) reader.read(row, 1);
    }

    @Override
    public RowMapper<R> specialize(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        Map<String, Integer> columns = new HashMap<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            columns.putIfAbsent(normalized(meta.getColumnLabel(column)), column);
        }
        int[] indexes = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            Integer column = columns.get(names[i]);
            if (column == null) {
                throw new IllegalStateException("The statement has no column for " + type.getSimpleName() + "." + names[i]);
            }
            indexes[i] = column;
        }
        return row -> construct(row, indexes);
    }

    @Override
    public R map(ResultSet row) throws SQLException {
        return specialize(row).map(row);
    }

    private R construct(ResultSet row, int[] indexes) throws SQLException {
        Object[] values = new Object[readers.length];
        for (int i = 0; i < readers.length; i++) {
            values[i] = readers[i].read(row, indexes[i]);
        }
        try {
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not build " + type.getSimpleName() + " from a row", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not build " + type.getSimpleName() + " from a row", e);
        }
    }

    private static String normalized(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Reader readerOf(Class<?> component, Class<?> owner) {
        if (component == long.class) {
            return ResultSet::getLong;
        } else if (component == int.class) {
            return ResultSet::getInt;
        } else if (component == boolean.class) {
            return ResultSet::getBoolean;
        } else if (component == float.class) {
            return ResultSet::getFloat;
        } else if (component == double.class) {
            return ResultSet::getDouble;
        } else if (component == Long.class) {
            return (row, column) -> {
                long value = row.getLong(column);
                return row.wasNull() ? null : value;
            };
        } else if (component == Integer.class) {
            return (row, column) -> {
                int value = row.getInt(column);
                return row.wasNull() ? null : value;
            };
        } else if (component == Boolean.class) {
            return (row, column) -> {
                boolean value = row.getBoolean(column);
                return row.wasNull() ? null : value;
            };
        } else if (component == String.class) {
            return ResultSet::getString;
        } else if (component == java.time.Instant.class) {
            return Sql::instant;
        } else if (component == UUID.class) {
            return (row, column) -> row.getObject(column, UUID.class);
        } else if (component == byte[].class) {
            return ResultSet::getBytes;
        } else if (component.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) component;
            return (row, column) -> {
                String value = row.getString(column);
                return value == null ? null : Enum.valueOf(enumType, value);
            };
        }
        throw new IllegalArgumentException(owner.getSimpleName() + " is or has a component of a type rows do not map: " + component);
    }
}
