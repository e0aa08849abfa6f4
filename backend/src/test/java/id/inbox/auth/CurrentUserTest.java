package id.inbox.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CurrentUserTest {

    @Inject
    TestData data;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    TestUser agent;

    @BeforeEach
    void agent() {
        agent = data.agent(data.tenant());
    }

    /** Claims as the API issues them (of a real session), so each test changes exactly one thing. */
    private JwtClaimsBuilder claims() {
        return Jwt.issuer(issuer)
                .claim(TokenIssuer.SESSION_CLAIM, Api.claim(Api.login(agent), TokenIssuer.SESSION_CLAIM))
                .subject(String.valueOf(agent.id()))
                .upn(agent.username())
                .groups(Set.of("agent"))
                .claim(TokenIssuer.TENANT_CLAIM, agent.tenant().id())
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
    }

    private static void assertUnauthorized(String token) {
        assertUnauthorized(token, "unauthorized");
    }

    private static void assertUnauthorized(String token, String code) {
        given().auth().oauth2(token)
                .get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo(code))
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void tokenFromLoginIdentifiesTheUserAndCompany() {
        given().auth().oauth2(Api.login(agent))
                .get("/api/v1/me")
                .then().statusCode(200)
                .body("id", equalTo((int) agent.id()))
                .body("name", equalTo(agent.name()))
                .body("username", equalTo(agent.username()))
                .body("role", equalTo("agent"))
                .body("tenant.id", equalTo((int) agent.tenant().id()))
                .body("tenant.name", equalTo(agent.tenant().name()));
    }

    @Test
    void tokenSignedWithTheServerKeyIsAccepted() {
        // the control for the negative tests below: the same claims, correctly signed, pass
        given().auth().oauth2(claims().sign())
                .get("/api/v1/me")
                .then().statusCode(200).body("id", equalTo((int) agent.id()));
    }

    @Test
    void requestWithoutTokenIsUnauthorized() {
        given().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIsUnauthorizedWithACodeThatSaysRefresh() {
        assertUnauthorized(claims()
                .issuedAt(Instant.now().minusSeconds(7200))
                .expiresAt(Instant.now().minusSeconds(3600))
                .sign(), "token-expired");
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();

        assertUnauthorized(claims().sign(otherKey));
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        assertUnauthorized(claims().issuer("https://attacker.example").sign());
    }

    @Test
    void garbageTokenIsUnauthorized() {
        assertUnauthorized("not-a-jwt");
    }

    @Test
    void tokenOfADeactivatedUserStopsWorking() {
        String token = Api.login(agent);
        data.deactivate(agent);

        assertUnauthorized(token, "session-ended");
    }

    @Test
    void malformedClaimsAreUnauthorizedNeverAServerError() {
        assertUnauthorized(claims().claim(TokenIssuer.TENANT_CLAIM, 1.5).sign());
        assertUnauthorized(claims().claim(TokenIssuer.TENANT_CLAIM, new java.math.BigDecimal("1e30")).sign());
        assertUnauthorized(claims().claim(TokenIssuer.TENANT_CLAIM, "1").sign());
        assertUnauthorized(claims().subject("abc").sign());
        assertUnauthorized(claims().subject("-1").sign());
        assertUnauthorized(claims().claim(TokenIssuer.SESSION_CLAIM, "not-a-uuid").sign());
        assertUnauthorized(claims().claim(TokenIssuer.SESSION_CLAIM, 42).sign());
        // the same malformed token on a list endpoint, which never looks at the user row itself
        given().auth().oauth2(claims().subject("abc").sign()).get("/api/v1/rooms")
                .then().statusCode(401).body("code", equalTo("unauthorized"));
    }

    @Test
    void tokenWithoutASessionIsUnauthorized() {
        JwtClaimsBuilder claims = claims();
        claims.remove(TokenIssuer.SESSION_CLAIM);
        assertUnauthorized(claims.sign());
    }

    @Test
    void tokenOfAnUnknownUserOrSessionIsRefused() {
        assertUnauthorized(claims().subject("999999999").sign(), "session-ended");
        assertUnauthorized(claims().claim(TokenIssuer.SESSION_CLAIM, java.util.UUID.randomUUID().toString()).sign(),
                "session-ended");
        given().auth().oauth2(claims().subject("999999999").sign()).get("/api/v1/rooms")
                .then().statusCode(401).body("code", equalTo("session-ended"));
    }

    @Test
    void anotherUsersSessionCannotBeBorrowed() {
        TestUser colleague = data.agent(agent.tenant());
        String colleagueSession = Api.claim(Api.login(colleague), TokenIssuer.SESSION_CLAIM);

        assertUnauthorized(claims().claim(TokenIssuer.SESSION_CLAIM, colleagueSession).sign(), "session-ended");
    }
}
