package id.inbox.outbox;

import static id.inbox.support.WhatsApp.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import id.inbox.support.Api;
import id.inbox.support.GraphStandIn;
import id.inbox.support.GraphStandIn.Received;
import id.inbox.support.GraphStandIn.Reply;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTemplate;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsApp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Messages out through the outbox: a reply or template is stored QUEUED and answered at once; the relay sends it
 * with the real Graph client to a local stand-in of Meta's Graph API and records the outcome. The tests drive
 * the relay themselves (relayOnce, drain) and wait for database state, never for time.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOKEN = "EAAG-test-token-1";

    @Inject
    TestData data;

    @Inject
    OutboxRelay relay;

    @Inject
    GraphStandIn graph;

    @Inject
    TestClock clock;

    @Inject
    Jdbi jdbi;

    TestUser supervisor;
    TestUser agent;
    String number;
    TestChannel channel;
    String customer;
    long roomId;

    @BeforeEach
    void connectedNumberWithAnOpenRoom() {
        relay.drain(); // what other tests left queued (sandbox channels) is not this test's business
        TestData.TestTenant tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        number = WhatsApp.phoneNumberId();
        channel = WhatsApp.connected(supervisor, number, TOKEN);
        customer = WhatsApp.waId();
        roomId = Api.inbound(supervisor, channel, customer, "Halo, pesanan saya sudah dikirim?", null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String status(long messageId) {
        return jdbi.withHandle(h -> h.createQuery("select delivery_status from message where id = :id").bind("id", messageId)
                .mapTo(String.class).one());
    }

    private String providerId(long messageId) {
        return jdbi.withHandle(h -> h.createQuery("select provider_message_id from message where id = :id").bind("id", messageId)
                .mapTo(String.class).one());
    }

    private int outboxRows(long messageId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from outbox where message_id = :id").bind("id", messageId)
                .mapTo(Integer.class).one());
    }

    private void sql(String statement, long messageId) {
        jdbi.useHandle(h -> h.createUpdate(statement).bind("id", messageId).execute());
    }

    private Map<String, Object> message(long messageId) {
        return Api.messages(agent, roomId).stream().filter(m -> ((Number) m.get("id")).longValue() == messageId).findFirst()
                .orElseThrow();
    }

    private long reply(String text) {
        return Api.reply(agent, roomId, text).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void untilStatus(long messageId, String wanted) {
        until("message " + messageId + " " + wanted, relay::drain, () -> wanted.equals(status(messageId)));
    }

    @Test
    void replyIsQueuedAndAnsweredAtOnceThenSentWithTheWamid() {
        Response response = Api.reply(agent, roomId, "Sudah kami kirim kemarin, Kak.");

        response.then().statusCode(201).body("deliveryStatus", equalTo("QUEUED")).body("failure", nullValue());
        assertThat(graph.received(number)).as("nothing is sent inside the request").isEmpty();
        long id = response.jsonPath().getLong("id");
        assertThat(outboxRows(id)).isEqualTo(1);

        untilStatus(id, "SENT");

        Received sent = graph.received(number).get(0);
        assertThat(graph.received(number)).hasSize(1);
        assertThat(sent.authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.body().path("to").asText()).isEqualTo(customer);
        assertThat(sent.body().path("type").asText()).isEqualTo("text");
        assertThat(sent.body().path("text").path("body").asText()).isEqualTo("Sudah kami kirim kemarin, Kak.");
        assertThat(providerId(id)).isEqualTo(sent.wamid());
        assertThat(outboxRows(id)).isZero();
        assertThat(message(id)).containsEntry("deliveryStatus", "SENT").containsEntry("failure", null);
    }

    @Test
    void templateIsSentByNameAndLanguageWithItsParametersAsBodyComponents() {
        TestTemplate template = data.approvedTemplate(channel);

        long id = Api.sendTemplate(agent, roomId, TestData.unique("key"), template.id(), List.of("Siti", "INV-2041"))
                .then().statusCode(201).body("deliveryStatus", equalTo("QUEUED")).extract().jsonPath().getLong("id");
        untilStatus(id, "SENT");

        Received sent = graph.received(number).get(0);
        assertThat(sent.body().path("type").asText()).isEqualTo("template");
        assertThat(sent.body().path("template").path("name").asText()).isEqualTo(template.name());
        assertThat(sent.body().path("template").path("language").path("code").asText()).isEqualTo("id");
        assertThat(sent.body().path("template").path("components").path(0).path("type").asText()).isEqualTo("body");
        assertThat(sent.body().path("template").path("components").path(0).path("parameters").findValuesAsText("text"))
                .containsExactly("Siti", "INV-2041");
        assertThat(providerId(id)).isEqualTo(sent.wamid());
    }

    @Test
    void throughputLimitTwiceThenSuccessSendsExactlyOnce() {
        graph.script(number, Reply.error(400, 130429, "Rate limit hit", "Cloud API message throughput has been reached."),
                Reply.error(400, 130429, "Rate limit hit", "Cloud API message throughput has been reached."));

        long id = reply("Mohon ditunggu ya, Kak.");
        untilStatus(id, "SENT");

        assertThat(graph.received(number)).hasSize(3);
        assertThat(graph.accepted(number)).hasSize(1);
        assertThat(providerId(id)).isEqualTo(graph.accepted(number).get(0).wamid());
    }

    @Test
    void serverErrorIsRetriedAfterABackoff() {
        graph.script(number, Reply.status(503, "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}"));
        long id = reply("Halo Kak");

        relay.relayOnce();

        assertThat(status(id)).isEqualTo("QUEUED");
        Map<String, Object> row = jdbi.withHandle(h -> h.createQuery("""
                        select attempts, last_error, claim_token is null as released, next_attempt_at > created_at as backed_off
                          from outbox where message_id = :id""").bind("id", id).mapToMap().one());
        assertThat(row).containsEntry("attempts", 1).containsEntry("released", true).containsEntry("backed_off", true);
        assertThat((String) row.get("last_error")).contains("Service temporarily unavailable");

        untilStatus(id, "SENT");
        assertThat(graph.received(number)).hasSize(2);
        assertThat(graph.accepted(number)).hasSize(1);
    }

    @Test
    void permanentErrorFailsAtOnceWithMetasCodeAndTitle() {
        graph.script(number, Reply.error(400, 131047, "Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number."));

        long id = reply("Halo Kak");
        untilStatus(id, "FAILED");
        relay.drain();

        assertThat(graph.received(number)).hasSize(1);
        assertThat(outboxRows(id)).isZero();
        Map<String, Object> message = message(id);
        assertThat(message).containsEntry("deliveryStatus", "FAILED");
        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) message.get("failure");
        assertThat(failure).containsEntry("reason", "REENGAGEMENT_REQUIRED").containsEntry("code", 131047)
                .containsEntry("title", "Re-engagement message");
        assertThat((String) failure.get("detail")).contains("more than 24 hours");
    }

    @Test
    void noAnswerAfterTheRequestLeftFailsTheMessageAndNeverResendsIt() {
        CountDownLatch hold = new CountDownLatch(1);
        graph.script(number, Reply.hang(hold));
        long id;
        try {
            id = reply("Halo Kak");
            untilStatus(id, "FAILED");
        } finally {
            hold.countDown();
        }
        relay.drain();

        assertThat(graph.received(number)).hasSize(1);
        assertThat(outboxRows(id)).isZero();
        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) message(id).get("failure");
        assertThat(failure).containsEntry("reason", "AMBIGUOUS_TIMEOUT").containsEntry("code", null);
    }

    @Test
    void aClaimWhoseRelayDiedBeforeSendingIsSentOnceWhenItsLeaseRunsOut() {
        long id = reply("Halo Kak");
        // a relay claims the row and dies: no send, no outcome
        assertThat(relay.claim(clock.instant(), UUID.randomUUID())).isNotEmpty();
        relay.drain();
        assertThat(graph.received(number)).as("the lease still holds the row").isEmpty();
        assertThat(status(id)).isEqualTo("QUEUED");

        sql("update outbox set claimed_until = now() - interval '1 second' where message_id = :id", id);
        untilStatus(id, "SENT");
        relay.drain();

        assertThat(graph.received(number)).hasSize(1);
    }

    @Test
    void aClaimWhoseRelayDiedWhileSendingIsFailedNotSentAgain() {
        long id = reply("Halo Kak");
        assertThat(relay.claim(clock.instant(), UUID.randomUUID())).isNotEmpty();
        // it had started the HTTP call: the request may have reached Meta
        sql("update outbox set send_started_at = now(), claimed_until = now() - interval '1 second' where message_id = :id", id);

        untilStatus(id, "FAILED");
        relay.drain();

        assertThat(graph.received(number)).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) message(id).get("failure");
        assertThat(failure).containsEntry("reason", "RELAY_INTERRUPTED").containsEntry("code", null);
    }

    @Test
    void twoRelaysAtOnceNeverSendTheSameMessageAndKeepEachRoomsOrder() throws Exception {
        Map<String, Long> rooms = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            String waId = WhatsApp.waId();
            rooms.put(waId, Api.inbound(supervisor, channel, waId, "Halo " + i, null));
        }
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            for (Map.Entry<String, Long> room : rooms.entrySet()) {
                ids.add(Api.reply(supervisor, room.getValue(), room.getKey() + " #" + n).then().statusCode(201)
                        .extract().jsonPath().getLong("id"));
            }
        }

        ExecutorService relays = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                running.add(CompletableFuture.runAsync(() -> until("all sent", relay::relayOnce,
                        () -> ids.stream().allMatch(id -> "SENT".equals(status(id)))), relays));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            relays.shutdownNow();
        }

        List<Received> received = graph.received(number);
        assertThat(received).hasSize(ids.size());
        assertThat(received.stream().map(r -> r.body().path("text").path("body").asText()).distinct()).hasSize(ids.size());
        for (String waId : rooms.keySet()) {
            assertThat(received.stream().filter(r -> r.body().path("to").asText().equals(waId))
                    .map(r -> r.body().path("text").path("body").asText()))
                    .as("the room's messages in the order they were written")
                    .containsExactly(waId + " #0", waId + " #1", waId + " #2", waId + " #3", waId + " #4");
        }
    }

    @Test
    void aClaimReservesTheNumbersNextSendSlotsAtItsRate() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long room = Api.inbound(supervisor, channel, WhatsApp.waId(), "Halo " + i, null);
            ids.add(Api.reply(agent, room, "Halo Kak " + i).then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        java.time.Instant now = clock.instant();

        assertThat(relay.claim(now, UUID.randomUUID())).hasSize(3);

        // 80 messages/s: three sends take the number's next 3 x 12.5 ms, shared with every other instance
        java.time.Instant next = jdbi.withHandle(h -> h.createQuery("select next_slot_at from outbox_pace where channel_id = :c")
                .bind("c", channel.id()).mapTo(java.time.OffsetDateTime.class).one()).toInstant();
        assertThat(next).isEqualTo(now.plusNanos(3 * 12_500_000L));
        for (long id : ids) {
            sql("update outbox set claimed_until = now() - interval '1 second' where message_id = :id", id);
        }
        until("all sent", relay::drain, () -> ids.stream().allMatch(id -> "SENT".equals(status(id))));
        assertThat(graph.received(number)).hasSize(3);
    }

    @Test
    void retryQueuesAFailedMessageOnceHoweverOftenItIsClicked() {
        graph.script(number, Reply.error(400, 131026, "Message undeliverable", "Unable to deliver message."));
        long id = reply("Halo Kak");
        untilStatus(id, "FAILED");

        Api.as(agent).post("/api/v1/messages/" + id + "/retry").then().statusCode(200)
                .body("deliveryStatus", equalTo("QUEUED")).body("failure", nullValue());
        Api.as(agent).post("/api/v1/messages/" + id + "/retry").then().statusCode(200)
                .body("deliveryStatus", equalTo("QUEUED"));
        assertThat(outboxRows(id)).isEqualTo(1);

        untilStatus(id, "SENT");
        relay.drain();
        assertThat(graph.received(number)).hasSize(2);
        assertThat(graph.accepted(number)).hasSize(1);
    }

    @Test
    void onlyAFailedMessageCanBeRetried() {
        long id = reply("Halo Kak");
        untilStatus(id, "SENT");

        Api.as(agent).post("/api/v1/messages/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("message-not-retryable"));
    }

    @Test
    void freeTextCannotBeRetriedOnceTheWindowHasClosed() {
        graph.script(number, Reply.error(400, 131026, "Message undeliverable", null));
        long id = reply("Halo Kak");
        untilStatus(id, "FAILED");

        // the customer's last message is now more than 24 hours old
        sql("update room set window_expires_at = now() - interval '1 minute' where id = :id", roomId);

        Api.as(agent).post("/api/v1/messages/" + id + "/retry").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("window-expired"));
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void anotherCompanysMessageCannotBeRetried() {
        graph.script(number, Reply.error(400, 131026, "Message undeliverable", null));
        long id = reply("Halo Kak");
        untilStatus(id, "FAILED");
        TestUser stranger = data.supervisor(data.tenant());

        Api.as(stranger).post("/api/v1/messages/" + id + "/retry").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("not-found"));
        assertThat(status(id)).isEqualTo("FAILED");
    }

    @Test
    void retryableErrorsPastTheDeadlineFailTheMessageWithTheLastError() {
        graph.script(number, Reply.status(502, "Bad Gateway"));
        long id = reply("Halo Kak");
        sql("update outbox set deadline_at = now() - interval '1 second' where message_id = :id", id);

        untilStatus(id, "FAILED");

        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) message(id).get("failure");
        assertThat(failure).containsEntry("reason", "RETRY_DEADLINE_PASSED").containsEntry("code", null);
        assertThat((String) failure.get("detail")).contains("http-502");
        assertThat(graph.received(number)).hasSize(1);
    }

    @Test
    void aDisconnectedNumberFailsWhatIsQueuedAndRefusesNewReplies() {
        long id = reply("Halo Kak");
        Api.as(supervisor).delete("/api/v1/channels/" + channel.id()).then().statusCode(204);

        untilStatus(id, "FAILED");

        assertThat(graph.received(number)).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) message(id).get("failure");
        assertThat(failure).containsEntry("reason", "CHANNEL_DISCONNECTED").containsEntry("code", null);
        Api.reply(agent, roomId, "Halo lagi").then().statusCode(422).body("code", equalTo("channel-disconnected"));
    }

    @Test
    void aRefusedReplyLeavesNoOutboxRowBehind() {
        sql("update room set window_expires_at = now() - interval '1 minute' where id = :id", roomId);

        Api.reply(agent, roomId, "Halo Kak").then().statusCode(422).body("code", equalTo("window-expired"));

        assertThat(jdbi.<Integer, RuntimeException>withHandle(h -> h.createQuery("select count(*) from outbox where room_id = :room").bind("room", roomId)
                .mapTo(Integer.class).one())).isZero();
        relay.drain();
        assertThat(graph.received(number)).isEmpty();
    }

    @Test
    void sandboxChannelsGoThroughTheSameOutboxAndAreDeliveredAtOnce() {
        TestChannel sandbox = data.whatsApp(supervisor.tenant());
        long sandboxRoom = Api.inbound(supervisor, sandbox, WhatsApp.waId(), "Halo", null);

        long id = Api.reply(agent, sandboxRoom, "Halo Kak").then().statusCode(201).body("deliveryStatus", equalTo("QUEUED"))
                .extract().jsonPath().getLong("id");
        untilStatus(id, "DELIVERED");

        assertThat(providerId(id)).startsWith("sandbox-");
        assertThat(graph.received(number)).isEmpty();
    }
}
