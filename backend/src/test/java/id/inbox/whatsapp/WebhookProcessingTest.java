package id.inbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After the acknowledgement: every stored event is processed exactly once, by one worker, whatever the
 * redeliveries, crashes and failures; a failure is kept and retried, an unknown number is recorded.
 */
@QuarkusTest
class WebhookProcessingTest {

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    WebhookProcessor processor;

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    TestTenant tenant;
    TestUser supervisor;
    TestChannel channel;
    String customer;
    long before;

    @BeforeEach
    void channel() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        channel = data.whatsApp(tenant);
        customer = WhatsAppWebhooks.waId();
        webhooks.process(); // what other tests left due, so this test's events are the only ones
        before = webhooks.lastEventId();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        webhooks.retirePending(before);
    }

    private String text(String wamid) {
        return WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer, "WAMID", wamid));
    }

    private static <T> List<T> concurrently(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRedeliveriesOfOneMessageStoreItOnce() throws Exception {
        String wamid = WhatsAppWebhooks.wamid();
        String payload = text(wamid);

        List<Integer> statuses = concurrently(8, () -> webhooks.post(payload).statusCode());
        concurrently(4, webhooks::process);

        assertThat(statuses).containsOnly(200).hasSize(8);
        assertThat(webhooks.messageCount(tenant.id(), wamid)).isEqualTo(1);
        long roomId = webhooks.roomOf(tenant.id(), wamid);
        assertThat(Api.conversation(supervisor, roomId)).hasSize(1);
        assertThat(Api.room(supervisor, roomId).getInt("unreadCount")).isEqualTo(1);
        assertThat(webhooks.events(before)).hasSize(8).allSatisfy(event -> {
            assertThat(event.get("status")).isEqualTo("DONE");
            assertThat(event.get("attempts")).as("processed by one worker, once").isEqualTo(1);
        });
    }

    @Test
    void workerThatDiesMidBatchLosesAndDuplicatesNothing() {
        List<String> wamids = List.of(WhatsAppWebhooks.wamid(), WhatsAppWebhooks.wamid(), WhatsAppWebhooks.wamid());
        wamids.forEach(wamid -> webhooks.post(text(wamid)).then().statusCode(200));

        assertThat(processorInNewTransaction(false)).isTrue();
        // the second event is applied, then the worker dies before its COMMIT
        assertThat(processorInNewTransaction(true)).isTrue();

        assertThat(webhooks.messageCount(tenant.id(), wamids.get(0))).isEqualTo(1);
        assertThat(webhooks.messageCount(tenant.id(), wamids.get(1))).isZero();
        List<Map<String, Object>> events = webhooks.events(before);
        assertThat(events.get(0).get("status")).isEqualTo("DONE");
        assertThat(events.get(1)).containsEntry("status", "PENDING").containsEntry("attempts", 0);

        assertThat(webhooks.process()).isEqualTo(2);

        wamids.forEach(wamid -> assertThat(webhooks.messageCount(tenant.id(), wamid)).isEqualTo(1));
        assertThat(webhooks.events(before)).allSatisfy(event -> assertThat(event.get("status")).isEqualTo("DONE"));
        long roomId = webhooks.roomOf(tenant.id(), wamids.get(0));
        assertThat(Api.conversation(supervisor, roomId)).hasSize(3);
        assertThat(Api.room(supervisor, roomId).getInt("unreadCount")).isEqualTo(3);
    }

    /** Claims and processes the next event in a transaction of its own; a worker that dies throws before the COMMIT. */
    private boolean processorInNewTransaction(boolean dies) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                boolean processed = processor.processOne();
                if (dies) {
                    throw new WorkerDied();
                }
                return processed;
            });
        } catch (WorkerDied died) {
            return true;
        }
    }

    private static final class WorkerDied extends RuntimeException {
        WorkerDied() {
            super("the worker died before its COMMIT", null, false, false);
        }
    }

    @Test
    void failedEventIsKeptWithItsErrorAndRetriedWithBackoff() {
        // no customer id anywhere: the message cannot be stored
        String broken = WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", "",
                "WAMID", WhatsAppWebhooks.wamid()));
        String fine = WhatsAppWebhooks.wamid();
        webhooks.post(broken).then().statusCode(200);
        webhooks.post(text(fine)).then().statusCode(200);

        assertThat(webhooks.process()).isEqualTo(2);

        List<Map<String, Object>> events = webhooks.events(before);
        Map<String, Object> failed = events.get(0);
        assertThat(failed).containsEntry("status", "PENDING").containsEntry("attempts", 1).containsEntry("processed_at", null);
        assertThat((String) failed.get("last_error")).isNotBlank().doesNotContain("\tat ");
        OffsetDateTime firstRetry = (OffsetDateTime) failed.get("next_attempt_at");
        assertThat(Duration.between(OffsetDateTime.now(), firstRetry)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(6));
        assertThat(events.get(1).get("status")).as("the next event is not held up").isEqualTo("DONE");
        assertThat(webhooks.messageCount(tenant.id(), fine)).isEqualTo(1);
        assertThat(webhooks.process()).as("not due yet").isZero();

        clock.advance(Duration.ofSeconds(6));
        assertThat(webhooks.process()).isEqualTo(1);

        Map<String, Object> again = webhooks.events(before).get(0);
        assertThat(again).containsEntry("status", "PENDING").containsEntry("attempts", 2);
        assertThat(Duration.between(firstRetry, (OffsetDateTime) again.get("next_attempt_at")))
                .as("waits twice as long").isGreaterThan(Duration.ofSeconds(9));
    }

    @Test
    void unknownPhoneNumberIdIsAcknowledgedAndRecordedNotRetried() {
        String unknownNumber = TestData.unique("109876543210");
        Response response = webhooks.post(WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", unknownNumber,
                "WA_ID", customer, "WAMID", WhatsAppWebhooks.wamid())));

        response.then().statusCode(200);
        assertThat(webhooks.process()).isEqualTo(1);
        assertThat(webhooks.events(before)).singleElement().satisfies(event -> {
            assertThat(event.get("status")).isEqualTo("UNROUTED");
            assertThat((String) event.get("note")).contains(unknownNumber);
            assertThat(event.get("processed_at")).isNotNull();
        });
        clock.advance(Duration.ofDays(1));
        assertThat(webhooks.process()).isZero();
    }

    @Test
    void notificationThatIsNotAWhatsAppEventIsKeptAsInvalid() {
        webhooks.post("{\"object\":\"page\",\"entry\":[]}").then().statusCode(200);

        assertThat(webhooks.process()).isEqualTo(1);
        assertThat(webhooks.events(before)).singleElement()
                .satisfies(event -> assertThat(event.get("status")).isEqualTo("INVALID"));
    }

    @Test
    void messagesOfAnInactiveChannelAreNotDelivered() {
        data.deactivateChannel(channel);
        String wamid = WhatsAppWebhooks.wamid();

        webhooks.post(text(wamid)).then().statusCode(200);
        webhooks.process();

        assertThat(webhooks.messageCount(tenant.id(), wamid)).isZero();
        assertThat(webhooks.events(before)).singleElement()
                .satisfies(event -> assertThat(event.get("status")).isEqualTo("UNROUTED"));
    }
}
