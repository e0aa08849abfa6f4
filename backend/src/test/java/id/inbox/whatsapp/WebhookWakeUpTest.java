package id.inbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.WhatsApp;
import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the poll off, a stored notification is processed on its own: the worker is woken once the row commits. */
@QuarkusTest
@TestProfile(WebhookWakeUpTest.WakeUpOn.class)
class WebhookWakeUpTest {

    public static class WakeUpOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("inbox.whatsapp.wake-up", "true", "inbox.whatsapp.poll-interval", "off");
        }
    }

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    TestData data;

    @Test
    void acknowledgedNotificationIsProcessedWithoutPollOrTestCallingTheWorker() {
        TestTenant tenant = data.tenant();
        TestChannel channel = data.whatsApp(tenant);
        String wamid = WhatsAppWebhooks.wamid();
        long before = webhooks.lastEventId();

        webhooks.post(WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(),
                "WA_ID", WhatsAppWebhooks.waId(), "WAMID", wamid))).then().statusCode(200);

        // awaited as state (bounded), never a guess at how long processing takes; nothing here runs the worker
        WhatsApp.until("the notification processed", () -> { }, () -> webhooks.messageCount(tenant.id(), wamid) > 0);
        assertThat(webhooks.messageCount(tenant.id(), wamid)).isEqualTo(1);
        assertThat(webhooks.events(before)).singleElement()
                .satisfies(event -> assertThat(event.get("status")).isEqualTo("DONE"));
    }
}
