package id.inbox.whatsapp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.inbox.support.TestData;
import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET and POST /webhooks/whatsapp: only Meta (the verify token, the app secret's signature) gets in. */
@QuarkusTest
class WebhookAuthenticityTest {

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    TestData data;

    long before;
    String body;

    @BeforeEach
    void payload() {
        before = webhooks.lastEventId();
        TestData.TestChannel channel = data.whatsApp(data.tenant());
        body = WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", WhatsAppWebhooks.waId(),
                "WAMID", WhatsAppWebhooks.wamid()));
    }

    @Test
    void handshakeWithTheVerifyTokenEchoesTheChallenge() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444")
                .get(WhatsAppWebhooks.PATH)
                .then().statusCode(200).contentType(startsWith("text/plain")).body(equalTo("1158201444"));
    }

    @Test
    void handshakeWithAWrongVerifyTokenIsForbidden() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guessed")
                .queryParam("hub.challenge", "1158201444")
                .get(WhatsAppWebhooks.PATH)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
    }

    @Test
    void handshakeThatIsNotASubscriptionIsForbidden() {
        given().queryParam("hub.mode", "unsubscribe").queryParam("hub.verify_token", "test-verify-token")
                .queryParam("hub.challenge", "1158201444")
                .get(WhatsAppWebhooks.PATH)
                .then().statusCode(403);
    }

    @Test
    void signedNotificationIsStoredAndAcknowledged() {
        webhooks.post(body).then().statusCode(200).body("stored", equalTo(true));

        assertThat(webhooks.events(before)).singleElement().satisfies(event -> assertThat(event.get("status")).isEqualTo("PENDING"));
    }

    @Test
    void aLargeBatchOfAFewHundredKilobytesIsAcceptedLikeAnyNotification() {
        // Meta batches many updates into one notification; the API's 64 KiB body limit does not apply here
        String batch = batchOf(body, 300_000);

        webhooks.post(batch).then().statusCode(200).body("stored", equalTo(true));

        assertThat(webhooks.events(before)).hasSize(1);
    }

    @Test
    void aNotificationOverOneMebibyteIsRefusedAsTooLargeAndNothingStored() {
        String batch = batchOf(body, 1_100_000);

        webhooks.post(batch).then().statusCode(413).contentType("application/problem+json").body("code", equalTo("payload-too-large"));

        assertThat(webhooks.events(before)).isEmpty();
    }

    /** The notification with its entry repeated until the body is at least the given size. */
    private static String batchOf(String notification, int size) {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(notification);
            ArrayNode entries = (ArrayNode) root.get("entry");
            JsonNode entry = entries.get(0);
            while (json.writeValueAsString(root).length() < size) {
                for (int i = 0; i < 100; i++) {
                    entries.add(entry.deepCopy());
                }
            }
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void notificationWithoutSignatureIsRefusedAndNothingStored() {
        Response response = webhooks.post(body.getBytes(StandardCharsets.UTF_8), null);

        response.then().statusCode(401).contentType("application/problem+json").body("code", equalTo("invalid-signature"));
        assertThat(webhooks.events(before)).isEmpty();
    }

    @Test
    void notificationSignedWithAnotherSecretIsRefusedAndNothingStored() {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        webhooks.post(bytes, WebhookSignature.sign(bytes, "not-the-app-secret")).then().statusCode(401)
                .body("code", equalTo("invalid-signature"));
        assertThat(webhooks.events(before)).isEmpty();
    }

    @Test
    void malformedSignatureIsRefusedAndNothingStored() {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String valid = webhooks.sign(bytes);

        webhooks.post(bytes, valid.substring("sha256=".length())).then().statusCode(401);
        webhooks.post(bytes, "sha1=" + valid.substring("sha256=".length())).then().statusCode(401);
        webhooks.post(bytes, valid.substring(0, valid.length() - 2)).then().statusCode(401);
        webhooks.post(bytes, valid.substring(0, valid.length() - 2) + "zz").then().statusCode(401);
        assertThat(webhooks.events(before)).isEmpty();
    }

    @Test
    void bodyChangedByOneByteAfterSigningIsRefusedAndNothingStored() {
        byte[] signed = body.getBytes(StandardCharsets.UTF_8);
        String signature = webhooks.sign(signed);
        byte[] changed = body.replace("ORD-482913", "ORD-482914").getBytes(StandardCharsets.UTF_8);
        int differences = 0;
        for (int i = 0; i < signed.length; i++) {
            differences += signed[i] == changed[i] ? 0 : 1;
        }
        assertThat(differences).isEqualTo(1);

        webhooks.post(changed, signature).then().statusCode(401).body("code", equalTo("invalid-signature"));
        assertThat(webhooks.events(before)).isEmpty();
    }

    @Test
    void uppercaseHexSignatureIsAccepted() {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String signature = "sha256=" + webhooks.sign(bytes).substring("sha256=".length()).toUpperCase();

        webhooks.post(bytes, signature).then().statusCode(200);
    }
}
