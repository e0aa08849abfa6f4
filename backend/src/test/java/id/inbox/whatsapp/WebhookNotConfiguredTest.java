package id.inbox.whatsapp;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An installation without INBOX_WHATSAPP_APP_SECRET and INBOX_WHATSAPP_VERIFY_TOKEN accepts no webhook. */
@QuarkusTest
@TestProfile(WebhookNotConfiguredTest.WithoutWhatsApp.class)
class WebhookNotConfiguredTest {

    public static class WithoutWhatsApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("inbox.whatsapp.app-secret", "", "inbox.whatsapp.verify-token", "");
        }
    }

    @Test
    void handshakeIsUnavailableUntilTheVerifyTokenIsSet() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "anything").queryParam("hub.challenge", "1")
                .get(WhatsAppWebhooks.PATH)
                .then().statusCode(503).contentType("application/problem+json").body("code", equalTo("whatsapp-not-configured"));
    }

    @Test
    void notificationsAreRefusedUntilTheAppSecretIsSet() {
        given().contentType(ContentType.JSON).header("X-Hub-Signature-256", "sha256=" + "0".repeat(64))
                .body("{\"object\":\"whatsapp_business_account\",\"entry\":[]}")
                .post(WhatsAppWebhooks.PATH)
                .then().statusCode(503).contentType("application/problem+json").body("code", equalTo("whatsapp-not-configured"));
    }
}
