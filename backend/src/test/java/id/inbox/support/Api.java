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

    public static String login(TestData.TestUser user) {
        return login(user.username(), TestData.PASSWORD);
    }

    public static RequestSpecification as(TestData.TestUser user) {
        return given().auth().oauth2(login(user)).contentType(ContentType.JSON);
    }
}
