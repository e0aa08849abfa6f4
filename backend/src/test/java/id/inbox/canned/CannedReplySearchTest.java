package id.inbox.canned;

import static id.inbox.canned.CannedReplyFixtures.PATH;
import static id.inbox.canned.CannedReplyFixtures.list;
import static id.inbox.canned.CannedReplyFixtures.save;
import static id.inbox.canned.CannedReplyFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Finding canned replies by what follows / in the composer, their order and pages, and what a reply may hold. */
@QuarkusTest
class CannedReplySearchTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;

    @BeforeEach
    void company() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
    }

    @Test
    void qFindsAShortcutByItsStartOrTheStartsOfWordsOfTheText() {
        saved(supervisor, "salam-pagi", "Selamat pagi, {{contact.name}}!", "COMPANY");
        saved(supervisor, "ongkir", "Ongkos kirim ke Jakarta gratis.", "COMPANY");
        saved(agent, "cod", "Pembayaran di tempat (COD) tersedia.", "PERSONAL");

        assertThat(shortcuts(agent, "q", "sal")).containsExactly("salam-pagi");
        assertThat(shortcuts(agent, "q", "kir")).containsExactly("ongkir");
        assertThat(shortcuts(agent, "q", "JAKARTA ongk")).containsExactly("ongkir");
        assertThat(shortcuts(agent, "q", "tempát")).containsExactly("cod");
        assertThat(shortcuts(agent, "q", "gratis kosong")).isEmpty();
        assertThat(shortcuts(agent, "q", "%' or 1=1 --")).isEmpty();
        assertThat(shortcuts(agent)).containsExactly("cod", "ongkir", "salam-pagi");
    }

    @Test
    void pagesWalkTheRepliesInShortcutOrder() {
        List<String> expected = List.of("a-1", "a-2", "b", "c0", "zz");
        for (String shortcut : List.of("zz", "b", "a-2", "c0", "a-1")) {
            saved(supervisor, shortcut, "Teks " + shortcut, "COMPANY");
        }

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            Response page = cursor == null ? list(agent, "limit", 2) : list(agent, "limit", 2, "cursor", cursor);
            page.then().statusCode(200);
            walked.addAll(page.jsonPath().getList("items.shortcut", String.class));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(walked).isEqualTo(expected);
    }

    @Test
    void aShortcutIsUniqueInItsScopeOnly() {
        long company = saved(supervisor, "salam", "Halo!", "COMPANY");

        save(supervisor, "salam", "Halo lagi!", "COMPANY")
                .then().statusCode(409).contentType("application/problem+json").body("code", equalTo("shortcut-taken"));
        long personal = saved(agent, "salam", "Halo, saya Budi.", "PERSONAL");
        save(agent, "salam", "Halo dua kali", "PERSONAL").then().statusCode(409).body("code", equalTo("shortcut-taken"));
        saved(data.agent(tenant), "salam", "Halo dari agen lain", "PERSONAL");
        saved(data.supervisor(data.tenant()), "salam", "Halo dari perusahaan lain", "COMPANY");

        long other = saved(supervisor, "pagi", "Selamat pagi", "COMPANY");
        Api.as(supervisor).body(Map.of("shortcut", "salam")).patch(PATH + "/" + other)
                .then().statusCode(409).body("code", equalTo("shortcut-taken"));
        list(agent).then().statusCode(200).body("items.id", hasItem((int) company)).body("items.id", hasItem((int) personal));
    }

    @Test
    void aShortcutIsLowerCaseLettersDigitsAndDashesUpTo40() {
        for (String shortcut : List.of("Salam", "salam pagi", "salam_pagi", "", "a".repeat(41), "/salam")) {
            save(agent, shortcut, "Halo", "PERSONAL").then().statusCode(400)
                    .body("code", equalTo("validation-failed")).body("errors.field", hasItem(equalTo("shortcut")));
        }
        saved(agent, "a".repeat(40), "Halo", "PERSONAL");
    }

    @Test
    void aTextIsOneTo4096CharactersAndNotBlank() {
        for (String body : List.of("", "   \n ", "x".repeat(4097))) {
            save(agent, "teks", body, "PERSONAL").then().statusCode(400)
                    .body("code", equalTo("validation-failed")).body("errors.field", hasItem(equalTo("body")));
        }
        long id = saved(agent, "teks", "x".repeat(4096), "PERSONAL");
        Api.as(agent).body(Map.of("body", " ")).patch(PATH + "/" + id).then().statusCode(400).body("errors.field", hasItem(equalTo("body")));
    }

    @Test
    void aMissingScopeOrAnUnknownOneIsRefused() {
        Api.as(supervisor).body(Map.of("shortcut", "salam", "body", "Halo")).post(PATH)
                .then().statusCode(400).body("code", equalTo("validation-failed"));
        Api.as(supervisor).body(Map.of("shortcut", "salam", "body", "Halo", "scope", "TEAM")).post(PATH)
                .then().statusCode(400);
    }

    @Test
    void badListParametersNameTheParameter() {
        list(agent, "limit", 0).then().statusCode(400).body("errors.field", hasItem(equalTo("limit")));
        list(agent, "q", "x".repeat(101)).then().statusCode(400).body("errors.field", hasItem(equalTo("q")));
        list(agent, "cursor", "forged").then().statusCode(400).body("code", equalTo("invalid-cursor"));
        list(agent, "q", "   ").then().statusCode(200).body("nextCursor", nullValue());
    }

    private static List<String> shortcuts(TestUser user, Object... query) {
        Response response = list(user, query);
        response.then().statusCode(200);
        return response.jsonPath().getList("items.shortcut", String.class);
    }
}
