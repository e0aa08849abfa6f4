package id.inbox.room;

import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.room.RoomFixtures.inbound;
import static id.inbox.room.RoomFixtures.message;
import static id.inbox.support.Api.conversation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The traffic cop: a reply with seenMessageId is refused (409 newer-messages) when the room has newer messages. */
@QuarkusTest
class StaleReplyTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;
    String customer;
    long roomId;
    long seen;

    @BeforeEach
    void roomTheAgentHasOpen() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        customer = externalId();
        RoomFixtures.Inbound first = inbound(supervisor, whatsApp, customer, "Budi", null, "Halo, pesanan saya di mana?", null);
        roomId = first.roomId();
        seen = first.messageId();
    }

    static Response reply(TestUser user, long roomId, String text, Long seenMessageId, String idempotencyKey) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        if (seenMessageId != null) {
            body.put("seenMessageId", seenMessageId);
        }
        var request = Api.as(user).body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(Api.ROOMS + "/" + roomId + "/messages");
    }

    private long customerWrites(String text) {
        return message(supervisor, whatsApp, customer, text, null).messageId();
    }

    private static List<Long> ids(Response response) {
        return response.jsonPath().getList("messages.id", Long.class);
    }

    @Test
    void replyWrittenWithoutTheCustomersNewerMessagesIsRefusedWithThemAndNothingIsStored() {
        long second = customerWrites("Halo?");
        long third = customerWrites("Kak, tolong dibalas");
        int versionBefore = Api.room(agent, roomId).getInt("version");

        Response refused = reply(agent, roomId, "Sedang kami cek, Kak", seen, UUID.randomUUID().toString());

        refused.then().statusCode(409).contentType("application/problem+json").body("code", equalTo("newer-messages"))
                .body("messages[0].body", equalTo("Halo?")).body("messages[1].direction", equalTo("INBOUND"));
        assertThat(ids(refused)).as("oldest first").containsExactly(second, third);
        assertThat(conversation(agent, roomId)).noneMatch(m -> "OUTBOUND".equals(m.get("direction")));
        var room = Api.room(agent, roomId);
        assertThat(room.getInt("version")).isEqualTo(versionBefore);
        assertThat(room.getString("status")).as("the refused reply claimed nothing").isEqualTo("UNASSIGNED");
    }

    @Test
    void sendAnywayWithTheNewestShownMessageAndANewKeySends() {
        customerWrites("Halo?");
        long newest = customerWrites("Kak?");
        Response refused = reply(agent, roomId, "Sedang kami cek, Kak", seen, UUID.randomUUID().toString());
        refused.then().statusCode(409);

        Response sent = reply(agent, roomId, "Sedang kami cek, Kak", ids(refused).get(1), UUID.randomUUID().toString());

        sent.then().statusCode(201).header("Idempotency-Replayed", "false").body("body", equalTo("Sedang kami cek, Kak"));
        assertThat(ids(refused).get(1)).isEqualTo(newest);
    }

    @Test
    void refusalIsNotKeptUnderItsIdempotencyKey() {
        long newest = customerWrites("Halo?");
        String key = UUID.randomUUID().toString();
        reply(agent, roomId, "Baik Kak", seen, key).then().statusCode(409);

        reply(agent, roomId, "Baik Kak", newest, key).then().statusCode(201).header("Idempotency-Replayed", "false");
    }

    /**
     * The check runs under the room's row lock, which every message write takes: a customer message that commits
     * while the reply waits for the lock is seen by the check, not missed between the check and the insert.
     */
    @Test
    void customerMessageCommittedWhileTheReplyWaitsForTheRoomIsSeen() throws SQLException {
        try (Connection customer = RoomLocks.connect()) {
            customer.setAutoCommit(false);
            long arriving;
            try (PreparedStatement lock = customer.prepareStatement("select id from room where id = ? for update");
                 PreparedStatement store = customer.prepareStatement("""
                         insert into message (tenant_id, room_id, direction, kind, body, created_at)
                         values (?, ?, 'INBOUND', 'TEXT', 'Masih ada, Kak?', now()) returning id""")) {
                lock.setLong(1, roomId);
                lock.executeQuery().close();
                store.setLong(1, tenant.id());
                store.setLong(2, roomId);
                try (ResultSet row = store.executeQuery()) {
                    row.next();
                    arriving = row.getLong(1);
                }
            }
            CompletableFuture<Response> replying = RoomLocks.inBackground(() -> reply(agent, roomId, "Ada, Kak", seen, null));
            RoomLocks.awaitBackendsWaitingForALock(1, replying);

            customer.commit();

            Response refused = replying.join();
            refused.then().statusCode(409).body("code", equalTo("newer-messages"));
            assertThat(ids(refused)).containsExactly(arriving);
        }
    }

    @Test
    void upToDateReplySends() {
        long newest = customerWrites("Halo?");

        reply(agent, roomId, "Baik Kak", newest, null).then().statusCode(201);
    }

    @Test
    void replyWithoutSeenMessageIdIsNotChecked() {
        customerWrites("Halo?");

        reply(agent, roomId, "Baik Kak", null, null).then().statusCode(201);
    }

    @Test
    void colleaguesNewerReplyRefusesMineButMyOwnDoesNot() {
        long first = reply(agent, roomId, "Saya bantu ya, Kak", seen, null).then().statusCode(201).extract().jsonPath().getLong("id");
        long second = reply(agent, roomId, "Sebentar saya cek", seen, null)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Response supervisorRefused = reply(supervisor, roomId, "Pesanan sudah dikirim kemarin", first, null);
        supervisorRefused.then().statusCode(409).body("messages[0].sender.id", equalTo((int) agent.id()));
        assertThat(ids(supervisorRefused)).containsExactly(second);

        long theirs = reply(supervisor, roomId, "Pesanan sudah dikirim kemarin", second, null)
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Response agentRefused = reply(agent, roomId, "Nomor resinya menyusul", second, null);
        agentRefused.then().statusCode(409).body("messages[0].sender.id", equalTo((int) supervisor.id()));
        assertThat(ids(agentRefused)).containsExactly(theirs);
    }

    @Test
    void staleAttachmentIsRefusedAndNothingStoredThenSentAnyway() {
        long newest = customerWrites("Fotonya mana, Kak?");
        byte[] png = new byte[2_000];

        Response refused = attach(seen, png);

        refused.then().statusCode(409).body("code", equalTo("newer-messages"));
        assertThat(ids(refused)).containsExactly(newest);
        assertThat(conversation(agent, roomId)).noneMatch(m -> "OUTBOUND".equals(m.get("direction")));
        attach(newest, png).then().statusCode(201).body("kind", equalTo("IMAGE"));
        attach(-1L, png).then().statusCode(400).body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("seenMessageId"));
    }

    private Response attach(long seenMessageId, byte[] content) {
        return Api.as(agent).contentType("multipart/form-data").multiPart("file", "foto.png", content, "image/png")
                .multiPart("seenMessageId", String.valueOf(seenMessageId)).post(Api.ROOMS + "/" + roomId + "/attachments");
    }

    @Test
    void systemNotesDoNotCount() {
        RoomFixtures.assignTo(supervisor, roomId, agent);
        RoomFixtures.resolved(supervisor, roomId);

        reply(agent, roomId, "Ada yang bisa dibantu lagi?", seen, null).then().statusCode(201);
    }

    @Test
    void atMostTheTwentyNewestAreReturnedOldestFirst() {
        List<Long> newer = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            newer.add(customerWrites("Pesan " + i));
        }

        Response refused = reply(agent, roomId, "Maaf lama, Kak", seen, null);

        refused.then().statusCode(409);
        assertThat(ids(refused)).containsExactlyElementsOf(newer.subList(2, 22));
    }

    @Test
    void seenMessageMustBeOfTheRoom() {
        long otherRoomsMessage = inbound(supervisor, whatsApp, externalId(), "Sari", null, "Halo", null).messageId();

        reply(agent, roomId, "Baik Kak", otherRoomsMessage, null).then().statusCode(400)
                .body("code", equalTo("validation-failed")).body("errors[0].field", equalTo("seenMessageId"));
        reply(agent, roomId, "Baik Kak", 0L, null).then().statusCode(400).body("code", equalTo("validation-failed"));
        Api.as(agent).body(Map.of("text", "Baik", "seenMessageId", "12")).post(Api.ROOMS + "/" + roomId + "/messages")
                .then().statusCode(400).body("code", equalTo("malformed-request"));
    }
}
