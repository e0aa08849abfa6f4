package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.support.Api.handOver;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import id.inbox.support.Api;
import id.inbox.support.EventStream;
import id.inbox.support.EventStream.Event;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /rooms/{id}/handover: who may pass a room to whom, the note in the conversation, and the colleague told live. */
@QuarkusTest
class HandoverTest {

    @Inject
    TestData data;

    @TestHTTPResource("/")
    URI base;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser colleague;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        colleague = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    private long roomOf(TestUser assignee) {
        long roomId = openRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, assignee);
        return roomId;
    }

    private long assigneeOf(long roomId) {
        return room(supervisor, roomId).getLong("assignee.id");
    }

    @Test
    void anAgentHandsTheirRoomToAColleagueAndTheConversationKeepsTheNote() {
        long roomId = roomOf(agent);

        handOver(agent, roomId, colleague.id(), "  Pelanggan menunggu resi, tolong dicek besok  ").then().statusCode(200)
                .header("ETag", notNullValue())
                .body("status", equalTo("ASSIGNED")).body("assignee.id", equalTo((int) colleague.id()));

        Map<String, Object> note = Api.messages(colleague, roomId).get(0);
        assertThat(note.get("direction")).isEqualTo("SYSTEM");
        assertThat(note).extractingByKey("system").isEqualTo(Map.of("event", "HANDED_OVER",
                "target", Map.of("id", (int) colleague.id(), "name", colleague.name()),
                "note", "Pelanggan menunggu resi, tolong dicek besok"));
        assertThat(note).extractingByKey("sender").isEqualTo(Map.of("id", (int) agent.id(), "name", agent.name()));
    }

    @Test
    void withoutANoteTheHandOverNoteHasNone() {
        long roomId = roomOf(agent);

        handOver(agent, roomId, colleague.id(), " ").then().statusCode(200);

        Map<?, ?> system = (Map<?, ?>) Api.messages(agent, roomId).get(0).get("system");
        assertThat(system.get("event")).isEqualTo("HANDED_OVER");
        assertThat(system.get("note")).isNull();
    }

    @Test
    void theColleagueIsToldLiveThatTheRoomIsNowTheirs() {
        long roomId = roomOf(agent);
        try (EventStream stream = EventStream.open(base, Api.login(colleague), null)) {
            stream.next("ready");

            handOver(agent, roomId, colleague.id(), "Tolong lanjutkan").then().statusCode(200);

            Event message = stream.next("message.created");
            assertThat(message.json().getString("message.system.event")).isEqualTo("HANDED_OVER");
            assertThat(message.json().getLong("message.system.target.id")).isEqualTo(colleague.id());
            assertThat(message.json().getString("message.system.note")).isEqualTo("Tolong lanjutkan");
            Event room = stream.next("room.changed");
            assertThat(room.json().getLong("room.id")).isEqualTo(roomId);
            assertThat(room.json().getLong("room.assignee.id")).isEqualTo(colleague.id());
        }
    }

    @Test
    void anAgentMayHandOverAnUnassignedRoomButNotAnotherAgentsRoom() {
        long unassigned = openRoom(supervisor, whatsApp);
        long colleagues = roomOf(colleague);

        handOver(agent, unassigned, colleague.id(), null).then().statusCode(200);
        handOver(agent, colleagues, supervisor.id(), null).then().statusCode(403).body("code", equalTo("forbidden"));

        assertThat(assigneeOf(unassigned)).isEqualTo(colleague.id());
        assertThat(assigneeOf(colleagues)).isEqualTo(colleague.id());
    }

    @Test
    void aSupervisorMayHandOverAnyRoom() {
        long roomId = roomOf(agent);

        handOver(supervisor, roomId, colleague.id(), null).then().statusCode(200);

        assertThat(assigneeOf(roomId)).isEqualTo(colleague.id());
    }

    @Test
    void handingARoomToOneselfIsRefused() {
        long roomId = roomOf(agent);

        handOver(agent, roomId, agent.id(), null).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("handover-to-self"));

        assertThat(assigneeOf(roomId)).isEqualTo(agent.id());
    }

    @Test
    void handingARoomToADeactivatedColleagueIsRefused() {
        long roomId = roomOf(agent);
        TestUser former = data.user(tenant, "agent", false);

        handOver(agent, roomId, former.id(), null).then().statusCode(422).body("code", equalTo("colleague-inactive"));

        assertThat(assigneeOf(roomId)).isEqualTo(agent.id());
    }

    @Test
    void anotherCompanysUserOrRoomIsNotFound() {
        long roomId = roomOf(agent);
        TestTenant other = data.tenant();
        TestUser stranger = data.agent(other);
        long strangersRoom = openRoom(data.supervisor(other), data.whatsApp(other));

        handOver(agent, roomId, stranger.id(), null).then().statusCode(404).body("code", equalTo("not-found"));
        handOver(agent, strangersRoom, colleague.id(), null).then().statusCode(404).body("code", equalTo("not-found"));

        assertThat(assigneeOf(roomId)).isEqualTo(agent.id());
    }

    @Test
    void aNoteLongerThan500CharactersIsRefused() {
        long roomId = roomOf(agent);

        handOver(agent, roomId, colleague.id(), "a".repeat(501)).then().statusCode(400).body("code", equalTo("validation-failed"));
        Api.as(agent).body(Map.of("note", "tanpa penerima")).post(Api.ROOMS + "/" + roomId + "/handover")
                .then().statusCode(400).body("code", equalTo("validation-failed"));

        assertThat(assigneeOf(roomId)).isEqualTo(agent.id());
    }

    @Test
    void aHandOverFromAnOutOfDateScreenIsRefused() {
        long roomId = roomOf(agent);
        String seen = Api.as(agent).get(Api.ROOMS + "/" + roomId).header("ETag");
        Api.tag(supervisor, roomId, data.tag(tenant).id()).then().statusCode(200);

        Api.as(agent).header("If-Match", seen).body(Map.of("toUserId", colleague.id()))
                .post(Api.ROOMS + "/" + roomId + "/handover").then().statusCode(412).body("code", equalTo("room-changed"));

        assertThat(assigneeOf(roomId)).isEqualTo(agent.id());
    }
}
