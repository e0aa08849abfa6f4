package id.inbox.room;

import static id.inbox.room.RoomFixtures.openSentAt;
import static id.inbox.room.RoomFixtures.room;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class QueryValidationTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser agent;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        agent = data.agent(tenant);
    }

    private void assertRejectedNaming(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(field));
        assertThat(response.asString()).doesNotContain("Exception", "at id.inbox", "select ");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "status, foo",
            "status, ASSIGNED_OR_NOT",
            "status, UNASSIGNED",
            "status, ''",
            "session, soon",
            "session, EXPIRED",
            "session, 'expired,expiring'",
            "sort, random",
            "sort, id desc",
            "limit, 0",
            "limit, 101",
            "limit, 1000",
            "limit, -1",
            "limit, abc",
            "limit, 1.5",
            "agentId, abc",
            "agentId, 1.5",
            "tagId, 1.5",
            "tagId, x",
            "channelId, x",
            "channelId, 99999999999999999999999"})
    void badRoomListParameterIsAValidationErrorNamingIt(String name, String value) {
        assertRejectedNaming(Api.as(agent).queryParam(name, value).get("/api/v1/rooms"), name);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "status, foo",
            "session, soon",
            "agentId, abc",
            "tagId, 1.5",
            "channelId, x"})
    void badRoomCountsParameterIsAValidationErrorNamingIt(String name, String value) {
        assertRejectedNaming(Api.as(agent).queryParam(name, value).get("/api/v1/rooms/counts"), name);
    }

    @Test
    void aBadValueAmongGoodRepeatedValuesIsStillRejected() {
        assertRejectedNaming(Api.as(agent).queryParam("session", "open", "soon").get("/api/v1/rooms"), "session");
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        Api.as(agent).queryParam("status", "foo").queryParam("limit", 0).queryParam("channelId", "x")
                .get("/api/v1/rooms")
                .then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItems("status", "limit", "channelId"));
    }

    @Test
    void limitsAtTheBoundsAreAccepted() {
        Api.as(agent).queryParam("limit", 1).get("/api/v1/rooms").then().statusCode(200);
        Api.as(agent).queryParam("limit", 100).get("/api/v1/rooms").then().statusCode(200);
    }

    @Test
    void nonNumericRoomIdIsABadRequestOrNotFoundProblem() {
        Response response = Api.as(agent).get("/api/v1/rooms/abc");

        assertThat(response.statusCode()).isIn(400, 404);
        response.then().contentType("application/problem+json");
    }

    @Test
    void nonNumericRoomIdOfMessagesIsABadRequestOrNotFoundProblem() {
        Response response = Api.as(agent).get("/api/v1/rooms/abc/messages");

        assertThat(response.statusCode()).isIn(400, 404);
        response.then().contentType("application/problem+json");
    }

    @Test
    void missingRoomIsNotFound() {
        Api.as(agent).get("/api/v1/rooms/" + Long.MAX_VALUE)
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"limit, 0", "limit, 101", "limit, abc", "around, abc"})
    void badMessagePageParameterIsAValidationErrorNamingIt(String name, String value) {
        TestUser supervisor = data.supervisor(tenant);
        long roomId = room(supervisor, data.whatsApp(tenant), openSentAt());

        assertRejectedNaming(Api.as(agent).queryParam(name, value).get("/api/v1/rooms/" + roomId + "/messages"), name);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"limit, 0", "limit, 1000", "limit, abc"})
    void badSearchParameterIsAValidationErrorNamingIt(String name, String value) {
        assertRejectedNaming(Api.as(agent).queryParam("q", "pesanan").queryParam(name, value)
                .get("/api/v1/search/messages"), name);
    }
}
