package id.inbox.presence;

import static id.inbox.room.RoomFixtures.openRoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.Notifications;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT/DELETE /rooms/{id}/presence and GET /presence: who views which room, who types, and when that ends. */
@QuarkusTest
class PresenceTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;
    long roomId;

    @BeforeEach
    void room() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        roomId = openRoom(supervisor, whatsApp);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Response view(TestUser user, long roomId, boolean typing) {
        return Api.as(user).body(Map.of("typing", typing)).put(Api.ROOMS + "/" + roomId + "/presence");
    }

    static Response leave(TestUser user, long roomId) {
        return Api.as(user).delete(Api.ROOMS + "/" + roomId + "/presence");
    }

    /** The room's viewers as GET /presence lists them for the user; empty when the room is not listed. */
    static List<Map<String, Object>> viewers(TestUser user, long roomId) {
        List<Map<String, Object>> rooms = Api.as(user).get("/api/v1/presence").then().statusCode(200).extract().jsonPath()
                .getList("rooms");
        return rooms.stream().filter(room -> ((Number) room.get("roomId")).longValue() == roomId).findFirst()
                .map(room -> (List<Map<String, Object>>) room.get("viewers")).orElse(List.of());
    }

    static Map<String, Object> viewer(TestUser user, boolean typing) {
        return Map.of("id", (int) user.id(), "name", user.name(), "typing", typing);
    }

    @Test
    void viewerIsListedForEveryMemberOfTheCompany() {
        view(agent, roomId, false).then().statusCode(204);

        assertThat(viewers(supervisor, roomId)).containsExactly(viewer(agent, false));
        assertThat(viewers(agent, roomId)).as("the viewer sees themselves too").containsExactly(viewer(agent, false));
    }

    @Test
    void typingShowsThenRunsOutWhileViewingGoesOn() {
        view(agent, roomId, true).then().statusCode(204);
        view(supervisor, roomId, false).then().statusCode(204);
        assertThat(viewers(supervisor, roomId)).containsExactlyInAnyOrder(viewer(agent, true), viewer(supervisor, false));

        clock.advance(Duration.ofSeconds(7));

        assertThat(viewers(supervisor, roomId)).containsExactlyInAnyOrder(viewer(agent, false), viewer(supervisor, false));
    }

    @Test
    void typingFalseEndsTypingAtOnce() {
        view(agent, roomId, true).then().statusCode(204);

        view(agent, roomId, false).then().statusCode(204);

        assertThat(viewers(supervisor, roomId)).containsExactly(viewer(agent, false));
    }

    @Test
    void viewingRunsOutTwentyFiveSecondsAfterTheLastCall() {
        view(agent, roomId, false).then().statusCode(204);
        clock.advance(Duration.ofSeconds(20));
        view(agent, roomId, false).then().statusCode(204);

        clock.advance(Duration.ofSeconds(20));
        assertThat(viewers(supervisor, roomId)).as("20 s after the heartbeat").containsExactly(viewer(agent, false));

        clock.advance(Duration.ofSeconds(6));
        assertThat(viewers(supervisor, roomId)).as("26 s after it").isEmpty();
    }

    @Test
    void leavingRemovesTheViewerAndLeavingAgainChangesNothing() {
        view(agent, roomId, true).then().statusCode(204);

        leave(agent, roomId).then().statusCode(204);
        leave(agent, roomId).then().statusCode(204);

        assertThat(viewers(supervisor, roomId)).isEmpty();
    }

    @Test
    void anotherCompanysRoomIsNotFoundAndItsViewersAreInvisible() {
        TestTenant other = data.tenant();
        TestUser stranger = data.supervisor(other);
        long theirRoom = openRoom(stranger, data.whatsApp(other));
        view(stranger, theirRoom, true).then().statusCode(204);

        view(agent, theirRoom, false).then().statusCode(404).body("code", equalTo("not-found"));
        leave(agent, theirRoom).then().statusCode(404).body("code", equalTo("not-found"));

        assertThat(viewers(agent, theirRoom)).isEmpty();
        assertThat(Api.as(agent).get("/api/v1/presence").then().statusCode(200).extract().jsonPath().getList("rooms"))
                .isEmpty();
        assertThat(viewers(stranger, theirRoom)).containsExactly(viewer(stranger, true));
    }

    @Test
    void deactivatedUserIsNobodysViewer() {
        view(agent, roomId, false).then().statusCode(204);

        data.deactivate(agent);

        assertThat(viewers(supervisor, roomId)).isEmpty();
    }

    @Test
    void bodyMustSayWhetherTheCallerTypes() {
        String path = Api.ROOMS + "/" + roomId + "/presence";
        Api.as(agent).body("{}").put(path).then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("typing"));
        Api.as(agent).body("{\"typing\": null}").put(path).then().statusCode(400).body("code", equalTo("validation-failed"));
        Api.as(agent).body("{\"typing\": \"yes\"}").put(path).then().statusCode(400).body("code", equalTo("malformed-request"));
        Api.as(agent).body("{\"typing\": 1}").put(path).then().statusCode(400).body("code", equalTo("malformed-request"));
    }

    @Test
    void everyVisibleChangeRingsTheRoomOnceAndHeartbeatsRingNothing() {
        String room = tenant.id() + ":" + roomId;
        try (Notifications doorbell = Notifications.listen("inbox_presence")) {
            view(agent, roomId, false).then().statusCode(204); // arrives
            view(agent, roomId, false).then().statusCode(204); // heartbeat
            view(agent, roomId, true).then().statusCode(204); // starts typing
            view(agent, roomId, true).then().statusCode(204); // types on
            view(agent, roomId, false).then().statusCode(204); // stops typing
            leave(agent, roomId).then().statusCode(204); // leaves
            leave(agent, roomId).then().statusCode(204); // had left already

            assertThat(doorbell.drain().stream().filter(room::equals)).hasSize(4);
        }
    }
}
