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

/** Calls and helpers shared by the room write tests: requests, background requests and row locks. */
public final class RoomTestSupport {

    public static final String ROOMS = "/api/v1/rooms";

    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "room-test-background");
        thread.setDaemon(true);
        return thread;
    });

    private RoomTestSupport() {
    }

    // ---- time ----

    /** Now minus the duration, whole seconds, so a round trip through the database keeps it exact. */
    public static OffsetDateTime ago(Duration duration) {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(duration).truncatedTo(ChronoUnit.SECONDS);
    }

    public static Instant instant(String value) {
        return value == null ? null : OffsetDateTime.parse(value).toInstant();
    }

    public static String externalId() {
        return TestData.unique("cust");
    }

    // ---- calls ----

    /** POST /inbound/messages with every optional field controllable; sentAt and providerMessageId may be null. */
    public static Response inbound(TestUser caller, TestChannel channel, String externalId, String text,
                                   OffsetDateTime sentAt, String providerMessageId) {
        Map<String, Object> body = new HashMap<>();
        body.put("channelId", channel.id());
        body.put("contact", Map.of("externalId", externalId, "name", "Customer " + externalId));
        body.put("text", text);
        if (sentAt != null) {
            body.put("sentAt", sentAt.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (providerMessageId != null) {
            body.put("providerMessageId", providerMessageId);
        }
        return Api.as(caller).body(body).post("/api/v1/inbound/messages");
    }

    /** A new room whose only customer message was sent at sentAt (null = now); returns its id. */
    public static long roomWithMessageAt(TestUser supervisor, TestChannel channel, OffsetDateTime sentAt) {
        return Api.inbound(supervisor, channel, externalId(), "Halo, saya mau tanya pesanan", sentAt);
    }

    /** A room with a customer message sent a moment ago (window OPEN). */
    public static long openRoom(TestUser supervisor, TestChannel channel) {
        return roomWithMessageAt(supervisor, channel, null);
    }

    /** A room whose window closed an hour ago (customer wrote 25 h ago). */
    public static long expiredRoom(TestUser supervisor, TestChannel channel) {
        return roomWithMessageAt(supervisor, channel, ago(Duration.ofHours(25)));
    }

    public static JsonPath room(TestUser caller, long roomId) {
        return Api.as(caller).get(ROOMS + "/" + roomId).then().statusCode(200).extract().jsonPath();
    }

    /** The room's messages, newest first (up to 100). */
    public static List<Map<String, Object>> messages(TestUser caller, long roomId) {
        return Api.as(caller).queryParam("limit", 100).get(ROOMS + "/" + roomId + "/messages")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The room's customer and agent messages, newest first, without the SYSTEM notes of room events. */
    public static List<Map<String, Object>> conversation(TestUser caller, long roomId) {
        return messages(caller, roomId).stream().filter(m -> !"SYSTEM".equals(m.get("direction"))).toList();
    }

    public static Response reply(TestUser caller, long roomId, String text) {
        return Api.as(caller).body(Map.of("text", text)).post(ROOMS + "/" + roomId + "/messages");
    }

    public static Response sendTemplate(TestUser caller, long roomId, String idempotencyKey, long templateId,
                                        List<String> parameters) {
        var request = Api.as(caller).body(Map.of("templateId", templateId, "parameters", parameters));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(ROOMS + "/" + roomId + "/template-messages");
    }

    public static Response resolve(TestUser caller, long roomId) {
        return Api.as(caller).post(ROOMS + "/" + roomId + "/resolve");
    }

    /** PUT /assignee; agentId null unassigns. */
    public static Response assign(TestUser caller, long roomId, Long agentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("agentId", agentId);
        return Api.as(caller).body(body).put(ROOMS + "/" + roomId + "/assignee");
    }

    /** Assigns the room to the agent through the API (as the supervisor) and checks it worked. */
    public static void assignTo(TestUser supervisor, long roomId, TestUser agent) {
        assign(supervisor, roomId, agent.id()).then().statusCode(200);
    }

    public static Response tag(TestUser caller, long roomId, long tagId) {
        return Api.as(caller).put(ROOMS + "/" + roomId + "/tags/" + tagId);
    }

    public static Response untag(TestUser caller, long roomId, long tagId) {
        return Api.as(caller).delete(ROOMS + "/" + roomId + "/tags/" + tagId);
    }

    /** POST /rooms/resolve-expired; null arguments are left out of the body. */
    public static Response resolveExpired(TestUser caller, List<Long> channelIds, Boolean includeUnassigned, Boolean dryRun) {
        Map<String, Object> body = new HashMap<>();
        if (channelIds != null) {
            body.put("channelIds", channelIds);
        }
        if (includeUnassigned != null) {
            body.put("includeUnassigned", includeUnassigned);
        }
        if (dryRun != null) {
            body.put("dryRun", dryRun);
        }
        return Api.as(caller).body(body).post(ROOMS + "/resolve-expired");
    }

    public static Response undo(TestUser caller, String batchId) {
        return Api.as(caller).post(ROOMS + "/resolve-expired/" + batchId + "/undo");
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
