package id.inbox.room;

import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.support.Api.bulk;
import static id.inbox.support.Api.bulkUndo;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /rooms/bulk and its undo: what a request must hold, another company's ids, who may undo and until when. */
@QuarkusTest
class BulkRoomsValidationTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    /** The room's status and assignee id (0 without one), as "ASSIGNED:12". */
    private String state(long roomId) {
        JsonPath room = room(supervisor, roomId);
        Object assignee = room.get("assignee.id");
        return room.getString("status") + ":" + (assignee == null ? 0 : ((Number) assignee).longValue());
    }

    private List<Long> tagsOf(long roomId) {
        return room(supervisor, roomId).getList("tags.id", Long.class);
    }

    @Test
    void whoMayUndoAndUntilWhen() {
        long roomId = openRoom(supervisor, whatsApp);
        String batchId = bulk(supervisor, "ASSIGN", List.of(roomId), agent.id(), null).then().statusCode(200).extract().path("batchId");

        bulkUndo(data.supervisor(data.tenant()), batchId).then().statusCode(404).body("code", equalTo("not-found"));
        bulkUndo(agent, batchId).then().statusCode(403).body("code", equalTo("forbidden"));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        try {
            bulkUndo(supervisor, batchId).then().statusCode(422).body("code", equalTo("undo-expired"));
        } finally {
            clock.reset();
        }

        assertThat(state(roomId)).isEqualTo("ASSIGNED:" + agent.id());
    }

    @Test
    void aTagOrAssigneeOfAnotherCompanyIsNotFoundAndChangesNothing() {
        long roomId = openRoom(supervisor, whatsApp);
        TestTenant other = data.tenant();

        bulk(supervisor, "TAG", List.of(roomId), null, data.tag(other).id()).then().statusCode(404).body("code", equalTo("not-found"));
        bulk(supervisor, "ASSIGN", List.of(roomId), data.agent(other).id(), null).then().statusCode(404)
                .body("code", equalTo("not-found"));

        assertThat(state(roomId)).isEqualTo("UNASSIGNED:0");
        assertThat(tagsOf(roomId)).isEmpty();
    }

    @Test
    void aSelectionMustHoldOneTo500RoomsAndAKnownActionWithItsFields() {
        long roomId = openRoom(supervisor, whatsApp);
        List<Long> tooMany = LongStream.rangeClosed(1, 501).boxed().toList();

        bulk(supervisor, "RESOLVE", List.of(), null, null).then().statusCode(400).body("code", equalTo("validation-failed"));
        bulk(supervisor, "RESOLVE", tooMany, null, null).then().statusCode(400).body("code", equalTo("validation-failed"));
        bulk(supervisor, "DELETE", List.of(roomId), null, null).then().statusCode(400);
        bulk(supervisor, "ASSIGN", List.of(roomId), null, null).then().statusCode(400).body("code", equalTo("validation-failed"));
        bulk(supervisor, "TAG", List.of(roomId), null, null).then().statusCode(400).body("code", equalTo("validation-failed"));
        bulk(supervisor, "RESOLVE", List.of(roomId), agent.id(), null).then().statusCode(400).body("code", equalTo("validation-failed"));

        assertThat(state(roomId)).isEqualTo("UNASSIGNED:0");
    }
}
