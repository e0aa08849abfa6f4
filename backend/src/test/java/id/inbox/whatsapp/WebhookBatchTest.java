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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The worker takes due events in batches, a savepoint each: one failure holds up nothing, no event is taken twice. */
@QuarkusTest
class WebhookBatchTest {

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    WebhookWorker worker;

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
        webhooks.process(); // what other tests left due, so this test's events are the only ones
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
    void poisonEventInABatchIsRetriedAloneAndTheOthersCommit() {
        String customer = WhatsAppWebhooks.waId();
        List<String> fine = List.of(WhatsAppWebhooks.wamid(), WhatsAppWebhooks.wamid(), WhatsAppWebhooks.wamid());
        webhooks.post(text(customer, fine.get(0))).then().statusCode(200);
        // no customer id: this message cannot be stored
        webhooks.post(text("", WhatsAppWebhooks.wamid())).then().statusCode(200);
        webhooks.post(text(customer, fine.get(1))).then().statusCode(200);
        webhooks.post(text(customer, fine.get(2))).then().statusCode(200);

        assertThat(worker.processBatch()).as("one batch, one transaction").isEqualTo(4);

        List<Map<String, Object>> events = webhooks.events(before);
        assertThat(events).extracting(event -> event.get("status")).containsExactly("DONE", "PENDING", "DONE", "DONE");
        Map<String, Object> poison = events.get(1);
        assertThat(poison).containsEntry("attempts", 1).containsEntry("processed_at", null);
        assertThat((String) poison.get("last_error")).isNotBlank();
        assertThat(Duration.between(OffsetDateTime.now(), (OffsetDateTime) poison.get("next_attempt_at")))
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(6));
        fine.forEach(wamid -> assertThat(webhooks.messageCount(tenant.id(), wamid)).isEqualTo(1));
        assertThat(worker.processBatch()).as("the poison event waits for its backoff").isZero();

        clock.advance(Duration.ofSeconds(6));
        assertThat(worker.processBatch()).isEqualTo(1);
        assertThat(webhooks.events(before).get(1)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
    }

    @Test
    void concurrentWorkersNeverProcessAnEventTwice() throws Exception {
        List<String> customers = List.of(WhatsAppWebhooks.waId(), WhatsAppWebhooks.waId(), WhatsAppWebhooks.waId());
        List<String> wamids = new ArrayList<>();
        for (int i = 0; i < 240; i++) { // more than two batches, customers interleaved
            String wamid = WhatsAppWebhooks.wamid();
            wamids.add(wamid);
            webhooks.post(text(customers.get(i % customers.size()), wamid)).then().statusCode(200);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> drains = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                drains.add(pool.submit(() -> {
                    start.await();
                    return worker.processPending();
                }));
            }
            start.countDown();
            int taken = 0;
            for (Future<Integer> drain : drains) {
                taken += drain.get(120, TimeUnit.SECONDS);
            }
            assertThat(taken).as("each event claimed by one worker").isEqualTo(wamids.size());
        } finally {
            pool.shutdownNow();
        }

        wamids.forEach(wamid -> assertThat(webhooks.messageCount(tenant.id(), wamid)).as(wamid).isEqualTo(1));
        assertThat(webhooks.events(before)).hasSize(wamids.size()).allSatisfy(event -> {
            assertThat(event.get("status")).isEqualTo("DONE");
            assertThat(event.get("attempts")).as("processed once, at the first attempt").isEqualTo(1);
        });
    }
}
