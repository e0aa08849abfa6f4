package id.inbox.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.TestData;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Throttling that stops attackers, not owners (OWASP Authentication Cheat Sheet). The tests trust a
 * proxy on 127.0.0.1, so each plays its client addresses through X-Forwarded-For.
 */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    TestData data;

    TestUser victim;

    @BeforeEach
    void victim() {
        victim = data.agent(data.tenant());
    }

    private static Response login(String address, String username, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    private static void assertRefused(Response response) {
        response.then().statusCode(429).contentType("application/problem+json").body("code", equalTo("too-many-attempts"));
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 15 * 60);
    }

    @Test
    void aVictimLockedOutAtTheAttackersAddressStillSignsInFromTheirOwn() {
        String attacker = TestData.clientAddress();
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(attacker, victim.username(), "guess-" + attempt).then().statusCode(401);
        }

        assertRefused(login(attacker, victim.username(), TestData.PASSWORD));
        login(TestData.clientAddress(), victim.username(), TestData.PASSWORD).then().statusCode(200);
    }

    @Test
    void sprayingOneAddressAcrossManyUsernamesIsRefused() {
        String sprayer = TestData.clientAddress();
        int attempts = 0;
        Response last;
        do {
            last = login(sprayer, TestData.unique("user") + "@test.example", "Password123!");
            attempts++;
        } while (last.statusCode() == 401 && attempts < 60);

        assertRefused(last);
        assertThat(attempts).isEqualTo(21);
        // the address is refused for any username; other addresses are not
        assertRefused(login(sprayer, victim.username(), TestData.PASSWORD));
        login(TestData.clientAddress(), victim.username(), TestData.PASSWORD).then().statusCode(200);
    }

    @Test
    void aUsernameUnderADistributedAttackIsSlowedOnlyForAddressesItNeverSignedInFrom() {
        String home = TestData.clientAddress();
        login(home, victim.username(), TestData.PASSWORD).then().statusCode(200);
        for (int attacker = 1; attacker <= 10; attacker++) {
            login(TestData.clientAddress(), victim.username(), "guess-" + attacker).then().statusCode(401);
        }

        assertRefused(login(TestData.clientAddress(), victim.username(), TestData.PASSWORD));
        login(home, victim.username(), TestData.PASSWORD).then().statusCode(200);
    }

    @Test
    void forwardedForFromAClientThatIsNotATrustedProxyIsIgnored() throws IOException {
        // 127.0.0.2 is loopback but not the trusted proxy: whatever it claims, it is counted as itself
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(rawLoginFrom127002(TestData.clientAddress(), "guess-" + attempt)).startsWith("HTTP/1.1 401");
        }

        assertThat(rawLoginFrom127002(TestData.clientAddress(), TestData.PASSWORD)).startsWith("HTTP/1.1 429");
        login(TestData.clientAddress(), victim.username(), TestData.PASSWORD).then().statusCode(200);
    }

    /** A login sent from the local address 127.0.0.2, which REST Assured cannot choose. */
    private String rawLoginFrom127002(String forwardedFor, String password) throws IOException {
        String body = "{\"username\":\"" + victim.username() + "\",\"password\":\"" + password + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port));
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
