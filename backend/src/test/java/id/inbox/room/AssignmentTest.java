package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.room.RoomLocks.inBackground;
import static id.inbox.support.Api.assign;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT /rooms/{id}/assignee: who may assign whom, and one winner when two agents take a room at once. */
@QuarkusTest
class AssignmentTest {

    private static final int RACES = 10;

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser otherAgent;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        otherAgent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    /** Both requests are built first, then released together. */
    private static CompletableFuture<Response> takeWhenReleased(TestUser taker, long roomId, CountDownLatch start) {
        RequestSpecification request = Api.as(taker).body(Map.of("agentId", taker.id()));
        return inBackground(() -> {
            try {
                if (!start.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("start signal never came");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return request.put(Api.ROOMS + "/" + roomId + "/assignee");
        });
    }

    @Test
    void twoAgentsTakingTheSameRoomAtOnceHaveExactlyOneWinner() {
        for (int race = 1; race <= RACES; race++) {
            long roomId = openRoom(supervisor, whatsApp);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Response> first = takeWhenReleased(agent, roomId, start);
            CompletableFuture<Response> second = takeWhenReleased(otherAgent, roomId, start);

            start.countDown();
            Response firstResponse = first.join();
            Response secondResponse = second.join();

            List<Integer> statuses = List.of(firstResponse.statusCode(), secondResponse.statusCode());
            assertThat(statuses).as("race %d: %s / %s", race, firstResponse.asString(), secondResponse.asString())
                    .containsExactlyInAnyOrder(200, 409);
            Response loser = firstResponse.statusCode() == 409 ? firstResponse : secondResponse;
            TestUser winner = firstResponse.statusCode() == 200 ? agent : otherAgent;
            assertThat(loser.jsonPath().getString("code")).as("race %d", race).isEqualTo("room-taken");
            JsonPath room = room(supervisor, roomId);
            assertThat(room.getString("status")).isEqualTo("ASSIGNED");
            assertThat(room.getLong("assignee.id")).as("race %d", race).isEqualTo(winner.id());
        }
    }

    @Test
    void agentTakesAnUnassignedRoom() {
        long roomId = openRoom(supervisor, whatsApp);

        assign(agent, roomId, agent.id()).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignee.id", equalTo((int) agent.id()))
                .body("assignee.name", equalTo(agent.name()));
    }

    @Test
    void supervisorAssignsARoomToAnyAgent() {
        long roomId = openRoom(supervisor, whatsApp);

        assign(supervisor, roomId, agent.id()).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"))
                .body("assignee.id", equalTo((int) agent.id()));
    }

    @Test
    void supervisorReassignsARoomFromOneAgentToAnother() {
        long roomId = openRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, agent);

        assign(supervisor, roomId, otherAgent.id()).then().statusCode(200)
                .body("assignee.id", equalTo((int) otherAgent.id()));
    }

    @Test
    void agentMayNotAssignARoomToAnotherAgent() {
        long roomId = openRoom(supervisor, whatsApp);

        assign(agent, roomId, otherAgent.id()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("forbidden"));

        JsonPath room = room(supervisor, roomId);
        assertThat(room.getString("status")).isEqualTo("UNASSIGNED");
        assertThat((Object) room.get("assignee")).isNull();
    }

    @Test
    void agentUnassignsTheirOwnRoom() {
        long roomId = openRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, agent);

        assign(agent, roomId, null).then().statusCode(200)
                .body("status", equalTo("UNASSIGNED"))
                .body("assignee", equalTo(null));
        assertThat(room(supervisor, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void aBodyWithoutAgentIdIsRefusedAndKeepsTheAssignee() {
        long roomId = openRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, agent);

        Api.as(supervisor).body("{}").put("/api/v1/rooms/" + roomId + "/assignee").then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("agentId"));

        assertThat(room(supervisor, roomId).getString("assignee.id")).isEqualTo(String.valueOf(agent.id()));
    }

    @Test
    void agentMayNotUnassignAnotherAgentsRoom() {
        long roomId = openRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, otherAgent);

        assign(agent, roomId, null).then().statusCode(403).body("code", equalTo("forbidden"));

        assertThat(room(supervisor, roomId).getLong("assignee.id")).isEqualTo(otherAgent.id());
    }

    @Test
    void assigningToAUserOfAnotherTenantIsRefusedAndChangesNothing() {
        long roomId = openRoom(supervisor, whatsApp);
        JsonPath before = room(supervisor, roomId);
        TestUser stranger = data.agent(data.tenant());

        int status = assign(supervisor, roomId, stranger.id()).then().extract().statusCode();

        assertThat(status).isIn(400, 404, 422);
        JsonPath after = room(supervisor, roomId);
        assertThat(after.getString("status")).isEqualTo("UNASSIGNED");
        assertThat((Object) after.get("assignee")).isNull();
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
    }

    @Test
    void assigningToADeactivatedUserIsRefused() {
        long roomId = openRoom(supervisor, whatsApp);
        TestUser former = data.user(tenant, "agent", false);

        int status = assign(supervisor, roomId, former.id()).then().extract().statusCode();

        assertThat(status).isIn(400, 404, 422);
        assertThat(room(supervisor, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void assigningAnotherTenantsRoomIsNotFound() {
        long roomId = openRoom(supervisor, whatsApp);
        TestTenant other = data.tenant();
        TestUser otherSupervisor = data.supervisor(other);
        TestUser otherAgent = data.agent(other);

        assign(otherSupervisor, roomId, otherAgent.id()).then().statusCode(404).body("code", equalTo("not-found"));

        assertThat(room(supervisor, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }
}
