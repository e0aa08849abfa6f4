package id.inbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Processed webhook events are deleted after the retention; pending ones and the messages they carried stay. */
@QuarkusTest
class WebhookRetentionTest {

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    WebhookRetention retention;

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    TestTenant tenant;
    TestChannel channel;
    long before;

    @BeforeEach
    void channel() {
        tenant = data.tenant();
        channel = data.whatsApp(tenant);
        webhooks.process();
        before = webhooks.lastEventId();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        webhooks.retirePending(before);
    }

    private String text(String customer, String wamid) {
        return WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer, "WAMID", wamid));
    }

    @Test
    void processedEventsOlderThanTheRetentionAreDeletedAndPendingOnesAndTheirMessagesStay() {
        String wamid = WhatsAppWebhooks.wamid();
        webhooks.post(text(WhatsAppWebhooks.waId(), wamid)).then().statusCode(200);
        // no customer id: this one fails and stays pending
        webhooks.post(text("", WhatsAppWebhooks.wamid())).then().statusCode(200);
        webhooks.process();

        clock.advance(Duration.ofDays(29));
        String recent = WhatsAppWebhooks.wamid();
        webhooks.post(text(WhatsAppWebhooks.waId(), recent)).then().statusCode(200);
        webhooks.process();
        assertThat(retention.purge()).as("nothing is older than 30 days yet").isZero();

        clock.advance(Duration.ofDays(2));
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        List<Map<String, Object>> left = webhooks.events(before);
        assertThat(left).extracting(event -> event.get("status")).containsExactly("PENDING", "DONE");
        assertThat(webhooks.messageCount(tenant.id(), wamid)).as("the message outlives its event").isEqualTo(1);
        assertThat(webhooks.messageCount(tenant.id(), recent)).isEqualTo(1);
    }
}
