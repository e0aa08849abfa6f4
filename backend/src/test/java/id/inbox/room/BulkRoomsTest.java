package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.room.RoomFixtures.resolved;
import static id.inbox.room.RoomFixtures.tagged;
import static id.inbox.support.Api.bulk;
import static id.inbox.support.Api.bulkUndo;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.EventStream;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /rooms/bulk and its undo: one change to a selection, judged room by room, undone exactly. */
@QuarkusTest
class BulkRoomsTest {

    @Inject
    TestData data;

    @TestHTTPResource("/")
    URI base;

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

    private long roomOf(TestUser assignee) {
        long roomId = openRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, assignee);
        return roomId;
    }

    /** The room's status and assignee id (0 without one), as "ASSIGNED:12". */
    private String state(long roomId) {
        JsonPath room = room(supervisor, roomId);
        Object assignee = room.get("assignee.id");
        return room.getString("status") + ":" + (assignee == null ? 0 : ((Number) assignee).longValue());
    }

    private List<String> states(long... roomIds) {
        return LongStream.of(roomIds).mapToObj(this::state).toList();
    }

    private List<Long> tagsOf(long roomId) {
        return room(supervisor, roomId).getList("tags.id", Long.class);
    }

    private static List<Long> changed(JsonPath result) {
        return result.getList("changedRoomIds", Long.class);
    }

    @Test
    void resolvingASelectionResolvesItAndUndoPutsBackExactlyThoseRooms() {
        long assigned = roomOf(agent);
        long unassigned = openRoom(supervisor, whatsApp);
        long alreadyResolved = roomOf(otherAgent);
        resolved(supervisor, alreadyResolved);
        long notSelected = openRoom(supervisor, whatsApp);
        List<String> before = states(assigned, unassigned, alreadyResolved, notSelected);

        JsonPath result = bulk(supervisor, "RESOLVE", List.of(assigned, unassigned, alreadyResolved, assigned), null, null)
                .then().statusCode(200).body("action", equalTo("RESOLVE")).body("skipped", equalTo(List.of()))
                .extract().jsonPath();

        assertThat(changed(result)).containsExactlyInAnyOrder(assigned, unassigned);
        assertThat(states(assigned, unassigned)).containsExactly("RESOLVED:" + agent.id(), "RESOLVED:0");
        assertThat(state(notSelected)).isEqualTo(before.get(3));

        bulkUndo(supervisor, result.getString("batchId")).then().statusCode(200).body("restoredCount", equalTo(2));

        assertThat(states(assigned, unassigned, alreadyResolved, notSelected)).isEqualTo(before);
    }

    @Test
    void anAgentsSelectionSkipsOtherAgentsRoomsAndRoomsOfOtherCompanies() {
        long own = roomOf(agent);
        long unassigned = openRoom(supervisor, whatsApp);
        long colleagues = roomOf(otherAgent);
        TestTenant other = data.tenant();
        long foreign = openRoom(data.supervisor(other), data.whatsApp(other));

        JsonPath result = bulk(agent, "RESOLVE", List.of(own, unassigned, colleagues, foreign), null, null)
                .then().statusCode(200).extract().jsonPath();

        assertThat(changed(result)).containsExactlyInAnyOrder(own, unassigned);
        assertThat(result.getList("skipped", Map.class)).containsExactlyInAnyOrder(
                Map.of("roomId", (int) colleagues, "reason", "FORBIDDEN"), Map.of("roomId", (int) foreign, "reason", "NOT_FOUND"));
        assertThat(state(colleagues)).isEqualTo("ASSIGNED:" + otherAgent.id());
        assertThat(room(data.supervisor(other), foreign).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void assigningASelectionAndUndoingGivesEachRoomBackItsPreviousAssignee() {
        long unassigned = openRoom(supervisor, whatsApp);
        long agents = roomOf(agent);
        long alreadyTheirs = roomOf(otherAgent);
        long resolvedOfAgent = roomOf(agent);
        resolved(supervisor, resolvedOfAgent);
        List<String> before = states(unassigned, agents, alreadyTheirs, resolvedOfAgent);

        JsonPath result = bulk(supervisor, "ASSIGN", List.of(unassigned, agents, alreadyTheirs, resolvedOfAgent), otherAgent.id(), null)
                .then().statusCode(200).extract().jsonPath();

        assertThat(changed(result)).containsExactlyInAnyOrder(unassigned, agents, resolvedOfAgent);
        assertThat(states(unassigned, agents, alreadyTheirs, resolvedOfAgent)).containsExactly("ASSIGNED:" + otherAgent.id(),
                "ASSIGNED:" + otherAgent.id(), "ASSIGNED:" + otherAgent.id(), "RESOLVED:" + otherAgent.id());

        bulkUndo(supervisor, result.getString("batchId")).then().statusCode(200).body("restoredCount", equalTo(3));

        assertThat(states(unassigned, agents, alreadyTheirs, resolvedOfAgent)).isEqualTo(before);
    }

    @Test
    void undoLeavesARoomThatWasReassignedSince() {
        long roomId = openRoom(supervisor, whatsApp);
        String batchId = bulk(supervisor, "ASSIGN", List.of(roomId), agent.id(), null).then().statusCode(200).extract().path("batchId");
        assignTo(supervisor, roomId, otherAgent);

        bulkUndo(supervisor, batchId).then().statusCode(200).body("restoredCount", equalTo(0));

        assertThat(state(roomId)).isEqualTo("ASSIGNED:" + otherAgent.id());
    }

    @Test
    void anAgentMayTakeASelectionForThemselvesButNotAssignItToOthers() {
        long unassigned = openRoom(supervisor, whatsApp);
        long colleagues = roomOf(otherAgent);

        bulk(agent, "ASSIGN", List.of(unassigned), otherAgent.id(), null).then().statusCode(403).body("code", equalTo("forbidden"));
        assertThat(state(unassigned)).isEqualTo("UNASSIGNED:0");

        JsonPath result = bulk(agent, "ASSIGN", List.of(unassigned, colleagues), agent.id(), null).then().statusCode(200)
                .extract().jsonPath();

        assertThat(changed(result)).containsExactly(unassigned);
        assertThat(result.getList("skipped.roomId", Long.class)).containsExactly(colleagues);
        assertThat(states(unassigned, colleagues)).containsExactly("ASSIGNED:" + agent.id(), "ASSIGNED:" + otherAgent.id());
    }

    @Test
    void taggingAndUntaggingASelectionAreUndoneOnTheRoomsTheyChangedOnly() {
        TestTag tag = data.tag(tenant);
        long alreadyTagged = openRoom(supervisor, whatsApp);
        tagged(supervisor, alreadyTagged, tag);
        long untagged = openRoom(supervisor, whatsApp);

        JsonPath tagging = bulk(supervisor, "TAG", List.of(alreadyTagged, untagged), null, tag.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(changed(tagging)).containsExactly(untagged);
        assertThat(tagsOf(untagged)).containsExactly(tag.id());
        bulkUndo(supervisor, tagging.getString("batchId")).then().statusCode(200).body("restoredCount", equalTo(1));
        assertThat(tagsOf(untagged)).isEmpty();
        assertThat(tagsOf(alreadyTagged)).containsExactly(tag.id());

        JsonPath untagging = bulk(supervisor, "UNTAG", List.of(alreadyTagged, untagged), null, tag.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(changed(untagging)).containsExactly(alreadyTagged);
        assertThat(tagsOf(alreadyTagged)).isEmpty();
        bulkUndo(supervisor, untagging.getString("batchId")).then().statusCode(200).body("restoredCount", equalTo(1));
        assertThat(tagsOf(alreadyTagged)).containsExactly(tag.id());
        assertThat(tagsOf(untagged)).isEmpty();
    }

    @Test
    void undoingTwiceDoesNothingMore() {
        TestTag tag = data.tag(tenant);
        long roomId = openRoom(supervisor, whatsApp);
        String batchId = bulk(supervisor, "TAG", List.of(roomId), null, tag.id()).then().statusCode(200).extract().path("batchId");
        bulkUndo(supervisor, batchId).then().statusCode(200).body("restoredCount", equalTo(1));
        tagged(supervisor, roomId, tag);

        bulkUndo(supervisor, batchId).then().statusCode(200).body("restoredCount", equalTo(0));

        assertThat(tagsOf(roomId)).containsExactly(tag.id());
    }

    @Test
    void colleaguesAreToldOnceForTheWholeSelection() {
        TestTag tag = data.tag(tenant);
        long first = openRoom(supervisor, whatsApp);
        long second = openRoom(supervisor, whatsApp);
        try (EventStream stream = EventStream.open(base, Api.login(agent), null)) {
            stream.next("ready");

            bulk(supervisor, "TAG", List.of(first, second), null, tag.id()).then().statusCode(200);
            JsonPath tagging = stream.next("rooms.bulk-changed").json();
            assertThat(tagging.getString("action")).isEqualTo("TAG");
            assertThat(tagging.getLong("count")).isEqualTo(2);
            assertThat(tagging.getBoolean("undone")).isFalse();

            bulk(supervisor, "RESOLVE", List.of(first, second), null, null).then().statusCode(200);
            assertThat(stream.next("rooms.bulk-resolved").json().getLong("count")).isEqualTo(2);
        }
    }
}
