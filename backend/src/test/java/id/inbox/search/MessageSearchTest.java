package id.inbox.search;

import static id.inbox.room.RoomFixtures.inbound;
import static id.inbox.room.RoomFixtures.message;
import static id.inbox.room.RoomFixtures.now;
import static id.inbox.support.Api.query;
import static id.inbox.support.Api.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.inbox.room.RoomFixtures.Inbound;
import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class MessageSearchTest {

    private static final String SEARCH = "/api/v1/search/messages";

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    /** A customer message in a new room; sentAt counts back from now so later calls are newer. */
    private Inbound says(String text, OffsetDateTime sentAt) {
        return inbound(supervisor, whatsApp, TestData.unique("contact"), TestData.unique("Customer"), null, text, sentAt);
    }

    private Inbound says(String text) {
        return says(text, null);
    }

    private Response search(Object... nameValuePairs) {
        return query(agent, nameValuePairs).get(SEARCH);
    }

    private List<Long> hits(String q) {
        Response response = search("q", q, "limit", 100);
        response.then().statusCode(200);
        return response.jsonPath().getList("items.message.id", Long.class);
    }

    // ---------------------------------------------------------------- what matches

    @Test
    void findsIndonesianWords() {
        long delivery = says("Kapan pengiriman paket saya?").messageId();
        long order = says("Pesanan saya belum datang").messageId();
        says("Terima kasih banyak");

        assertThat(hits("pengiriman")).containsExactly(delivery);
        assertThat(hits("pesanan")).containsExactly(order);
    }

    @Test
    void findsEnglishWords() {
        long refund = says("I would like a refund for my order").messageId();
        says("Thanks for the quick reply");

        assertThat(hits("refund")).containsExactly(refund);
    }

    @Test
    void matchingIgnoresCase() {
        long order = says("PESANAN SAYA HILANG").messageId();

        assertThat(hits("Pesanan")).containsExactly(order);
    }

    @Test
    void severalWordsMustAllAppear() {
        long both = says("Pesanan saya sudah dalam pengiriman?").messageId();
        says("Pesanan saya batal");
        says("Pengiriman ke Bandung berapa lama?");

        assertThat(hits("pesanan pengiriman")).containsExactly(both);
        assertThat(hits("pengiriman pesanan")).containsExactly(both);
    }

    @Test
    void wordsMatchAsWholeWordsNotAsParts() {
        says("Apakah diskon masih berlaku?");
        long exact = says("Ada promo hari ini").messageId();

        // "ada" is a word of the second message and only part of "Apakah" in the first
        assertThat(hits("ada")).containsExactly(exact);
        assertThat(hits("pak")).isEmpty();
    }

    @Test
    void findsAnOrderNumberAsOneTerm() {
        long order = says("Status ORD-482913 bagaimana ya?").messageId();
        says("Status ORD-999999 bagaimana ya?");

        assertThat(hits("ORD-482913")).containsExactly(order);
        assertThat(hits("ord-482913")).containsExactly(order);
    }

    @Test
    void matchingIgnoresAccents() {
        long cafe = says("Saya tunggu di café dekat stasiun").messageId();

        assertThat(hits("cafe")).containsExactly(cafe);
        assertThat(hits("CAFÉ")).containsExactly(cafe);
    }

    @Test
    void nothingMatchingIsAnEmptyPage() {
        says("Halo");

        Response response = search("q", "pengiriman");

        response.then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextCursor", equalTo(null));
    }

    // ---------------------------------------------------------------- order

    @Test
    void bestMatchComesFirstEvenWhenOlder() {
        OffsetDateTime now = now();
        long best = says("pengiriman pengiriman pengiriman: tiga kali saya tanya soal pengiriman",
                now.minusHours(5)).messageId();
        long weaker = says("Halo kak, mau tanya soal pengiriman ke luar kota untuk paket besar yang saya pesan kemarin",
                now.minusHours(1)).messageId();

        assertThat(hits("pengiriman")).containsExactly(best, weaker);
    }

    @Test
    void equallyGoodMatchesComeNewestFirst() {
        OffsetDateTime now = now();
        long oldest = says("Pesanan sudah dibayar", now.minusHours(3)).messageId();
        long newest = says("Pesanan sudah dibayar", now.minusMinutes(10)).messageId();
        long middle = says("Pesanan sudah dibayar", now.minusHours(2)).messageId();

        assertThat(hits("pesanan")).containsExactly(newest, middle, oldest);
    }

    // ---------------------------------------------------------------- what a hit carries

    @Test
    void eachHitCarriesTheMessageTheSnippetAndTheRoom() {
        OffsetDateTime sentAt = now().minusMinutes(30);
        Inbound sent = says("Pesanan nomor 17 belum sampai", sentAt);

        JsonPath result = search("q", "pesanan").then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("items")).hasSize(1);
        assertThat(result.getMap("items[0]")).containsKeys("message", "snippet", "room");
        assertThat(result.getMap("items[0].message")).containsKeys("id", "body", "direction", "createdAt");
        assertThat(result.getLong("items[0].message.id")).isEqualTo(sent.messageId());
        assertThat(result.getString("items[0].message.body")).isEqualTo("Pesanan nomor 17 belum sampai");
        assertThat(result.getString("items[0].message.direction")).isEqualTo("INBOUND");
        assertThat(OffsetDateTime.parse(result.getString("items[0].message.createdAt"))).isNotNull();
        assertThat(result.getLong("items[0].room.id")).isEqualTo(sent.roomId());
        assertThat(result.getMap("items[0].room")).containsKeys("contact", "channel", "status", "sessionState",
                "windowExpiresAt", "lastActivityAt", "unreadCount", "tags");
        assertThat(result.getMap("$")).containsKey("nextCursor");
    }

    @Test
    void snippetMarksTheMatchedWords() {
        says("Tolong cek pesanan saya, pengiriman terlambat");

        String snippet = search("q", "pengiriman").then().statusCode(200).extract().path("items[0].snippet");

        assertThat(snippet).contains("<mark>pengiriman</mark>");
        assertThat(snippet).doesNotContain("<mark>pesanan</mark>");
    }

    @Test
    void snippetEscapesCustomerHtml() {
        says("<script>alert(1)</script> pesanan <b>tebal</b> & \"kutip\"");

        String snippet = search("q", "pesanan").then().statusCode(200).extract().path("items[0].snippet");

        assertThat(snippet).contains("&lt;script&gt;").contains("<mark>pesanan</mark>");
        assertThat(snippet).doesNotContain("<script>", "<b>", "</script>");
        // the only tags are the marks
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void messageBodyOfAHitIsTheRawTextNotTheSnippet() {
        says("<i>pesanan</i> saya");

        String body = search("q", "pesanan").then().statusCode(200).extract().path("items[0].message.body");

        assertThat(body).isEqualTo("<i>pesanan</i> saya");
    }

    // ---------------------------------------------------------------- paging

    @Test
    void walkingNextCursorsReturnsEveryHitOnceInOrder() {
        OffsetDateTime now = now();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            expected.add(0, says("Pengiriman nomor " + i, now.minusMinutes(60 - i)).messageId());
        }
        says("Tidak relevan");

        List<Long> walked = walk(agent, SEARCH, "message.id", 5, () -> { }, "q", "pengiriman");

        assertThat(walked).containsExactlyElementsOf(expected);
    }

    @Test
    void walkingNextCursorsAcrossMixedRanksReturnsEveryHitOnce() {
        OffsetDateTime now = now();
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = i % 3 == 0 ? "pesanan pesanan pesanan " + i : "pesanan nomor " + i;
            expected.add(says(text, now.minusMinutes(60 - i)).messageId());
        }

        List<Long> walked = walk(agent, SEARCH, "message.id", 5, () -> { }, "q", "pesanan");

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(walked).containsExactlyElementsOf(hits("pesanan"));
    }

    @Test
    void garbageCursorIsABadRequest() {
        search("q", "pesanan", "cursor", "garbage!!")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.oneOf("invalid-cursor", "validation-failed"));
    }

    @Test
    void garbageCursorProblemNamesTheCursorParameter() {
        search("q", "pesanan", "cursor", "garbage!!")
                .then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void cursorOfTheRoomListIsNotASearchCursor() {
        for (int i = 0; i < 3; i++) {
            says("pesanan " + i);
        }
        String roomCursor = id.inbox.support.Api.rooms(agent, "limit", 1).jsonPath().getString("nextCursor");
        assertThat(roomCursor).isNotNull();

        search("q", "pesanan", "cursor", roomCursor)
                .then().statusCode(400).contentType("application/problem+json");
    }

    // ---------------------------------------------------------------- hostile and invalid input

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "'", "\"", "\\", "& | ! ( ) : *", "a:*", "!!!", "' OR 1=1 --", "pesanan:*",
            "<->", "a & !b", "(((", "订单在哪里", "أين طلبي", "📦🚚", "pesanan 📦", "Ｐｅｓａｎａｎ"})
    void hostileQueryTextIsAnsweredWithoutServerError(String q) {
        says("Pesanan saya belum datang, ORD-482913");

        Response response = search("q", q);

        assertThat(response.statusCode()).as("status for %s", q).isIn(200, 400);
        if (response.statusCode() == 400) {
            response.then().contentType("application/problem+json").body("errors.field", hasItem("q"));
        }
    }

    @Test
    void nulCharacterInQueryIsNotAServerError() {
        says("Pesanan saya belum datang");

        Response response = search("q", "pesanan\u0000");

        assertThat(response.statusCode()).isIn(200, 400);
    }

    @Test
    void operatorsAreLiteralTextNotPrefixOrNegation() {
        says("apel manis");
        says("pesanan dan pengiriman");

        Response prefix = search("q", "a:*");
        Response negation = search("q", "!pengiriman");
        Response injection = search("q", "' OR 1=1 --");

        for (Response response : List.of(prefix, negation, injection)) {
            assertThat(response.statusCode()).isIn(200, 400);
        }
        if (prefix.statusCode() == 200) {
            assertThat(prefix.jsonPath().getList("items")).as("a:* is not a prefix search").isEmpty();
        }
        if (negation.statusCode() == 200) {
            assertThat(negation.jsonPath().getString("items.message.body")).doesNotContain("apel manis");
        }
        if (injection.statusCode() == 200) {
            assertThat(injection.jsonPath().getList("items")).as("' OR 1=1 -- matches nothing").isEmpty();
        }
    }

    @Test
    void quotedTextIsStillFound() {
        long quoted = says("Pesanan \"besar\" sudah dikirim").messageId();

        assertThat(hits("\"besar\"")).containsExactly(quoted);
    }

    @Test
    void overlongQueryIsAValidationErrorNamingQ() {
        search("q", "a".repeat(5000))
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void queryOfTwoHundredCharactersIsAccepted() {
        search("q", "a".repeat(200)).then().statusCode(200);
    }

    @Test
    void emptyQueryIsAValidationErrorNamingQ() {
        search("q", "")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void missingQueryIsAValidationErrorNamingQ() {
        query(agent).get(SEARCH)
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("q"));
    }

    @Test
    void searchRequiresAToken() {
        io.restassured.RestAssured.given().queryParam("q", "pesanan").get(SEARCH)
                .then().statusCode(401);
    }
}
