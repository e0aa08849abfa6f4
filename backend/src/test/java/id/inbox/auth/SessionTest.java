package id.inbox.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.Api.SignedIn;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionTest {

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    TestUser agent;

    @BeforeEach
    void agent() {
        agent = data.agent(data.tenant());
    }

    private static void assertWorks(String accessToken) {
        given().auth().oauth2(accessToken).get("/api/v1/rooms").then().statusCode(200);
    }

    private static void assertSessionEnded(String accessToken) {
        for (String path : new String[] {"/api/v1/me", "/api/v1/rooms", "/api/v1/rooms/counts", "/api/v1/tags"}) {
            given().auth().oauth2(accessToken).get(path)
                    .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("session-ended"));
        }
    }

    @Test
    void signInSetsAStrictHttpOnlyRefreshCookieScopedToTheAuthPath() {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("username", agent.username(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/login");

        response.then().statusCode(200).header("Cache-Control", "no-store");
        var cookie = response.getDetailedCookie("inbox_refresh");
        assertThat(cookie.getValue()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/api/v1/auth");
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");
        // the tests speak plain http to localhost, the one place a Secure cookie would be dropped
        assertThat(cookie.isSecured()).isFalse();
        assertThat(response.asString()).doesNotContain(cookie.getValue());
    }

    @Test
    void refreshRotatesTheRefreshTokenAndIssuesAWorkingAccessToken() {
        SignedIn session = Api.signIn(agent);

        Response refreshed = Api.refresh(session.refreshToken());

        refreshed.then().statusCode(200).body("user.id", equalTo((int) agent.id()));
        String next = refreshed.getCookie("inbox_refresh");
        assertThat(next).isNotBlank().isNotEqualTo(session.refreshToken());
        assertWorks(refreshed.path("accessToken"));
        assertThat(Api.claim(refreshed.path("accessToken"), "sid")).isEqualTo(Api.claim(session.accessToken(), "sid"));
        Api.refresh(next).then().statusCode(200);
    }

    @Test
    void aRefreshTokenPresentedAgainAMomentLaterGetsAnotherSuccessorAndRevokesNothing() {
        // the browser never applied the first answer (a reload aborted it) or another tab refreshed at once
        SignedIn session = Api.signIn(agent);
        String lost = Api.refresh(session.refreshToken()).then().statusCode(200).extract().cookie("inbox_refresh");

        Response again = Api.refresh(session.refreshToken());

        again.then().statusCode(200);
        String retried = again.getCookie("inbox_refresh");
        assertThat(retried).isNotBlank().isNotEqualTo(lost);
        assertWorks(again.path("accessToken"));
        Api.refresh(retried).then().statusCode(200);
        Api.refresh(lost).then().statusCode(200);
        assertWorks(session.accessToken());
    }

    @Test
    void aReplayedRefreshTokenRevokesTheWholeSession() {
        SignedIn session = Api.signIn(agent);
        Response rotated = Api.refresh(session.refreshToken());
        String next = rotated.getCookie("inbox_refresh");
        backdateUse(session.refreshToken());

        Api.refresh(session.refreshToken())
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("refresh-token-reused"));

        // the thief's copy and the owner's both stop: the owner signs in again
        Api.refresh(next).then().statusCode(401).body("code", equalTo("session-expired"));
        assertSessionEnded(session.accessToken());
        assertSessionEnded(rotated.path("accessToken"));
    }

    @Test
    void logoutEndsTheSessionForTheAccessAndTheRefreshToken() {
        SignedIn session = Api.signIn(agent);
        SignedIn otherBrowser = Api.signIn(agent);

        Response logout = given().auth().oauth2(session.accessToken()).cookie("inbox_refresh", session.refreshToken())
                .post("/api/v1/auth/logout");

        logout.then().statusCode(204);
        assertThat(logout.getDetailedCookie("inbox_refresh").getMaxAge()).isZero();
        assertSessionEnded(session.accessToken());
        Api.refresh(session.refreshToken()).then().statusCode(401).body("code", equalTo("session-expired"));
        assertWorks(otherBrowser.accessToken());
        // signing out again, even with a dead token, is harmless
        given().auth().oauth2(session.accessToken()).post("/api/v1/auth/logout").then().statusCode(204);
    }

    @Test
    void logoutWithOnlyTheRefreshCookieEndsTheSession() {
        SignedIn session = Api.signIn(agent);

        given().cookie("inbox_refresh", session.refreshToken()).post("/api/v1/auth/logout").then().statusCode(204);

        assertSessionEnded(session.accessToken());
    }

    @Test
    void deactivationEndsTheAccessAndRefreshTokensOnTheNextRequest() {
        SignedIn session = Api.signIn(agent);
        assertWorks(session.accessToken());

        data.deactivate(agent);

        assertSessionEnded(session.accessToken());
        Api.refresh(session.refreshToken()).then().statusCode(401).body("code", equalTo("session-expired"));
    }

    @Test
    void refreshWithoutACookieOrWithGarbageIsSessionExpired() {
        given().post("/api/v1/auth/refresh").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("session-expired"));
        Api.refresh("garbage").then().statusCode(401).body("code", equalTo("session-expired"));
    }

    @Test
    void passwordChangeEndsTheOtherSessionsButNotThisOne() {
        SignedIn here = Api.signIn(agent);
        SignedIn elsewhere = Api.signIn(agent);
        String newPassword = "kopi-tubruk-" + UUID.randomUUID();

        given().auth().oauth2(here.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", TestData.PASSWORD, "newPassword", newPassword))
                .put("/api/v1/me/password").then().statusCode(204);

        assertWorks(here.accessToken());
        Api.refresh(here.refreshToken()).then().statusCode(200);
        assertSessionEnded(elsewhere.accessToken());
        Api.refresh(elsewhere.refreshToken()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", agent.username(), "password", newPassword))
                .post("/api/v1/auth/login").then().statusCode(200);
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() {
        SignedIn session = Api.signIn(agent);

        given().auth().oauth2(session.accessToken()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not-my-password", "newPassword", "kopi-tubruk-pagi-hari"))
                .put("/api/v1/me/password")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("wrong-password"));
    }

    @Test
    void weakNewPasswordsAreRefusedWithTheReason() {
        SignedIn session = Api.signIn(agent);
        for (String weak : new String[] {"short", "password123", "1234567890", "qwertyuiop", "aaaaaaaaaaaa", "Sayangku2024"}) {
            given().auth().oauth2(session.accessToken()).contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", TestData.PASSWORD, "newPassword", weak))
                    .put("/api/v1/me/password")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("weak-password"))
                    .body("errors[0].field", equalTo("newPassword"));
        }
        assertWorks(session.accessToken());
    }

    @Test
    void aRoleChangeAppliesToTheNextRequest() {
        TestUser supervisor = data.supervisor(agent.tenant());
        SignedIn session = Api.signIn(agent);
        given().auth().oauth2(session.accessToken()).get("/api/v1/users").then().statusCode(403);

        Api.as(supervisor).body(Map.of("role", "supervisor")).patch("/api/v1/users/" + agent.id()).then().statusCode(200);

        given().auth().oauth2(session.accessToken()).get("/api/v1/users").then().statusCode(200);
    }

    /** Moves the moment a refresh token was exchanged back past the race grace, as time would. */
    void backdateUse(String refreshToken) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        update auth_refresh_token set used_at = used_at - interval '1 hour'
                        where token_hash = sha256(convert_to(:token, 'UTF8'))""")
                .bind("token", refreshToken)
                .execute());
    }
}
