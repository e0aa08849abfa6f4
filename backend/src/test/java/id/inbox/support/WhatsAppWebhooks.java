package id.inbox.support;

import static io.restassured.RestAssured.given;

import id.inbox.common.InboxConfig;
import id.inbox.whatsapp.WebhookSignature;
import id.inbox.whatsapp.WebhookWorker;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * Meta's side of the WhatsApp webhook in tests: payloads shaped as Meta documents them (test resources
 * whatsapp/*.json, with ${NAME} placeholders), signed with the app secret the API is configured with, posted
 * to /webhooks/whatsapp; and the worker, run when a test says so.
 */
@ApplicationScoped
public class WhatsAppWebhooks {

    public static final String PATH = "/webhooks/whatsapp";

    private final InboxConfig config;
    private final WebhookWorker worker;
    private final Jdbi jdbi;

    WhatsAppWebhooks(InboxConfig config, WebhookWorker worker, Jdbi jdbi) {
        this.config = config;
        this.worker = worker;
        this.jdbi = jdbi;
    }

    /** A customer's WhatsApp number (wa_id: international, digits only). */
    public static String waId() {
        return "628" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
    }

    public static String wamid() {
        return "wamid.HBgN" + TestData.unique("").substring(1).toUpperCase() + Long.toHexString(System.nanoTime()).toUpperCase();
    }

    /** The payload of test resource whatsapp/{name}.json with its placeholders filled; TIMESTAMP defaults to now. */
    public static String payload(String name, Map<String, String> values) {
        String text;
        try (InputStream in = WhatsAppWebhooks.class.getResourceAsStream("/whatsapp/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No test payload whatsapp/" + name + ".json");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> all = new HashMap<>(Map.of("TIMESTAMP", String.valueOf(Instant.now().getEpochSecond()), "NAME", "Siti Rahmawati"));
        all.putAll(values);
        for (Map.Entry<String, String> value : all.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        if (text.contains("${")) {
            throw new IllegalArgumentException("Unfilled placeholder in whatsapp/" + name + ".json: " + text);
        }
        return text;
    }

    /** The X-Hub-Signature-256 Meta would send with this body. */
    public String sign(byte[] body) {
        return WebhookSignature.sign(body, config.whatsapp().appSecret().orElseThrow());
    }

    /** Posts the body signed as Meta would. */
    public Response post(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return post(bytes, sign(bytes));
    }

    /** Posts the body with the given signature header (null: none). */
    public Response post(byte[] body, String signature) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        return request.post(PATH);
    }

    /** Runs the worker until no event is due; answers how many it took. */
    public int process() {
        return worker.processPending();
    }

    /** The stored webhook events, oldest first, as column maps. */
    public List<Map<String, Object>> events(long afterId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, status, attempts, next_attempt_at, last_error, note, processed_at, received_at
                          from whatsapp_webhook where id > :after order by id""")
                .bind("after", afterId)
                .map((rs, context) -> {
                    Map<String, Object> event = new java.util.LinkedHashMap<>();
                    for (String column : List.of("id", "status", "attempts", "last_error", "note")) {
                        event.put(column, rs.getObject(column));
                    }
                    for (String column : List.of("next_attempt_at", "processed_at", "received_at")) {
                        event.put(column, rs.getObject(column, java.time.OffsetDateTime.class));
                    }
                    return event;
                }).list());
    }

    /** The id of the newest stored event (0 when none): events after it are the test's own. */
    public long lastEventId() {
        return jdbi.withHandle(handle -> handle.createQuery("select coalesce(max(id), 0) from whatsapp_webhook")
                .mapTo(Long.class).one());
    }

    /** The room of the message with this provider id in the tenant, or null. */
    public Long roomOf(long tenantId, String providerMessageId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select room_id from message where tenant_id = :tenant and provider_message_id = :id")
                .bind("tenant", tenantId).bind("id", providerMessageId).mapTo(Long.class).findOne().orElse(null));
    }

    public long messageCount(long tenantId, String providerMessageId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select count(*) from message where tenant_id = :tenant and provider_message_id = :id")
                .bind("tenant", tenantId).bind("id", providerMessageId).mapTo(Long.class).one());
    }

    /**
     * Ends the events after afterId that are still pending (failures a test made on purpose), so that no later
     * test's worker takes them when it moves the clock.
     */
    public void retirePending(long afterId) {
        jdbi.useHandle(handle -> handle.createUpdate("update whatsapp_webhook set status = 'INVALID', processed_at = now(),"
                        + " note = 'retired by a test' where id > :after and status = 'PENDING'")
                .bind("after", afterId).execute());
    }
}
