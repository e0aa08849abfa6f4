package id.inbox.note;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.expiredRoom;
import static id.inbox.room.RoomFixtures.openRoom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.outbox.OutboxRelay;
import id.inbox.support.Api;
import id.inbox.support.GraphStandIn;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsApp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /rooms/{id}/notes: a private note is part of the conversation for the team and nothing else. */
@QuarkusTest
class NoteTest {

    @Inject
    TestData data;

    @Inject
    OutboxRelay relay;

    @Inject
    GraphStandIn graph;

    @Inject
    Jdbi jdbi;

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

    static Response note(TestUser author, long roomId, String body, List<Long> mentionIds) {
        Map<String, Object> request = mentionIds == null ? Map.of("body", body) : Map.of("body", body, "mentionIds", mentionIds);
        return Api.as(author).body(request).post(Api.ROOMS + "/" + roomId + "/notes");
    }

    @Test
    void aNoteIsStoredAsAnInternalNoteOfItsAuthorAndListedInTheConversation() {
        long roomId = openRoom(supervisor, whatsApp);

        long id = note(agent, roomId, "  Pelanggan minta faktur.  ", null).then().statusCode(201)
                .body("direction", equalTo("INTERNAL")).body("kind", equalTo("NOTE"))
                .body("body", equalTo("Pelanggan minta faktur.")).body("sender.id", equalTo((int) agent.id()))
                .body("deliveryStatus", equalTo(null)).body("mentions", empty())
                .extract().jsonPath().getLong("id");

        Map<String, Object> newest = Api.messages(colleague, roomId).get(0);
        assertThat(((Number) newest.get("id")).longValue()).isEqualTo(id);
        assertThat(newest.get("direction")).isEqualTo("INTERNAL");
    }

    @Test
    void aNoteNeverCreatesAnOutboxRowNorAGraphApiCall() {
        String number = WhatsApp.phoneNumberId();
        TestChannel connected = WhatsApp.connected(supervisor, number, "EAAG-note-token");
        long roomId = Api.inbound(supervisor, connected, WhatsApp.waId(), "Halo, pesanan saya?", null);

        long noteId = note(agent, roomId, "Jangan kirim ini ke pelanggan", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        relay.drain();

        long outboxRows = jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where message_id = :id")
                .bind("id", noteId).mapTo(Long.class).one());
        assertThat(outboxRows).isZero();
        assertThat(graph.received(number)).isEmpty();
    }

    @Test
    void aNoteChangesNeitherTheWindowNorUnreadNorDeadlineNorAssigneeNorLastMessage() {
        long roomId = openRoom(supervisor, whatsApp);
        JsonPath before = Api.room(agent, roomId);

        note(agent, roomId, "Cek stok dulu", null).then().statusCode(201);

        JsonPath after = Api.room(agent, roomId);
        for (String field : List.of("status", "assignee", "windowExpiresAt", "unreadCount", "lastMessage", "lastActivityAt",
                "version")) {
            assertThat((Object) after.get(field)).as(field).isEqualTo(before.get(field));
        }
    }

    @Test
    void anAgentMayNoteARoomAssignedToAColleagueAfterItsWindowClosed() {
        long roomId = expiredRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, colleague);

        note(agent, roomId, "Sudah lewat 24 jam, kirim template besok", null).then().statusCode(201);

        assertThat(Api.room(agent, roomId).getLong("assignee.id")).isEqualTo(colleague.id());
    }

    @Test
    void aNoteDoesNotCountAsANewerMessageForAReply() {
        long roomId = openRoom(supervisor, whatsApp);
        long newest = ((Number) Api.messages(agent, roomId).get(0).get("id")).longValue();
        note(colleague, roomId, "Saya cek gudang", null).then().statusCode(201);

        Api.as(agent).body(Map.of("text", "Baik Kak", "seenMessageId", newest)).post(Api.ROOMS + "/" + roomId + "/messages")
                .then().statusCode(201);
    }

    @Test
    void aRoomOfAnotherCompanyIsNotFound() {
        TestTenant other = data.tenant();
        long roomId = openRoom(data.supervisor(other), data.whatsApp(other));

        note(agent, roomId, "Halo", null).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void aNoteNeedsAShortEnoughTextAndAtMostTwentyMentions() {
        long roomId = openRoom(supervisor, whatsApp);

        note(agent, roomId, "   ", null).then().statusCode(400).body("code", equalTo("validation-failed"));
        note(agent, roomId, "a".repeat(4097), null).then().statusCode(400).body("code", equalTo("validation-failed"));
        List<Long> many = java.util.stream.LongStream.rangeClosed(1, 21).boxed().toList();
        note(agent, roomId, "Halo", many).then().statusCode(400).body("code", equalTo("validation-failed"));
        note(agent, roomId, "Halo", List.of(0L)).then().statusCode(400).body("code", equalTo("validation-failed"));
        assertThat(Api.messages(agent, roomId)).noneMatch(m -> "INTERNAL".equals(m.get("direction")));
    }

    @Test
    void hostileNoteBodiesAreRefusedWithTheirCodes() {
        long roomId = openRoom(supervisor, whatsApp);
        String path = Api.ROOMS + "/" + roomId + "/notes";

        Api.as(agent).body("{\"body\":\"a\\u0000b\"}").post(path).then().statusCode(400).body("code", equalTo("invalid-character"));
        Api.as(agent).body("{\"body\":\"a\",\"mentionIds\":\"" + colleague.id() + "\"}").post(path).then().statusCode(400)
                .body("code", equalTo("malformed-request"));
        Api.as(agent).body("{\"body\":\"a\",\"mentionIds\":[1.5]}").post(path).then().statusCode(400)
                .body("code", equalTo("malformed-request"));
        Api.as(agent).body("{\"body\":\"a\",\"body\":\"b\"}").post(path).then().statusCode(400)
                .body("code", equalTo("malformed-request"));
        assertThat(Api.messages(agent, roomId)).noneMatch(m -> "INTERNAL".equals(m.get("direction")));
    }
}
