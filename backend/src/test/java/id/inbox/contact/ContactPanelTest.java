package id.inbox.contact;

import static id.inbox.room.RoomFixtures.ago;
import static id.inbox.room.RoomFixtures.inbound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.room.RoomFixtures;
import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact panel: the same person's rooms across channels, and the team's edits of a contact. */
@QuarkusTest
class ContactPanelTest {

    static final String CONTACTS = "/api/v1/contacts/";

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;
    TestChannel telegram;
    String phone;

    @BeforeEach
    void customerOnTwoChannels() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        telegram = data.channel(tenant, "TELEGRAM", null);
        phone = "62812" + (System.nanoTime() % 10_000_000L + 10_000_000L);
    }

    private long contactOf(long roomId) {
        return Api.room(supervisor, roomId).getLong("contact.id");
    }

    private static Response patch(TestUser user, long contactId, String ifMatch, Map<String, Object> body) {
        var request = Api.as(user).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch(CONTACTS + contactId);
    }

    private static List<Long> roomIds(TestUser user, long contactId) {
        return Api.as(user).get(CONTACTS + contactId + "/rooms").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
    }

    @Test
    void thePanelListsThePersonsRoomsOnEveryChannelBySamePhoneNewestFirstResolvedIncluded() {
        long onWhatsApp = inbound(supervisor, whatsApp, phone, "Siti", phone, "Halo dari WA", ago(Duration.ofHours(3))).roomId();
        long onTelegram = inbound(supervisor, telegram, "tg-" + phone, "Siti T", "+" + phone, "Halo dari Telegram",
                ago(Duration.ofHours(1))).roomId();
        RoomFixtures.resolved(supervisor, onWhatsApp);
        long someoneElse = inbound(supervisor, telegram, TestData.unique("tg"), "Andi", "6281999" + (System.nanoTime() % 100000),
                "Halo", null).roomId();

        // the resolve made the WhatsApp room the newest activity
        assertThat(roomIds(agent, contactOf(onTelegram))).containsExactly(onWhatsApp, onTelegram);
        assertThat(roomIds(agent, contactOf(onWhatsApp))).containsExactly(onWhatsApp, onTelegram).doesNotContain(someoneElse);
        Api.as(agent).get(CONTACTS + contactOf(onWhatsApp)).then().statusCode(200)
                .body("phone", equalTo("+" + phone)).body("externalId", equalTo(phone))
                // by channel name: the test channels are named after their kind
                .body("channels.kind", equalTo(List.of("TELEGRAM", "WHATSAPP")))
                .body("notes", equalTo("")).body("version", equalTo(0));
    }

    @Test
    void aContactWithoutPhoneListsOnlyItsOwnRooms() {
        long own = inbound(supervisor, whatsApp, TestData.unique("web"), "Tanpa Nomor", null, "Halo", null).roomId();
        inbound(supervisor, telegram, TestData.unique("tg"), "Tanpa Nomor Juga", null, "Halo", null);

        assertThat(roomIds(agent, contactOf(own))).containsExactly(own);
    }

    @Test
    void thePersonsRoomsComeOneKeysetPageAtATime() {
        long first = inbound(supervisor, whatsApp, phone, "Siti", phone, "1", ago(Duration.ofHours(3))).roomId();
        long second = inbound(supervisor, telegram, "tg-" + phone, "Siti", phone, "2", ago(Duration.ofHours(2))).roomId();
        long third = inbound(supervisor, data.email(tenant), phone + "@mail.test", "Siti", phone, "3", ago(Duration.ofHours(1))).roomId();

        List<Long> walked = Api.walk(agent, CONTACTS + contactOf(first) + "/rooms", "id", 2, () -> { });
        assertThat(walked).containsExactly(third, second, first);
    }

    @Test
    void anAgentEditsNotesAndAttributesOfAColleaguesCustomerAndTheVersionGrows() {
        long roomId = inbound(supervisor, whatsApp, phone, "Siti", phone, "Halo", null).roomId();
        long contactId = contactOf(roomId);
        Map<String, Object> body = new HashMap<>();
        body.put("notes", "Pelanggan grosir, minta faktur");
        body.put("attributes", Map.of("kota", "Bandung", "tier", "gold"));

        patch(agent, contactId, "\"v0\"", body).then().statusCode(200).header("ETag", "\"v1\"")
                .body("notes", equalTo("Pelanggan grosir, minta faktur")).body("attributes.kota", equalTo("Bandung"));
        Api.as(supervisor).get(CONTACTS + contactId).then().statusCode(200).header("ETag", "\"v1\"")
                .body("attributes", equalTo(Map.of("kota", "Bandung", "tier", "gold"))).body("name", equalTo("Siti"));
    }

    @Test
    void anEditFromAStaleScreenIs412AndSavesNothing() {
        long contactId = contactOf(inbound(supervisor, whatsApp, phone, "Siti", phone, "Halo", null).roomId());
        patch(supervisor, contactId, "\"v0\"", Map.of("notes", "first")).then().statusCode(200);

        patch(agent, contactId, "\"v0\"", Map.of("notes", "overwrites first")).then().statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("contact-changed")).header("ETag", "\"v1\"");
        Api.as(agent).get(CONTACTS + contactId).then().body("notes", equalTo("first")).body("version", equalTo(1));
    }

    @Test
    void aRenamedContactKeepsItsNameWhenTheCustomerWritesAgainAndItsRoomsAreToldLive() {
        long roomId = inbound(supervisor, whatsApp, phone, "siti99", phone, "Halo", null).roomId();
        long contactId = contactOf(roomId);
        long lastEvent = lastEventId();

        patch(agent, contactId, null, Map.of("name", "  Siti Rahmawati  ")).then().statusCode(200).body("name", equalTo("Siti Rahmawati"));
        assertThat(eventsSince(lastEvent)).contains("contact.changed", "room.changed");
        inbound(supervisor, whatsApp, phone, "siti99", phone, "Halo lagi", null);

        assertThat(Api.room(agent, roomId).getString("contact.name")).isEqualTo("Siti Rahmawati");
    }

    @Test
    void invalidEditsAreRefusedNamingTheFieldAndChangeNothing() {
        long contactId = contactOf(inbound(supervisor, whatsApp, phone, "Siti", phone, "Halo", null).roomId());
        Map<String, Object> tooMany = new HashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("k" + i, "v");
        }
        List<Map<String, Object>> invalid = List.of(
                Map.of("notes", "x".repeat(4001)),
                Map.of("name", "   "),
                Map.of("name", ""),
                Map.of("attributes", tooMany),
                Map.of("attributes", Map.of("k".repeat(61), "v")),
                Map.of("attributes", Map.of(" ", "v")),
                Map.of("attributes", Map.of("kota", "x".repeat(501))));
        for (Map<String, Object> body : invalid) {
            patch(agent, contactId, null, body).then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("validation-failed"));
        }
        Map<String, Object> nullValue = new HashMap<>();
        nullValue.put("kota", null);
        patch(agent, contactId, null, Map.of("attributes", nullValue)).then().statusCode(400);
        patch(agent, contactId, "v0", Map.of("notes", "x")).then().statusCode(400).body("code", equalTo("validation-failed"));
        Api.as(agent).get(CONTACTS + contactId).then().body("version", equalTo(0)).body("name", equalTo("Siti"));
    }

    @Test
    void anotherCompanysContactIsNotFoundAndStaysAsItWas() {
        long contactId = contactOf(inbound(supervisor, whatsApp, phone, "Siti", phone, "Halo", null).roomId());
        TestUser stranger = data.supervisor(data.tenant());

        Api.as(stranger).get(CONTACTS + contactId).then().statusCode(404).body("code", equalTo("not-found"));
        Api.as(stranger).get(CONTACTS + contactId + "/rooms").then().statusCode(404);
        patch(stranger, contactId, null, Map.of("notes", "mine now")).then().statusCode(404);
        Api.as(agent).get(CONTACTS + contactId).then().body("notes", equalTo("")).body("version", equalTo(0));
    }

    @Test
    void aSamePhoneContactOfAnotherCompanyIsNotTheSamePerson() {
        long roomId = inbound(supervisor, whatsApp, phone, "Siti", phone, "Halo", null).roomId();
        TestTenant other = data.tenant();
        inbound(data.supervisor(other), data.whatsApp(other), phone, "Siti", phone, "Halo", null);

        assertThat(roomIds(agent, contactOf(roomId))).containsExactly(roomId);
    }

    private long lastEventId() {
        return jdbi.withHandle(handle -> handle.createQuery("select coalesce(max(id), 0) from event_log where tenant_id = :tenant")
                .bind("tenant", tenant.id()).mapTo(Long.class).one());
    }

    private List<String> eventsSince(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("select type from event_log where tenant_id = :tenant and id > :id order by id")
                .bind("tenant", tenant.id()).bind("id", id).mapTo(String.class).list());
    }
}
