package id.inbox.canned;

import id.inbox.support.Api;
import id.inbox.support.TestData.TestUser;
import io.restassured.response.Response;
import java.util.Map;

/** Canned replies saved through the API, as the SPA saves them. */
final class CannedReplyFixtures {

    static final String PATH = "/api/v1/canned-replies";

    private CannedReplyFixtures() {
    }

    static Response save(TestUser user, String shortcut, String body, String scope) {
        return Api.as(user).body(Map.of("shortcut", shortcut, "body", body, "scope", scope)).post(PATH);
    }

    /** Saves one and returns its id. */
    static long saved(TestUser user, String shortcut, String body, String scope) {
        return save(user, shortcut, body, scope).then().statusCode(201).extract().<Integer>path("id").longValue();
    }

    static Response list(TestUser user, Object... nameValuePairs) {
        return Api.query(user, nameValuePairs).get(PATH);
    }
}
