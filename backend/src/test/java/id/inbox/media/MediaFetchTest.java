package id.inbox.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.GraphStandIn;
import id.inbox.support.GraphStandIn.StoredMedia;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsApp;
import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /messages/{id}/media: a customer's file fetched once from the Graph API (the real client against the local
 * stand-in, which serves GET /{media-id} and the download url as Meta documents them), checked and kept.
 */
@QuarkusTest
class MediaFetchTest {

    private static final String TOKEN = "EAAG-media-token";

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    GraphStandIn graph;

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    String number;
    TestChannel channel;

    @BeforeEach
    void connectedNumber() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        number = WhatsApp.phoneNumberId();
        channel = WhatsApp.connected(supervisor, number, TOKEN);
    }

    private static String mediaId() {
        return String.valueOf(1_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(8_000_000_000_000_000L));
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        ThreadLocalRandom.current().nextBytes(content);
        return content;
    }

    /** A customer's message of the payload (image, document, ...) naming mediaId with the given base64 sha256, through the webhook. */
    private long deliver(String payload, String numberId, String mediaId, byte[] content) {
        String wamid = WhatsAppWebhooks.wamid();
        String body = WhatsAppWebhooks.payload(payload, Map.of("PHONE_NUMBER_ID", numberId, "WA_ID", WhatsAppWebhooks.waId(),
                "WAMID", wamid));
        body = body.replaceAll("\"id\": \"1[0-9]{15}\"", "\"id\": \"" + mediaId + "\"")
                .replaceAll("\"sha256\": \"[^\"]*\"", "\"sha256\": \"" + base64Sha(content) + "\"");
        webhooks.post(body).then().statusCode(200);
        webhooks.process();
        return jdbi.withHandle(h -> h.createQuery("select id from message where provider_message_id = :wamid")
                .bind("wamid", wamid).mapTo(Long.class).one());
    }

    private static String base64Sha(byte[] content) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(GraphStandIn.sha256(content)));
    }

    private static Response media(TestUser user, long messageId) {
        return Api.as(user).accept("*/*").get("/api/v1/messages/" + messageId + "/media");
    }

    @Test
    void imageIsFetchedWithTheChannelsTokenServedInlineAndKeptSoTheSecondRequestNeverCallsGraph() {
        byte[] jpeg = bytes(2048);
        String id = mediaId();
        graph.media(id, jpeg, "image/jpeg");
        long messageId = deliver("image", number, id, jpeg);

        Response first = media(agent, messageId);

        first.then().statusCode(200).contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("Cache-Control", containsString("private"))
                .header("Content-Disposition", containsString("inline"));
        assertThat(first.asByteArray()).isEqualTo(jpeg);
        assertThat(graph.mediaRequests(id)).containsExactly("meta " + id, "download " + id);

        Response second = media(supervisor, messageId);

        second.then().statusCode(200).contentType("image/jpeg");
        assertThat(second.asByteArray()).isEqualTo(jpeg);
        assertThat(graph.mediaRequests(id)).as("answered from the database").hasSize(2);
    }

    @Test
    void documentIsAnAttachmentUnderItsOwnName() {
        byte[] pdf = "%PDF-1.4 invoice".getBytes(StandardCharsets.US_ASCII);
        String id = mediaId();
        graph.media(id, pdf, "application/pdf");
        long messageId = deliver("document", number, id, pdf);

        media(agent, messageId).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"invoice-ORD-482913.pdf\""));
    }

    @Test
    void aFileThatDoesNotMatchItsSha256IsRefusedAndNotKept() {
        byte[] jpeg = bytes(1024);
        String id = mediaId();
        graph.media(id, new StoredMedia(jpeg, "image/jpeg", GraphStandIn.sha256(bytes(10)), jpeg.length));
        long messageId = deliver("image", number, id, jpeg);

        media(agent, messageId).then().statusCode(502).contentType("application/problem+json")
                .body("code", equalTo("media-checksum-mismatch"));
        media(agent, messageId).then().statusCode(502).body("code", equalTo("media-checksum-mismatch"));
        assertThat(graph.mediaRequests(id)).as("nothing kept: asked again").hasSize(4);
    }

    @Test
    void aFileLargerThanTheCapIsRefusedBeforeItIsDownloaded() {
        byte[] video = bytes(262_145);
        String id = mediaId();
        graph.media(id, video, "video/mp4");
        long messageId = deliver("video", number, id, video);

        media(agent, messageId).then().statusCode(502).body("code", equalTo("media-too-large"));
        assertThat(graph.mediaRequests(id)).containsExactly("meta " + id);
    }

    @Test
    void aFileLargerThanGraphSaidIsCutOffAtTheCap() {
        byte[] video = bytes(262_145);
        String id = mediaId();
        graph.media(id, new StoredMedia(video, "video/mp4", GraphStandIn.sha256(video), 1000));
        long messageId = deliver("video", number, id, video);

        media(agent, messageId).then().statusCode(502).body("code", equalTo("media-too-large"));
    }

    @Test
    void graphRefusingTheMediaIdIsMediaUnavailable() {
        long messageId = deliver("image", number, mediaId(), bytes(10));

        media(agent, messageId).then().statusCode(502).body("code", equalTo("media-unavailable"));
    }

    @Test
    void anotherCompanysMessageIsNotFound() {
        byte[] jpeg = bytes(100);
        String id = mediaId();
        graph.media(id, jpeg, "image/jpeg");
        long messageId = deliver("image", number, id, jpeg);
        TestUser stranger = data.supervisor(data.tenant());

        media(stranger, messageId).then().statusCode(404).body("code", equalTo("not-found"));
        assertThat(graph.mediaRequests(id)).isEmpty();
    }

    @Test
    void aTextMessageHasNoMedia() {
        long roomId = Api.inbound(supervisor, channel, WhatsApp.waId(), "Halo", null);
        long messageId = ((Number) Api.conversation(agent, roomId).get(0).get("id")).longValue();

        media(agent, messageId).then().statusCode(404).body("code", equalTo("no-media"));
        media(agent, 999_999_999L).then().statusCode(404).body("code", equalTo("not-found"));
    }

    @Test
    void aSandboxChannelHasNoGraphToFetchFrom() {
        TestChannel sandbox = data.whatsApp(tenant);
        long messageId = deliver("image", sandbox.name(), mediaId(), bytes(10));

        media(agent, messageId).then().statusCode(404).body("code", equalTo("media-not-in-sandbox"));
    }

    @Test
    void aDisconnectedChannelIsSaidSo() {
        byte[] jpeg = bytes(100);
        String id = mediaId();
        graph.media(id, jpeg, "image/jpeg");
        long messageId = deliver("image", number, id, jpeg);
        Api.as(supervisor).delete("/api/v1/channels/" + channel.id()).then().statusCode(204);

        media(agent, messageId).then().statusCode(422).body("code", equalTo("channel-disconnected"));
    }
}
