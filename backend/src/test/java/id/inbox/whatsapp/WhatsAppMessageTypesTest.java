package id.inbox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsAppWebhooks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of customer message of Meta's webhook, as the inbox stores and shows it. */
@QuarkusTest
class WhatsAppMessageTypesTest {

    @Inject
    WhatsAppWebhooks webhooks;

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestChannel channel;
    String customer;

    @BeforeEach
    void channel() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        channel = data.whatsApp(tenant);
        customer = WhatsAppWebhooks.waId();
    }

    /** Sends the payload through the webhook and the worker; answers the stored message as the API shows it. */
    private Map<String, Object> deliver(String payloadName, Map<String, String> values) {
        String wamid = WhatsAppWebhooks.wamid();
        Map<String, String> all = new HashMap<>(Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer, "WAMID", wamid));
        all.putAll(values);
        webhooks.post(WhatsAppWebhooks.payload(payloadName, all)).then().statusCode(200);
        webhooks.process();
        Long roomId = webhooks.roomOf(tenant.id(), wamid);
        assertThat(roomId).as("room of " + wamid).isNotNull();
        // the newest message of the room: the one just delivered
        return Api.conversation(supervisor, roomId).get(0);
    }

    private Map<String, Object> deliver(String payloadName) {
        return deliver(payloadName, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void textMessageCreatesTheCustomersRoomWithProfileNameAndPhone() {
        Map<String, Object> message = deliver("text", Map.of("NAME", "Siti Rahmawati"));

        assertThat(message).containsEntry("kind", "TEXT").containsEntry("direction", "INBOUND")
                .containsEntry("body", "Halo kak, pesanan saya ORD-482913 belum sampai").containsEntry("content", null)
                .containsEntry("forwarded", false).containsEntry("replyTo", null);
        JsonPath room = Api.room(supervisor, ((Number) message.get("roomId")).longValue());
        assertThat(room.getString("contact.name")).isEqualTo("Siti Rahmawati");
        assertThat(room.getString("contact.phone")).isEqualTo("+" + customer);
        assertThat(room.getLong("channel.id")).isEqualTo(channel.id());
        assertThat(room.getInt("unreadCount")).isEqualTo(1);
        assertThat(room.getString("sessionState")).isEqualTo("OPEN");
        assertThat(room.getString("lastMessage.preview")).isEqualTo("Halo kak, pesanan saya ORD-482913 belum sampai");
    }

    @Test
    void imageKeepsMediaIdMimeTypeShaAndCaption() {
        Map<String, Object> message = deliver("image");

        assertThat(message).containsEntry("kind", "IMAGE").containsEntry("body", "Ini fotonya kak");
        assertThat(map(map(message.get("content")).get("media")))
                .containsEntry("id", "1003383421387256").containsEntry("mimeType", "image/jpeg")
                .containsEntry("sha256", "HgJ2NwRrwE3rNfbTI9yYrdfJCH4F0Z4iGbZ3nDHJr2M=").containsEntry("caption", "Ini fotonya kak");
    }

    @Test
    void videoWithoutCaptionReadsAsVideo() {
        Map<String, Object> message = deliver("video");

        assertThat(message).containsEntry("kind", "VIDEO").containsEntry("body", "[video]");
        assertThat(map(map(message.get("content")).get("media"))).containsEntry("id", "1166846181421424")
                .containsEntry("mimeType", "video/mp4");
    }

    @Test
    void voiceNoteIsAudioMarkedAsVoice() {
        Map<String, Object> message = deliver("audio-voice");

        assertThat(message).containsEntry("kind", "AUDIO").containsEntry("body", "[voice message]");
        assertThat(map(map(message.get("content")).get("media"))).containsEntry("voice", true)
                .containsEntry("mimeType", "audio/ogg; codecs=opus");
    }

    @Test
    void documentKeepsItsFileName() {
        Map<String, Object> message = deliver("document");

        assertThat(message).containsEntry("kind", "DOCUMENT").containsEntry("body", "[document] invoice-ORD-482913.pdf");
        assertThat(map(map(message.get("content")).get("media"))).containsEntry("filename", "invoice-ORD-482913.pdf")
                .containsEntry("mimeType", "application/pdf").containsEntry("id", "1157496082145467");
    }

    @Test
    void stickerIsStoredAsSticker() {
        Map<String, Object> message = deliver("sticker");

        assertThat(message).containsEntry("kind", "STICKER").containsEntry("body", "[sticker]");
        assertThat(map(map(message.get("content")).get("media"))).containsEntry("mimeType", "image/webp")
                .containsEntry("animated", false);
    }

    @Test
    void locationKeepsCoordinatesNameAndAddress() {
        Map<String, Object> message = deliver("location");

        assertThat(message).containsEntry("kind", "LOCATION").containsEntry("body", "[location] Monas, Jl. Merdeka No. 1, Jakarta");
        Map<String, Object> location = map(map(message.get("content")).get("location"));
        assertThat(((Number) location.get("latitude")).doubleValue()).isCloseTo(-6.175392, within(1e-5));
        assertThat(((Number) location.get("longitude")).doubleValue()).isCloseTo(106.827153, within(1e-4));
        assertThat(location).containsEntry("name", "Monas").containsEntry("url", "https://maps.example/monas");
    }

    @Test
    void sharedContactKeepsNamePhonesEmailsAndCompany() {
        Map<String, Object> message = deliver("contacts");

        assertThat(message).containsEntry("kind", "CONTACTS").containsEntry("body", "[contact] Budi Santoso +62 812-1111-2222");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cards = (List<Map<String, Object>>) map(message.get("content")).get("contacts");
        assertThat(cards).singleElement().satisfies(card -> assertThat(card)
                .containsEntry("name", "Budi Santoso").containsEntry("phones", List.of("+62 812-1111-2222"))
                .containsEntry("emails", List.of("budi@example.com")).containsEntry("organization", "Toko Budi"));
    }

    @Test
    void buttonReplyKeepsTheChosenButtonAndTheMessageItAnswers() {
        String asked = WhatsAppWebhooks.wamid();
        Map<String, Object> message = deliver("interactive-button-reply", Map.of("CONTEXT_ID", asked));

        assertThat(message).containsEntry("kind", "INTERACTIVE_REPLY").containsEntry("body", "Ya, kirim");
        assertThat(map(map(message.get("content")).get("reply"))).containsEntry("type", "BUTTON_REPLY")
                .containsEntry("id", "confirm-order").containsEntry("title", "Ya, kirim");
        assertThat(map(message.get("replyTo"))).containsEntry("providerMessageId", asked).containsEntry("messageId", null);
    }

    @Test
    void listReplyKeepsTheChosenRow() {
        Map<String, Object> message = deliver("interactive-list-reply", Map.of("CONTEXT_ID", WhatsAppWebhooks.wamid()));

        assertThat(message).containsEntry("kind", "INTERACTIVE_REPLY").containsEntry("body", "Express");
        assertThat(map(map(message.get("content")).get("reply"))).containsEntry("type", "LIST_REPLY")
                .containsEntry("id", "shipping-express").containsEntry("description", "Tiba besok");
    }

    @Test
    void templateQuickReplyButtonKeepsItsPayload() {
        Map<String, Object> message = deliver("template-button", Map.of("CONTEXT_ID", WhatsAppWebhooks.wamid()));

        assertThat(message).containsEntry("kind", "INTERACTIVE_REPLY").containsEntry("body", "Berhenti promosi");
        assertThat(map(map(message.get("content")).get("reply"))).containsEntry("type", "TEMPLATE_BUTTON")
                .containsEntry("id", "STOP_PROMOTIONS");
    }

    @Test
    void replyToAnEarlierMessageNamesIt() {
        String firstWamid = WhatsAppWebhooks.wamid();
        webhooks.post(WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer,
                "WAMID", firstWamid))).then().statusCode(200);
        webhooks.process();
        long roomId = webhooks.roomOf(tenant.id(), firstWamid);
        long firstId = ((Number) Api.conversation(supervisor, roomId).get(0).get("id")).longValue();

        Map<String, Object> reply = deliver("reply", Map.of("CONTEXT_ID", firstWamid));

        assertThat(reply).containsEntry("body", "Yang ini kak");
        assertThat(map(reply.get("replyTo"))).containsEntry("providerMessageId", firstWamid);
        assertThat(((Number) map(reply.get("replyTo")).get("messageId")).longValue()).isEqualTo(firstId);
    }

    @Test
    void forwardedMessageIsMarkedForwarded() {
        Map<String, Object> message = deliver("forwarded");

        assertThat(message).containsEntry("forwarded", true).containsEntry("replyTo", null);
    }

    @Test
    void unknownMessageTypeIsKeptAsUnsupportedWithItsType() {
        Map<String, Object> message = deliver("unsupported");

        assertThat(message).containsEntry("kind", "UNSUPPORTED").containsEntry("body", "[unsupported message: order]");
        assertThat(map(message.get("content"))).containsEntry("unsupportedType", "order");
    }

    @Test
    void reactionIsShownOnTheMessageItReactsToAndAnEmptyEmojiRemovesIt() {
        String target = WhatsAppWebhooks.wamid();
        webhooks.post(WhatsAppWebhooks.payload("text", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer,
                "WAMID", target))).then().statusCode(200);
        webhooks.process();
        long roomId = webhooks.roomOf(tenant.id(), target);
        long now = Instant.now().getEpochSecond();

        webhooks.post(WhatsAppWebhooks.payload("reaction", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer,
                "WAMID", WhatsAppWebhooks.wamid(), "CONTEXT_ID", target, "EMOJI", "👍", "TIMESTAMP", String.valueOf(now))))
                .then().statusCode(200);
        webhooks.process();

        assertThat(Api.conversation(supervisor, roomId)).singleElement().satisfies(m -> assertThat(m).containsEntry("reaction", "👍"));

        webhooks.post(WhatsAppWebhooks.payload("reaction", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer,
                "WAMID", WhatsAppWebhooks.wamid(), "CONTEXT_ID", target, "EMOJI", "", "TIMESTAMP", String.valueOf(now + 5))))
                .then().statusCode(200);
        // the first reaction, redelivered late, does not come back
        webhooks.post(WhatsAppWebhooks.payload("reaction", Map.of("PHONE_NUMBER_ID", channel.name(), "WA_ID", customer,
                "WAMID", WhatsAppWebhooks.wamid(), "CONTEXT_ID", target, "EMOJI", "👍", "TIMESTAMP", String.valueOf(now))))
                .then().statusCode(200);
        webhooks.process();

        assertThat(Api.conversation(supervisor, roomId)).singleElement().satisfies(m -> assertThat(m).containsEntry("reaction", null));
    }

    @Test
    void adReferralOpensASeventyTwoHourWindowAndShowsTheHeadline() {
        Map<String, Object> message = deliver("referral");

        JsonPath room = Api.room(supervisor, ((Number) message.get("roomId")).longValue());
        assertThat(room.getString("adReferral.headline")).isEqualTo("Diskon 50% hari ini");
        assertThat(room.getString("adReferral.sourceType")).isEqualTo("ad");
        assertThat(room.getString("adReferral.sourceUrl")).isEqualTo("https://fb.me/2ZulEu42P");
        Instant windowExpiresAt = Instant.parse(room.getString("windowExpiresAt"));
        Instant sentAt = Instant.parse((String) message.get("createdAt"));
        assertThat(Duration.between(sentAt, windowExpiresAt)).isEqualTo(Duration.ofHours(72));
    }
}
