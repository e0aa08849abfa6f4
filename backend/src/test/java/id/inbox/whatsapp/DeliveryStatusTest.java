package id.inbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** statuses[] of the webhook: delivery ticks of outbound messages only move forward; failures say why. */
@QuarkusTest
class DeliveryStatusTest {

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    Jdbi jdbi;

    TestTenant tenant;
    TestUser supervisor;
    TestChannel channel;
    String customer;
    long roomId;
    long before;

    @BeforeEach
    void conversation() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        channel = data.whatsApp(tenant);
        customer = WhatsAppWebhooks.waId();
        webhooks.process();
        before = webhooks.lastEventId();
        String wamid = WhatsAppWebhooks.wamid();
        webhooks.post(WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer, "WAMID", wamid)))
                .then().statusCode(200);
        webhooks.process();
        roomId = webhooks.roomOf(tenant.id(), wamid);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        webhooks.retirePending(before);
    }

    /** An agent's reply that the provider accepted as wamid (what the relay records), tick SENT. */
    private long sentReply(String wamid) {
        long messageId = Api.reply(supervisor, roomId, "Baik kak, kami cek dulu").then().statusCode(201).extract().jsonPath().getLong("id");
        jdbi.useHandle(handle -> handle.createUpdate("update message set provider_message_id = :wamid, delivery_status = 'SENT' where id = :id")
                .bind("wamid", wamid).bind("id", messageId).execute());
        return messageId;
    }

    private void status(TestChannel on, String wamid, String status) {
        webhooks.post(WhatsAppWebhooks.payload("status", Map.of("PHONE_NUMBER_ID", on.name(), "WA_ID", customer, "WAMID", wamid,
                "STATUS", status))).then().statusCode(200);
        webhooks.process();
    }

    private void failed(String wamid, int code, String title, String details) {
        Map<String, String> values = new HashMap<>(Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer, "WAMID", wamid));
        values.put("CODE", String.valueOf(code));
        values.put("TITLE", title);
        values.put("DETAILS", details);
        webhooks.post(WhatsAppWebhooks.payload("status-failed", values)).then().statusCode(200);
        webhooks.process();
    }

    private Map<String, Object> message(long messageId) {
        return Api.messages(supervisor, roomId).stream().filter(m -> ((Number) m.get("id")).longValue() == messageId)
                .findFirst().orElseThrow();
    }

    @Test
    void ticksMoveForward() {
        String wamid = WhatsAppWebhooks.wamid();
        long id = sentReply(wamid);

        status(channel, wamid, "delivered");
        assertThat(message(id)).containsEntry("deliveryStatus", "DELIVERED");
        status(channel, wamid, "read");
        assertThat(message(id)).containsEntry("deliveryStatus", "READ").containsEntry("failure", null);
    }

    @Test
    void readBeforeDeliveredEndsRead() {
        String wamid = WhatsAppWebhooks.wamid();
        long id = sentReply(wamid);

        status(channel, wamid, "read");
        status(channel, wamid, "delivered");
        status(channel, wamid, "sent");
        status(channel, wamid, "read");

        assertThat(message(id)).containsEntry("deliveryStatus", "READ");
        assertThat(webhooks.events(before)).allSatisfy(event -> assertThat(event.get("status")).isEqualTo("DONE"));
    }

    @Test
    void failedIsFinalAndKeepsTheProvidersCodeTitleAndDetails() {
        String wamid = WhatsAppWebhooks.wamid();
        long id = sentReply(wamid);

        failed(wamid, 131026, "Message undeliverable", "Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp phone number.");
        status(channel, wamid, "delivered");
        status(channel, wamid, "read");

        Map<String, Object> message = message(id);
        assertThat(message).containsEntry("deliveryStatus", "FAILED");
        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) message.get("failure");
        assertThat(failure).containsEntry("reason", "UNDELIVERABLE").containsEntry("code", 131026)
                .containsEntry("title", "Message undeliverable");
        assertThat((String) failure.get("detail")).startsWith("Unable to deliver message.");
    }

    @Test
    void reengagementFailureSaysSoAndTheRoomNeedsATemplate() {
        assertThat(Api.room(supervisor, roomId).getString("sessionState")).isEqualTo("OPEN");
        String wamid = WhatsAppWebhooks.wamid();
        long id = sentReply(wamid);

        failed(wamid, 131047, "Re-engagement message", "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");

        @SuppressWarnings("unchecked")
        Map<String, Object> failure = (Map<String, Object>) message(id).get("failure");
        assertThat(failure).containsEntry("reason", "REENGAGEMENT_REQUIRED").containsEntry("code", 131047);
        JsonPath room = Api.room(supervisor, roomId);
        assertThat(room.getString("sessionState")).isEqualTo("EXPIRED");
        assertThat(Instant.parse(room.getString("windowExpiresAt"))).isBeforeOrEqualTo(Instant.now());
        Api.reply(supervisor, roomId, "Halo?").then().statusCode(422);
    }

    @Test
    void providerCodesMapToStableReasons() {
        Map<Integer, String> reasons = Map.of(131048, "SPAM_RATE_LIMIT", 131049, "MARKETING_LIMIT", 130429, "THROUGHPUT_LIMIT",
                131056, "RECIPIENT_RATE_LIMIT", 132001, "TEMPLATE_ERROR", 999999, "PROVIDER_ERROR");
        reasons.forEach((code, reason) -> {
            String wamid = WhatsAppWebhooks.wamid();
            long id = sentReply(wamid);

            failed(wamid, code, "Title of " + code, "Details of " + code);

            @SuppressWarnings("unchecked")
            Map<String, Object> failure = (Map<String, Object>) message(id).get("failure");
            assertThat(failure).as("code " + code).containsEntry("reason", reason).containsEntry("code", code);
        });
        assertThat(Api.room(supervisor, roomId).getString("sessionState")).as("only 131047 closes the window").isEqualTo("OPEN");
    }

    @Test
    void statusArrivingBeforeTheSendIsRecordedIsRetriedUntilItApplies() {
        String wamid = WhatsAppWebhooks.wamid();
        status(channel, wamid, "delivered");

        List<Map<String, Object>> events = webhooks.events(before);
        Map<String, Object> event = events.get(events.size() - 1);
        assertThat(event).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) event.get("last_error")).contains(wamid);

        long id = sentReply(wamid);
        clock.advance(Duration.ofSeconds(6));
        webhooks.process();

        assertThat(message(id)).containsEntry("deliveryStatus", "DELIVERED");
        Map<String, Object> done = webhooks.events(before).get(events.size() - 1);
        assertThat(done).containsEntry("status", "DONE").containsEntry("attempts", 2);
    }

    @Test
    void statusOfAMessageTheInboxNeverSentEndsInANoteAfterAWhile() {
        String wamid = WhatsAppWebhooks.wamid();
        status(channel, wamid, "delivered");

        clock.advance(Duration.ofMinutes(20));
        webhooks.process();

        List<Map<String, Object>> events = webhooks.events(before);
        Map<String, Object> event = events.get(events.size() - 1);
        assertThat(event.get("status")).isEqualTo("DONE");
        assertThat((String) event.get("note")).contains(wamid);
    }

    @Test
    void statusThroughAnotherCompanysNumberDoesNotTouchTheMessage() {
        String wamid = WhatsAppWebhooks.wamid();
        long id = sentReply(wamid);
        TestChannel otherCompanysNumber = data.whatsApp(data.tenant());

        status(otherCompanysNumber, wamid, "read");

        assertThat(message(id)).containsEntry("deliveryStatus", "SENT");
    }
}
