package id.inbox.room;

import static id.inbox.room.RoomFixtures.instant;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.support.Api.conversation;
import static id.inbox.support.Api.reply;
import static id.inbox.support.Api.resolve;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /rooms/{id}/messages: a free-text reply inside the session window. */
@QuarkusTest
class ReplyTest {

    @Inject
    TestData data;

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

    @Test
    void replyInsideTheWindowIsStoredAsOutboundTextFromTheCaller() {
        long roomId = openRoom(supervisor, whatsApp);

        Response response = reply(agent, roomId, "Baik Kak, pesanan sedang dikemas.");

        response.then().statusCode(201)
                .body("id", notNullValue())
                .body("roomId", equalTo((int) roomId))
                .body("direction", equalTo("OUTBOUND"))
                .body("kind", equalTo("TEXT"))
                .body("body", equalTo("Baik Kak, pesanan sedang dikemas."))
                .body("sender.id", equalTo((int) agent.id()))
                .body("sender.name", equalTo(agent.name()))
                .body("createdAt", notNullValue());
    }

    @Test
    void replyToAnUnassignedRoomAssignsItToTheReplier() {
        long roomId = openRoom(supervisor, whatsApp);
        assertThat(room(agent, roomId).getString("status")).isEqualTo("UNASSIGNED");

        reply(agent, roomId, "Saya bantu ya").then().statusCode(201);

        JsonPath room = room(agent, roomId);
        assertThat(room.getString("status")).isEqualTo("ASSIGNED");
        assertThat(room.getLong("assignee.id")).isEqualTo(agent.id());
    }

    @Test
    void replyToAResolvedRoomReopensItAssignedToTheReplier() {
        long roomId = openRoom(supervisor, whatsApp);
        resolve(supervisor, roomId).then().statusCode(200);

        reply(agent, roomId, "Ada lagi yang bisa dibantu?").then().statusCode(201);

        JsonPath room = room(agent, roomId);
        assertThat(room.getString("status")).isEqualTo("ASSIGNED");
        assertThat(room.getLong("assignee.id")).isEqualTo(agent.id());
        assertThat(room.getString("resolvedAt")).isNull();
    }

    @Test
    void blankReplyIsRefusedNamingText() {
        long roomId = openRoom(supervisor, whatsApp);

        reply(agent, roomId, "   ").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("text"));
        assertThat(conversation(agent, roomId)).hasSize(1);
    }

    @Test
    void missingTextIsRefusedNamingText() {
        long roomId = openRoom(supervisor, whatsApp);

        Api.as(agent).body(Map.of()).post(Api.ROOMS + "/" + roomId + "/messages")
                .then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("text"));
    }

    @Test
    void replyOverFourThousandNinetySixCharactersIsRefusedNamingText() {
        long roomId = openRoom(supervisor, whatsApp);

        reply(agent, roomId, "a".repeat(5000)).then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("text"));
        assertThat(conversation(agent, roomId)).hasSize(1);
    }

    @Test
    void replyOfExactlyFourThousandNinetySixCharactersIsAccepted() {
        long roomId = openRoom(supervisor, whatsApp);

        reply(agent, roomId, "a".repeat(4096)).then().statusCode(201);
    }

    @Test
    void replyIsTheNewestMessageOfTheRoom() {
        long roomId = openRoom(supervisor, whatsApp);

        long replyId = reply(agent, roomId, "Sudah dikirim kemarin").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        List<Map<String, Object>> messages = conversation(agent, roomId);
        assertThat(messages).hasSize(2);
        assertThat(((Number) messages.get(0).get("id")).longValue()).isEqualTo(replyId);
        assertThat(messages.get(0).get("direction")).isEqualTo("OUTBOUND");
        assertThat(messages.get(1).get("direction")).isEqualTo("INBOUND");
    }

    @Test
    void replyBecomesTheRoomsLastMessageAndActivity() {
        long roomId = openRoom(supervisor, whatsApp);
        Instant activityBefore = instant(room(agent, roomId).getString("lastActivityAt"));

        reply(agent, roomId, "Nomor resinya JNE123").then().statusCode(201);

        JsonPath room = room(agent, roomId);
        assertThat(room.getString("lastMessage.preview")).isEqualTo("Nomor resinya JNE123");
        assertThat(room.getString("lastMessage.direction")).isEqualTo("OUTBOUND");
        assertThat(instant(room.getString("lastMessage.createdAt"))).isAfter(activityBefore);
        assertThat(instant(room.getString("lastActivityAt"))).isAfter(activityBefore);
    }

    @Test
    void replyToAnotherTenantsRoomIsNotFoundAndStoresNothing() {
        long roomId = openRoom(supervisor, whatsApp);
        TestUser stranger = data.supervisor(data.tenant());

        reply(stranger, roomId, "Halo dari perusahaan lain").then().statusCode(404)
                .body("code", equalTo("not-found"));
        assertThat(conversation(supervisor, roomId)).hasSize(1);
        assertThat(room(supervisor, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }
}
