package id.inbox.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** REST Assured shortcuts for calling the API as a user. */
public final class Api {

    private Api() {
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** What a sign-in gives a browser: the access token and the refresh cookie's value. */
    public record SignedIn(String accessToken, String refreshToken) {
    }

    public static SignedIn signIn(TestData.TestUser user) {
        io.restassured.response.Response response = given().contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/login");
        response.then().statusCode(200);
        return new SignedIn(response.path("accessToken"), response.getCookie("inbox_refresh"));
    }

    /** POST /auth/refresh with a refresh token as the browser would send it. */
    public static io.restassured.response.Response refresh(String refreshToken) {
        return given().cookie("inbox_refresh", refreshToken).post("/api/v1/auth/refresh");
    }

    /** A claim of a JWT the API issued, read without verifying (the API verifies). */
    public static String claim(String jwt, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString(name);
    }

    public static String login(TestData.TestUser user) {
        return login(user.username(), TestData.PASSWORD);
    }

    private static final java.util.concurrent.ConcurrentMap<Long, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A request authenticated as the user (one login per user per test run). */
    public static RequestSpecification as(TestData.TestUser user) {
        String token = TOKENS.computeIfAbsent(user.id(), id -> login(user));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * Posts a customer message through POST /inbound/messages as the given supervisor and returns the
     * room id. sentAt null means now.
     */
    public static long inbound(TestData.TestUser supervisor, TestData.TestChannel channel, String contactExternalId,
                               String text, java.time.OffsetDateTime sentAt) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("channelId", channel.id());
        body.put("contact", java.util.Map.of("externalId", contactExternalId, "name", "Customer " + contactExternalId));
        body.put("text", text);
        if (sentAt != null) {
            body.put("sentAt", sentAt.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        return as(supervisor).body(body).post("/api/v1/inbound/messages")
                .then().statusCode(201).extract().jsonPath().getLong("roomId");
    }
}
