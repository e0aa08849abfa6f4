package id.inbox.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A plain JDBC connection that LISTENs on a channel, as another instance would: what the API's transactions
 * notify is awaited as it arrives (bounded), never guessed with a fixed wait.
 */
public final class Notifications implements AutoCloseable {

    private static final long WAIT_NANOS = 15_000_000_000L;

    private final Connection connection;
    private final String channel;

    private Notifications(Connection connection, String channel) {
        this.connection = connection;
        this.channel = channel;
    }

    public static Notifications listen(String channel) {
        var config = ConfigProvider.getConfig();
        try {
            Connection connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class),
                    config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
            try (Statement statement = connection.createStatement()) {
                statement.execute("listen " + channel);
            }
            return new Notifications(connection, channel);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payloads that arrive until one matches (that one included); fails after 15 s. */
    public List<String> until(Predicate<String> last) {
        List<String> payloads = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT_NANOS;
        try {
            while (System.nanoTime() < deadline) {
                PGNotification[] arrived = connection.unwrap(PGConnection.class).getNotifications(200);
                for (PGNotification notification : arrived == null ? new PGNotification[0] : arrived) {
                    if (notification.getName().equals(channel)) {
                        payloads.add(notification.getParameter());
                        if (last.test(notification.getParameter())) {
                            return payloads;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no matching notification on " + channel + " within 15 s; received " + payloads);
    }

    /**
     * Every payload that arrived before now: notifies a marker of its own and collects until it comes back. PostgreSQL
     * delivers notifications in commit order, so everything committed before this call is in the list.
     */
    public List<String> drain() {
        // shaped like a presence payload of company 0 (none), so the API's listener takes it for an empty room
        String marker = "0:" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, channel);
            notify.setString(2, marker);
            notify.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<String> payloads = until(marker::equals);
        return payloads.subList(0, payloads.size() - 1);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
