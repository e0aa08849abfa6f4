package id.inbox.common;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.PrivatePostgres;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The outage, replayed in every test run: replies stream in from a few clients while the API's own
 * PostgreSQL cluster is crashed and restarted, then stopped for a while and started again. The clients act
 * as integrators should: every message has its own Idempotency-Key, and a 503 is retried with the same key
 * until it is answered 201.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnCluster.class)
@EnabledIf(value = "id.inbox.support.PrivatePostgres#available",
        disabledReason = "the database fault test needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin)")
class DatabaseOutageTest {

    /** Runs the application against a private cluster this test may crash. */
    public static class OwnCluster implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivatePostgres.class));
        }
    }

    private static final int WRITERS = 3;
    /** Liveness bound of each phase; the test waits for conditions, never for a fixed time. */
    private static final Duration PHASE = Duration.ofSeconds(30);

    @Inject
    TestData data;

    @TestHTTPResource("/")
    URL api;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    // what the clients saw
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> retriedAfter503 = ConcurrentHashMap.newKeySet();
    private final Queue violations = new Queue();
    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicInteger unavailable = new AtomicInteger();
    private final AtomicLong lastAckNanos = new AtomicLong();
    private final AtomicBoolean stopWriting = new AtomicBoolean();
    private final AtomicLong slowest503Millis = new AtomicLong();
    /** Notified on every answer a writer gets: the test waits on what the clients see, not on time. */
    private final Object progress = new Object();

    @Test
    void crashesAndOutagesAnswer503AndLoseOrDoubleNoAcknowledgedWrite() throws Exception {
        PrivatePostgres.Cluster cluster = PrivatePostgres.Cluster.of(config(PrivatePostgres.DATA_DIR),
                Integer.parseInt(config(PrivatePostgres.PORT)));
        TestUser supervisor = data.supervisor(data.tenant());
        TestChannel email = data.email(supervisor.tenant());
        String token = Api.login(supervisor);
        List<Thread> writers = new ArrayList<>();
        for (int n = 0; n < WRITERS; n++) {
            long roomId = Api.inbound(supervisor, email, TestData.unique("outage"), "Halo", null);
            int writer = n;
            Thread thread = new Thread(() -> write(writer, roomId, token), "outage-writer-" + n);
            thread.start();
            writers.add(thread);
        }

        awaitAcks("writes before the crash", 10);

        cluster.restartImmediately();
        awaitAcks("writes after the crash", acks.get() + 10);

        int unavailableBefore = unavailable.get();
        cluster.stopImmediately();
        await("503 answers while the database is down", () -> unavailable.get() >= unavailableBefore + 2 * WRITERS);
        HttpResponse<String> readiness = get("q/health/ready");
        assertThat(readiness.statusCode()).as("readiness while the database is down: %s", readiness.body()).isEqualTo(503);
        assertThat(readiness.body()).contains("DOWN");

        long started = System.nanoTime();
        cluster.start();
        await("a write acknowledged after the database is back", () -> lastAckNanos.get() > started);
        Duration recovery = Duration.ofNanos(lastAckNanos.get() - started);
        await("readiness after the database is back", () -> get("q/health/ready").statusCode() == 200);
        awaitAcks("writes after the outage", acks.get() + 10);

        stopWriting.set(true);
        progressed();
        for (Thread writer : writers) {
            writer.join(PHASE.toMillis());
            assertThat(writer.isAlive()).as("%s finished its last write", writer.getName()).isFalse();
        }

        Map<String, Integer> stored = storedReplies(supervisor.tenant().id());
        Map<Integer, Integer> seen = new TreeMap<>();
        statuses.forEach((status, count) -> seen.put(status, count.get()));
        System.out.printf("DatabaseOutageTest: %d writes acknowledged, %d of them found once; %d retried after a 503; "
                        + "statuses %s; slowest 503 took %d ms; first write acknowledged %d ms after the database was back%n",
                acknowledged.size(), acknowledged.stream().filter(b -> stored.getOrDefault(b, 0) == 1).count(),
                retriedAfter503.size(), seen, slowest503Millis.get(), recovery.toMillis());

        assertThat(violations.all()).as("answers other than 201 or a proper 503").isEmpty();
        assertThat(seen.keySet()).as("statuses seen").containsOnly(201, 503);
        assertThat(seen).as("statuses seen").containsKey(503);
        assertThat(retriedAfter503).as("writes retried after a 503").isNotEmpty();
        for (String body : acknowledged) {
            assertThat(stored.getOrDefault(body, 0)).as("times the acknowledged reply %s is stored", body).isEqualTo(1);
        }
        assertThat(retriedAfter503).as("every retried write ends acknowledged").isSubsetOf(acknowledged);
        assertThat(stored.keySet()).as("stored replies that no client sent").isSubsetOf(acknowledged);
    }

    /** One client: a stream of replies, each retried with its key after a 503 until it is acknowledged. */
    private void write(int writer, long roomId, String token) {
        for (int i = 0; !stopWriting.get(); i++) {
            String body = "outage-" + writer + "-" + i;
            String key = UUID.randomUUID().toString();
            for (int attempt = 1; ; attempt++) {
                HttpResponse<String> response;
                long sent = System.nanoTime();
                try {
                    response = http.send(HttpRequest.newBuilder(api.toURI().resolve("api/v1/rooms/" + roomId + "/messages"))
                            .timeout(PHASE)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + body + "\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    violations.add(body + ": no answer (" + e + ")");
                    return;
                }
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                progressed();
                if (response.statusCode() == 201) {
                    acknowledged.add(body);
                    if (attempt > 1) {
                        retriedAfter503.add(body);
                    }
                    acks.incrementAndGet();
                    lastAckNanos.set(System.nanoTime());
                    progressed();
                    break;
                }
                if (response.statusCode() != 503) {
                    violations.add(body + ": " + response.statusCode() + " " + response.body());
                    break;
                }
                unavailable.incrementAndGet();
                progressed();
                slowest503Millis.accumulateAndGet(Duration.ofNanos(System.nanoTime() - sent).toMillis(), Math::max);
                checkUnavailableAnswer(body, response);
                honourRetryAfter(response);
            }
        }
    }

    private void checkUnavailableAnswer(String body, HttpResponse<String> response) {
        if (response.headers().firstValue("Retry-After").isEmpty()
                || !response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE)
                || !response.body().contains("\"code\":\"database-unavailable\"")) {
            violations.add(body + ": 503 without Retry-After or code database-unavailable: " + response.headers().map()
                    + " " + response.body());
        }
    }

    private void progressed() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /** Until the deadline, or until anything happens (an answer, the end of writing), whichever is first. */
    private void awaitProgress(long deadlineNanos) {
        long millis = Duration.ofNanos(deadlineNanos - System.nanoTime()).toMillis();
        if (millis <= 0) {
            return;
        }
        synchronized (progress) {
            try {
                progress.wait(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A client retries a 503 when the server says it may (Retry-After), as integrators are told to. */
    private void honourRetryAfter(HttpResponse<String> response) {
        long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < until && !stopWriting.get()) {
            awaitProgress(until);
        }
    }

    private void awaitAcks(String what, int count) {
        await(what + " (" + count + " acknowledged)", () -> acks.get() >= count);
    }

    private void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PHASE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(violations.all()).as("answers other than 201 or a proper 503, waiting for " + what).isEmpty();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; statuses so far " + statuses);
            }
            awaitProgress(deadline);
        }
    }


    private HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(api.toURI().resolve(path)).timeout(PHASE).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " got no answer", e);
        }
    }

    /** Outbound messages of the tenant by body, counted in the database itself. */
    private static Map<String, Integer> storedReplies(long tenantId) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"), "postgres", "");
             PreparedStatement query = connection.prepareStatement(
                     "select body, count(*) from message where tenant_id = ? and direction = 'OUTBOUND' group by body")) {
            query.setLong(1, tenantId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    /** Problems the writer threads met, reported by the test thread. */
    private static final class Queue {
        private final ConcurrentLinkedQueue<String> items = new ConcurrentLinkedQueue<>();

        void add(String item) {
            items.add(item);
        }

        List<String> all() {
            return List.copyOf(items);
        }
    }
}
