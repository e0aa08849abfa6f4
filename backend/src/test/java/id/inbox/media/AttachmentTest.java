package id.inbox.media;

import static id.inbox.support.WhatsApp.until;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import id.inbox.outbox.OutboxRelay;
import id.inbox.support.Api;
import id.inbox.support.GraphStandIn;
import id.inbox.support.GraphStandIn.Reply;
import id.inbox.support.GraphStandIn.Upload;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsApp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /rooms/{id}/attachments: an agent's file, stored QUEUED with its file and outbox row; the relay uploads it
 * to the Graph API once (the real client against the local stand-in) and sends it by media id.
 */
@QuarkusTest
class AttachmentTest {

    private static final String TOKEN = "EAAG-attachment-token";

    @Inject
    OutboxRelay relay;

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
    long roomId;

    @BeforeEach
    void openRoomOnAConnectedNumber() {
        relay.drain();
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        number = WhatsApp.phoneNumberId();
        TestChannel channel = WhatsApp.connected(supervisor, number, TOKEN);
        roomId = Api.inbound(supervisor, channel, WhatsApp.waId(), "Boleh kirim fotonya?", null);
    }

    static byte[] bytes(int size) {
        byte[] content = new byte[size];
        ThreadLocalRandom.current().nextBytes(content);
        return content;
    }

    static Response attach(TestUser user, long roomId, String fileName, byte[] content, String type, String caption) {
        var request = Api.as(user).contentType("multipart/form-data").multiPart("file", fileName, content, type);
        if (caption != null) {
            request.multiPart("caption", caption);
        }
        return request.post("/api/v1/rooms/" + roomId + "/attachments");
    }

    private String status(long messageId) {
        return jdbi.withHandle(h -> h.createQuery("select delivery_status from message where id = :id").bind("id", messageId)
                .mapTo(String.class).one());
    }

    private void untilStatus(long messageId, String wanted) {
        until("message " + messageId + " " + wanted, relay::drain, () -> wanted.equals(status(messageId)));
    }

    @Test
    void imageIsQueuedWithItsFileThenUploadedOnceAndSentByMediaIdWithItsCaption() {
        byte[] png = bytes(100_000); // more than any JSON route takes (64 KiB)

        Response response = attach(agent, roomId, "foto produk.png", png, "image/png", "Ini fotonya, Kak");

        response.then().statusCode(201).body("kind", equalTo("IMAGE")).body("deliveryStatus", equalTo("QUEUED"))
                .body("body", equalTo("Ini fotonya, Kak")).body("content.media.mimeType", equalTo("image/png"))
                .body("content.media.size", equalTo(100_000)).body("content.media.caption", equalTo("Ini fotonya, Kak"));
        assertThat(graph.uploads(number)).as("nothing leaves inside the request").isEmpty();
        long id = response.jsonPath().getLong("id");

        untilStatus(id, "SENT");

        List<Upload> uploads = graph.uploads(number);
        assertThat(uploads).hasSize(1);
        assertThat(uploads.get(0).authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(uploads.get(0).fields()).containsEntry("messaging_product", "whatsapp").containsEntry("type", "image/png");
        assertThat(uploads.get(0).fileContentType()).isEqualTo("image/png");
        assertThat(uploads.get(0).file()).isEqualTo(png);
        JsonNode sent = graph.accepted(number).get(0).body();
        assertThat(sent.path("type").asText()).isEqualTo("image");
        assertThat(sent.path("image").path("id").asText()).isEqualTo(uploads.get(0).mediaId());
        assertThat(sent.path("image").path("caption").asText()).isEqualTo("Ini fotonya, Kak");

        Response file = Api.as(agent).accept("*/*").get("/api/v1/messages/" + id + "/media");
        file.then().statusCode(200).contentType("image/png");
        assertThat(file.asByteArray()).isEqualTo(png);
    }

    @Test
    void documentIsSentWithItsFileName() {
        long id = attach(agent, roomId, "../../Invoice: ORD-1.pdf", "%PDF-1.4".getBytes(), "application/pdf", null)
                .then().statusCode(201).body("kind", equalTo("DOCUMENT")).extract().jsonPath().getLong("id");

        untilStatus(id, "SENT");

        JsonNode document = graph.accepted(number).get(0).body().path("document");
        assertThat(document.path("filename").asText()).isEqualTo("Invoice_ ORD-1.pdf");
        assertThat(document.has("caption")).isFalse();
    }

    @Test
    void aFailedSendIsRetriedWithoutASecondUpload() {
        graph.script(number, Reply.error(400, 131026, "Message undeliverable", "Recipient is not on WhatsApp"));
        long id = attach(agent, roomId, "a.jpg", bytes(100), "image/jpeg", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        untilStatus(id, "FAILED");

        Api.as(agent).post("/api/v1/messages/" + id + "/retry").then().statusCode(200).body("deliveryStatus", equalTo("QUEUED"));
        untilStatus(id, "SENT");

        assertThat(graph.uploads(number)).hasSize(1);
        assertThat(graph.received(number)).hasSize(2);
        String mediaId = graph.uploads(number).get(0).mediaId();
        assertThat(graph.received(number)).allSatisfy(r -> assertThat(r.body().path("image").path("id").asText()).isEqualTo(mediaId));
    }

    @Test
    void aRefusedUploadIsRetriedWithBackoffAndTheMessageSentOnce() {
        graph.scriptUploads(number, Reply.error(503, 131000, "Something went wrong", null));
        long id = attach(agent, roomId, "a.mp4", bytes(100), "video/mp4", "Videonya").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        untilStatus(id, "SENT");

        assertThat(graph.uploads(number)).hasSize(2);
        assertThat(graph.accepted(number)).hasSize(1);
        assertThat(graph.accepted(number).get(0).body().path("video").path("id").asText())
                .isEqualTo(graph.uploads(number).get(1).mediaId());
    }

    @Test
    void aClosedWindowIsRefusedAndNothingIsStored() {
        jdbi.useHandle(h -> h.createUpdate("update room set window_expires_at = now() - interval '1 minute' where id = :id")
                .bind("id", roomId).execute());

        attach(agent, roomId, "a.jpg", bytes(100), "image/jpeg", null).then().statusCode(422)
                .body("code", equalTo("window-expired"));

        assertThat(jdbi.<Integer, RuntimeException>withHandle(h -> h.createQuery("select count(*) from message_media mm join message m on m.id = mm.message_id "
                + "where m.room_id = :room").bind("room", roomId).mapTo(Integer.class).one())).isZero();
    }

    @Test
    void typesAndSizesWhatsAppDoesNotTakeAreRefused() {
        attach(agent, roomId, "page.html", "<script>".getBytes(), "text/html", null).then().statusCode(415)
                .body("code", equalTo("attachment-type-not-allowed"));
        attach(agent, roomId, "big.pdf", bytes(262_145), "application/pdf", null).then().statusCode(413)
                .body("code", equalTo("attachment-too-large"));
        attach(agent, roomId, "s.webp", bytes(100), "image/webp", "no caption on stickers").then().statusCode(400)
                .body("code", equalTo("validation-failed"));
        attach(agent, roomId, "empty.pdf", new byte[0], "application/pdf", null).then().statusCode(400)
                .body("code", equalTo("validation-failed"));
    }

    @Test
    void aRoomOfAnotherAgentIsReadOnlyAndAnotherCompanysRoomIsNotFound() {
        Api.assign(supervisor, roomId, data.agent(tenant).id()).then().statusCode(200);

        attach(agent, roomId, "a.jpg", bytes(10), "image/jpeg", null).then().statusCode(403);
        attach(data.supervisor(data.tenant()), roomId, "a.jpg", bytes(10), "image/jpeg", null).then().statusCode(404);
    }

    @Test
    void aJsonRouteRefusesAChunkedBody() throws Exception {
        // Vert.x reads bodies as large as an upload; only the upload route may be sent one without Content-Length
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/api/v1/rooms/" + roomId + "/messages"))
                .header("Authorization", "Bearer " + Api.login(agent)).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("{\"text\":\"Halo\"}".getBytes())))
                .build();

        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.body()).contains("\"code\":\"length-required\"");
    }

    @Test
    void aSandboxChannelTakesItLikeAnyOtherSend() {
        TestChannel sandbox = data.whatsApp(tenant);
        long sandboxRoom = Api.inbound(supervisor, sandbox, WhatsApp.waId(), "Halo", null);

        long id = attach(agent, sandboxRoom, "a.jpg", bytes(10), "image/jpeg", null).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        untilStatus(id, "DELIVERED");
    }
}
