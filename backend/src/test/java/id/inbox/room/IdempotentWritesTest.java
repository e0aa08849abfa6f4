package id.inbox.room;

import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.room.RoomLocks.RoomLock;
import static id.inbox.room.RoomLocks.awaitBackendsWaitingForALock;
import static id.inbox.room.RoomLocks.inBackground;
import static id.inbox.support.Api.ROOMS;
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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on replies and inbound messages: a retry with the key is carried out once. */
@QuarkusTest
class IdempotentWritesTest {

    @Inject
    TestData data;

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

    private Response reply(String key, String text) {
        return Api.as(agent).header("Idempotency-Key", key).body(Map.of("text", text)).post(ROOMS + "/" + roomId + "/messages");
    }

    private long replies(String text) {
        return conversation(agent, roomId).stream().filter(m -> text.equals(m.get("body"))).count();
    }

    @Test
    void replyRetriedWithItsKeyIsStoredOnceAndAnswersTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        Response first = reply(key, "Pesanan sudah dikirim");
        first.then().statusCode(201).header("Idempotency-Replayed", equalTo("false"));

        Response retry = reply(key, "Pesanan sudah dikirim");

        retry.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(replies("Pesanan sudah dikirim")).isEqualTo(1);
    }

    @Test
    void replyKeyReusedForAnotherTextIsRefused() {
        String key = UUID.randomUUID().toString();
        reply(key, "Pesanan sudah dikirim").then().statusCode(201);

        reply(key, "Pesanan dibatalkan").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        assertThat(replies("Pesanan dibatalkan")).isZero();
    }

    @Test
    void replyWithAKeyStillInFlightIsAConflict() {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Response> first;
        Response duplicate;
        try (RoomLock lock = RoomLock.on(roomId)) {
            first = inBackground(() -> reply(key, "Sebentar ya"));
            awaitBackendsWaitingForALock(1, first);
            duplicate = reply(key, "Sebentar ya");
        }

        duplicate.then().statusCode(409).body("code", equalTo("request-in-flight"));
        first.join().then().statusCode(201);
        reply(key, "Sebentar ya").then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        assertThat(replies("Sebentar ya")).isEqualTo(1);
    }

    @Test
    void aRefusedReplyLeavesItsKeyFreeForTheRetry() {
        String key = UUID.randomUUID().toString();
        String stale = "\"v" + (Api.room(agent, roomId).getInt("version") - 1) + "\"";
        Api.as(agent).header("Idempotency-Key", key).header("If-Match", stale).body(Map.of("text", "Baik Kak"))
                .post(ROOMS + "/" + roomId + "/messages").then().statusCode(412);

        reply(key, "Baik Kak").then().statusCode(201).header("Idempotency-Replayed", equalTo("false"));
        assertThat(replies("Baik Kak")).isEqualTo(1);
    }

    @Test
    void idempotencyKeyLongerThan200CharactersIsABadRequest() {
        reply("k".repeat(201), "Halo").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(replies("Halo")).isZero();
    }

    @Test
    void inboundMessageWithoutProviderIdRetriedWithItsKeyIsStoredOnce() {
        String customer = externalId();
        Map<String, Object> message = Map.of("channelId", whatsApp.id(), "text", "Kapan dikirim?",
                "contact", Map.of("externalId", customer, "name", "Siti"));
        String key = UUID.randomUUID().toString();
        Response first = Api.as(supervisor).header("Idempotency-Key", key).body(message).post("/api/v1/inbound/messages");
        first.then().statusCode(201);

        Response retry = Api.as(supervisor).header("Idempotency-Key", key).body(message).post("/api/v1/inbound/messages");

        retry.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"))
                .body("messageId", equalTo(first.jsonPath().getInt("messageId")));
        long room = first.jsonPath().getLong("roomId");
        assertThat(conversation(supervisor, room).stream().filter(m -> "Kapan dikirim?".equals(m.get("body")))).hasSize(1);
    }
}
