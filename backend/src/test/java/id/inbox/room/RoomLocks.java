package id.inbox.room;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Concurrency in the room write tests: requests in the background, and row locks that make writers queue. */
public final class RoomLocks {

    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "room-test-background");
        thread.setDaemon(true);
        return thread;
    });

    private RoomLocks() {
    }

    // ---- concurrency ----

    /** Runs the request on another thread; the caller joins the future. */
    public static <T> CompletableFuture<T> inBackground(Supplier<T> request) {
        return CompletableFuture.supplyAsync(request, BACKGROUND);
    }

    // ---- database ----

    /** A plain JDBC connection to the test database, outside the application's pool. */
    public static Connection connect() {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Holds {@code select ... for update} on a room row in an open transaction until released, so writers
     * of that row queue behind it. The application's statements time out after 5 s, so hold it briefly.
     */
    public static final class RoomLock implements AutoCloseable {
        private final Connection connection;

        private RoomLock(long roomId) throws SQLException {
            connection = connect();
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select id from room where id = ? for update")) {
                lock.setLong(1, roomId);
                try (ResultSet rs = lock.executeQuery()) {
                    assertThat(rs.next()).as("room %d exists", roomId).isTrue();
                }
            }
        }

        public static RoomLock on(long roomId) {
            try {
                return new RoomLock(roomId);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Ends the transaction (nothing was changed), letting the queued writers through. */
        @Override
        public void close() {
            try {
                if (!connection.isClosed()) {
                    connection.rollback();
                    connection.close();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Number of backends of the test database waiting for a heavyweight lock (e.g. a row lock). */
    public static int backendsWaitingForALock() {
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement("select count(*) from pg_stat_activity"
                     + " where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()");
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until {@code count} backends wait for a lock, or until one of the given requests has ended without
     * queueing (e.g. a statement that skips locked rows); the outcome assertions of the caller still apply then.
     * Fails when neither happens within 3 s.
     */
    public static void awaitBackendsWaitingForALock(int count, CompletableFuture<?>... requests) {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (backendsWaitingForALock() >= count) {
                return;
            }
            for (CompletableFuture<?> request : requests) {
                if (request.isDone()) {
                    System.out.println("request ended without waiting for the locked room row: " + describe(request));
                    return;
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("expected " + count + " backends waiting for the room row lock, saw "
                + backendsWaitingForALock());
    }

    private static String describe(CompletableFuture<?> request) {
        Object result = request.getNow(null);
        return result instanceof Response response ? response.statusCode() + " " + response.asString() : String.valueOf(result);
    }
}
