package id.inbox.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.EventStream;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two API instances on one database, as behind a load balancer: nothing that matters lives in one
 * instance's memory. A session ended on one is refused by the other, and failed logins count on both.
 */
class TwoInstancesIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String DB_URL = System.getenv().getOrDefault("INBOX_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/inbox_test");
    private static final String DB_USER = System.getenv().getOrDefault("INBOX_DB_USER", "postgres");
    private static final String DB_PASSWORD = System.getenv().getOrDefault("INBOX_DB_PASSWORD", "");

    static ApiInstance a;
    static ApiInstance b;
    static String supervisor;
    static String agent;
    static long agentId;
    static long channelId;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        Path keys = Files.createTempDirectory("inbox-it-keys");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Path privateKey = pem(keys.resolve("private.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
        Path publicKey = pem(keys.resolve("public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
        Map<String, String> env = Map.of(
                "INBOX_DB_URL", DB_URL, "INBOX_DB_USER", DB_USER, "INBOX_DB_PASSWORD", DB_PASSWORD,
                "INBOX_JWT_PRIVATE_KEY", privateKey.toString(), "INBOX_JWT_PUBLIC_KEY", publicKey.toString(),
                "INBOX_TRUSTED_PROXIES", "127.0.0.1");
        a = ApiInstance.start("a", env);
        b = ApiInstance.start("b", env);
        createTeam();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static Path pem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
    }

    private static void createTeam() throws SQLException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        supervisor = "it-supervisor-" + suffix + "@test.example";
        agent = "it-agent-" + suffix + "@test.example";
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
            long tenant = insert(db, "insert into tenant (name) values (?) returning id", "IT " + suffix);
            insert(db, "insert into app_user (tenant_id, username, password_hash, display_name, role) values (?, ?, ?, 'Supervisor', 'supervisor') returning id",
                    tenant, supervisor, hash);
            agentId = insert(db, "insert into app_user (tenant_id, username, password_hash, display_name, role) values (?, ?, ?, 'Agent', 'agent') returning id",
                    tenant, agent, hash);
            channelId = insert(db, "insert into channel (tenant_id, kind, name, external_id, window_minutes) values (?, 'WHATSAPP', ?, ?, 1440) returning id",
                    tenant, "IT " + suffix, "it-" + suffix);
        }
    }

    private static long insert(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Response login(ApiInstance instance, String address, String username, String password) {
        return given().baseUri(instance.baseUri()).contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password)).post("/api/v1/auth/login");
    }

    private static int status(ApiInstance instance, String token) {
        return given().baseUri(instance.baseUri()).auth().oauth2(token).get("/api/v1/rooms").statusCode();
    }

    /** Polls until the status is the expected one, for at most 5 seconds (the bound the product promises). */
    private static void assertWithinFiveSeconds(IntSupplier status, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        int last = status.getAsInt();
        while (last != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            last = status.getAsInt();
        }
        assertThat(last).isEqualTo(expected);
    }

    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    @Test
    void aLogoutOnOneInstanceIsRefusedByTheOther() throws InterruptedException {
        Response session = login(a, address(), agent, PASSWORD);
        String token = session.path("accessToken");
        assertThat(status(b, token)).isEqualTo(200);

        given().baseUri(b.baseUri()).auth().oauth2(token).cookie("inbox_refresh", session.getCookie("inbox_refresh"))
                .post("/api/v1/auth/logout").then().statusCode(204);

        assertWithinFiveSeconds(() -> status(a, token), 401);
    }

    @Test
    void aDeactivationOnOneInstanceIsRefusedByTheOther() throws InterruptedException {
        String agentToken = login(a, address(), agent, PASSWORD).path("accessToken");
        String supervisorToken = login(b, address(), supervisor, PASSWORD).path("accessToken");
        assertThat(status(a, agentToken)).isEqualTo(200);

        given().baseUri(b.baseUri()).auth().oauth2(supervisorToken).contentType(ContentType.JSON)
                .body(Map.of("active", false)).patch("/api/v1/users/" + agentId).then().statusCode(200);

        assertWithinFiveSeconds(() -> status(a, agentToken), 401);
        given().baseUri(b.baseUri()).auth().oauth2(supervisorToken).contentType(ContentType.JSON)
                .body(Map.of("active", true)).patch("/api/v1/users/" + agentId).then().statusCode(200);
    }

    @Test
    void aChangeWrittenThroughOneInstanceReachesAStreamHeldByTheOther() {
        String onA = login(a, address(), agent, PASSWORD).path("accessToken");
        String onB = login(b, address(), supervisor, PASSWORD).path("accessToken");
        try (EventStream stream = EventStream.open(URI.create(a.baseUri()), onA, null)) {
            stream.next("ready");

            long roomId = given().baseUri(b.baseUri()).auth().oauth2(onB).contentType(ContentType.JSON)
                    .body(Map.of("channelId", channelId, "contact", Map.of("externalId", "it-customer", "name", "Siti"),
                            "text", "Halo dari instance B"))
                    .post("/api/v1/inbound/messages").then().statusCode(201).extract().jsonPath().getLong("roomId");

            EventStream.Event message = stream.next();
            assertThat(message.name()).isEqualTo("message.created");
            assertThat(message.json().getLong("roomId")).isEqualTo(roomId);
            assertThat(message.json().getString("message.body")).isEqualTo("Halo dari instance B");
            assertThat(stream.next().name()).isEqualTo("room.changed");
        }
    }

    @Test
    void failedLoginsCountOnBothInstances() {
        String attacker = address();
        String victim = supervisor;
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(attempt % 2 == 0 ? a : b, attacker, victim, "guess-" + attempt).then().statusCode(401);
        }

        login(a, attacker, victim, PASSWORD).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        login(b, attacker, victim, PASSWORD).then().statusCode(429);
        login(b, address(), victim, PASSWORD).then().statusCode(200);
    }
}
