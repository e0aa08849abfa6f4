package id.inbox.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.inbox.support.TestData;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    @Inject
    TestData data;

    TestTenant tenant;
    /** Each test signs in from an address of its own, so failures never add up across tests. */
    String address;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        address = TestData.clientAddress();
    }

    private Response login(String username, String password) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login");
    }

    @Test
    void correctPasswordReturnsBearerTokenAndTheUserWithTheirCompany() {
        TestUser agent = data.agent(tenant);

        Response response = login(agent.username(), TestData.PASSWORD);

        response.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue())
                .body("user.id", equalTo((int) agent.id()))
                .body("user.name", equalTo(agent.name()))
                .body("user.username", equalTo(agent.username()))
                .body("user.role", equalTo("agent"))
                .body("user.tenant.id", equalTo((int) tenant.id()))
                .body("user.tenant.name", equalTo(tenant.name()));
        OffsetDateTime expiresAt = OffsetDateTime.parse(response.path("expiresAt"));
        // a short-lived access token (15 minutes by default): the refresh cookie keeps the session going
        assertThat(expiresAt).isAfter(OffsetDateTime.now().plusMinutes(10)).isBefore(OffsetDateTime.now().plusMinutes(16));
        assertThat(response.getDetailedCookie("inbox_refresh").getValue()).isNotBlank();
    }

    @Test
    void usernameIsMatchedWithoutRegardToCaseAndSurroundingSpaces() {
        TestUser agent = data.agent(tenant);

        login("  " + agent.username().toUpperCase() + " ", TestData.PASSWORD).then().statusCode(200);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        TestUser agent = data.agent(tenant);

        Response wrongPassword = login(agent.username(), "not the password");
        Response unknownUser = login(TestData.unique("nobody") + "@test.example", "not the password");

        wrongPassword.then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("invalid-credentials"))
                .body("status", equalTo(401))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue());
        unknownUser.then().statusCode(401);
        assertThat(unknownUser.asString()).isEqualTo(wrongPassword.asString());
    }

    @Test
    void inactiveUserCannotLogIn() {
        TestUser former = data.user(tenant, "agent", false);

        login(former.username(), TestData.PASSWORD).then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("account-inactive"))
                .body("accessToken", equalTo(null));
        // without the right password nothing is revealed about the account
        login(former.username(), "guess").then().statusCode(401).body("code", equalTo("invalid-credentials"));
    }

    @Test
    void repeatedFailuresLockTheUsernameAtThatAddressEvenForTheRightPassword() {
        TestUser agent = data.agent(tenant);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(agent.username(), "guess-" + attempt).then().statusCode(401);
        }

        Response locked = login(agent.username(), TestData.PASSWORD);

        locked.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("too-many-attempts"));
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 15 * 60);
        // another username is not affected
        login(data.agent(tenant).username(), TestData.PASSWORD).then().statusCode(200);
    }

    @Test
    void unknownUsernamesAreThrottledToo() {
        String nobody = TestData.unique("nobody") + "@test.example";
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(nobody, "guess-" + attempt).then().statusCode(401);
        }

        login(nobody, "guess-6").then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void missingFieldsAreNamedInTheValidationError() {
        given().contentType(ContentType.JSON).body(Map.of("username", ""))
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void missingBodyIsAValidationError() {
        given().contentType(ContentType.JSON)
                .post("/api/v1/auth/login")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        Response response = given().contentType(ContentType.JSON).body("{\"username\": ")
                .post("/api/v1/auth/login");

        response.then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("malformed-request"));
        assertThat(response.asString()).doesNotContain("jackson", "Exception", "at [Source");
    }

    @Test
    void wrongFieldTypeIsABadRequestNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"username\": [1], \"password\": \"x\"}")
                .post("/api/v1/auth/login")
                .then().statusCode(400)
                .body("code", equalTo("malformed-request"))
                .body("detail", org.hamcrest.Matchers.containsString("username"));
    }
}
