package id.inbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The signature check and the retry schedule on their own (no application). */
class WebhookSignatureTest {

    private static final byte[] BODY = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);
    /** HMAC-SHA256 of BODY keyed with "key" (the well-known test vector). */
    private static final String KNOWN = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

    @Test
    void signatureIsTheHexHmacSha256OfTheBody() {
        assertThat(WebhookSignature.sign(BODY, "key")).isEqualTo(KNOWN);
        assertThat(WebhookSignature.valid(KNOWN, BODY, "key")).isTrue();
    }

    @Test
    void anythingElseIsNotASignature() {
        assertThat(WebhookSignature.valid(null, BODY, "key")).isFalse();
        assertThat(WebhookSignature.valid("", BODY, "key")).isFalse();
        assertThat(WebhookSignature.valid(KNOWN, BODY, "other key")).isFalse();
        assertThat(WebhookSignature.valid(KNOWN + "00", BODY, "key")).isFalse();
        assertThat(WebhookSignature.valid(KNOWN.replace("sha256=", "sha1="), BODY, "key")).isFalse();
        assertThat(WebhookSignature.valid(" " + KNOWN, BODY, "key")).isFalse();
        // digits of other scripts are not hex digits
        assertThat(WebhookSignature.valid(KNOWN.substring(0, KNOWN.length() - 1) + "\u0668", BODY, "key")).isFalse();
        assertThat(WebhookSignature.valid(KNOWN, "The quick brown fox jumps over the lazy cog".getBytes(StandardCharsets.UTF_8), "key"))
                .isFalse();
    }

    @Test
    void retriesWaitLongerEachTimeUpToAnHour() {
        assertThat(WebhookProcessor.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(WebhookProcessor.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookProcessor.backoff(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(WebhookProcessor.backoff(11)).isEqualTo(Duration.ofHours(1));
        assertThat(WebhookProcessor.backoff(1000)).isEqualTo(Duration.ofHours(1));
    }
}
