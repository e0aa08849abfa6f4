package id.inbox.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The backend's one way to the database and to the time.
 *
 * <p>SQL is hand-written where SQL is the point (keyset pages, counts, search, bulk writes) and run through
 * Jdbi with named parameters. Jdbi takes its connections from the Agroal pool, so inside a
 * {@code @Transactional} method every handle joins the current transaction; the transaction manager, not the
 * handle, commits it.
 */
@ApplicationScoped
public class Database {

    @Produces
    @Singleton
    Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        // A handle closed inside a @Transactional method leaves the transaction to Narayana.
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        jdbi.registerArrayType(Long.class, "bigint");
        jdbi.registerArrayType(String.class, "text");
        // An instant is a timestamptz parameter, not an untyped timestamp: typed wherever it is used (also in an
        // INSERT ... SELECT list, where an untyped value would resolve to text).
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
            }
        });
        return jdbi;
    }

    /**
     * Now, at PostgreSQL's precision (microseconds), so what the API returns equals what it stored. Tests
     * replace this bean to move time instead of waiting for it.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
