package id.inbox.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.Types;
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
 * Jdbi for the tests' own set-up and checks (rows put in place or read back by hand); the product runs its
 * statements through {@link id.inbox.common.Database}.
 */
@ApplicationScoped
public class TestJdbi {

    @Produces
    @Singleton
    Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        // A handle closed inside a @Transactional method leaves the transaction to Narayana.
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        jdbi.registerArrayType(Long.class, "bigint");
        jdbi.registerArrayType(String.class, "text");
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, context) -> statement.setObject(position, value.atOffset(ZoneOffset.UTC));
            }
        });
        return jdbi;
    }
}
