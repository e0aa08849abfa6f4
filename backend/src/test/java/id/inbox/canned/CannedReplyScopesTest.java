package id.inbox.canned;

import static id.inbox.canned.CannedReplyFixtures.PATH;
import static id.inbox.canned.CannedReplyFixtures.list;
import static id.inbox.canned.CannedReplyFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees and who keeps which canned replies: company-wide ones by supervisors, personal ones by their owner. */
@QuarkusTest
class CannedReplyScopesTest {

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser colleague;

    @BeforeEach
    void company() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        colleague = data.agent(tenant);
    }

    @Test
    void aSupervisorsCompanyWideReplyIsOfferedToEveryAgentReadOnly() {
        long id = saved(supervisor, "salam", "Halo {{contact.name}}, ada yang bisa kami bantu?", "COMPANY");

        list(agent).then().statusCode(200)
                .body("items.find { it.id == " + id + " }.scope", equalTo("COMPANY"))
                .body("items.find { it.id == " + id + " }.body", equalTo("Halo {{contact.name}}, ada yang bisa kami bantu?"))
                .body("items.find { it.id == " + id + " }.editable", equalTo(false));
        list(supervisor).then().statusCode(200).body("items.find { it.id == " + id + " }.editable", equalTo(true));
    }

    @Test
    void anAgentsPersonalReplyIsTheirsAloneAndAColleaguesIsNotFound() {
        long id = saved(agent, "rekening", "Rekening BCA 123", "PERSONAL");

        list(agent).then().statusCode(200).body("items.find { it.id == " + id + " }.scope", equalTo("PERSONAL"))
                .body("items.find { it.id == " + id + " }.editable", equalTo(true));
        list(colleague).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        list(supervisor).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        for (TestUser other : List.of(colleague, supervisor)) {
            Api.as(other).body(Map.of("body", "diganti")).patch(PATH + "/" + id)
                    .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
            Api.as(other).delete(PATH + "/" + id).then().statusCode(404).body("code", equalTo("not-found"));
        }
        assertThat(body(id)).isEqualTo("Rekening BCA 123");
    }

    @Test
    void anAgentCannotWriteCompanyWideReplies() {
        long id = saved(supervisor, "jam-buka", "Kami buka 08.00-17.00", "COMPANY");

        CannedReplyFixtures.save(agent, "jam-tutup", "Tutup 17.00", "COMPANY")
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("company-reply-supervisors-only"));
        Api.as(agent).body(Map.of("body", "Buka 24 jam")).patch(PATH + "/" + id)
                .then().statusCode(403).body("code", equalTo("company-reply-supervisors-only"));
        Api.as(agent).delete(PATH + "/" + id).then().statusCode(403).body("code", equalTo("company-reply-supervisors-only"));

        assertThat(body(id)).isEqualTo("Kami buka 08.00-17.00");
        assertThat(count("jam-tutup")).isZero();
    }

    @Test
    void everyoneKeepsTheirOwnPersonalReplies() {
        long mine = saved(agent, "terima-kasih", "Terima kasih!", "PERSONAL");

        Api.as(agent).body(Map.of("shortcut", "makasih", "body", "Terima kasih banyak!")).patch(PATH + "/" + mine)
                .then().statusCode(200).body("shortcut", equalTo("makasih")).body("body", equalTo("Terima kasih banyak!"))
                .body("scope", equalTo("PERSONAL"));
        Api.as(agent).delete(PATH + "/" + mine).then().statusCode(204);

        list(agent).then().statusCode(200).body("items.id", not(hasItem((int) mine)));
    }

    @Test
    void aSupervisorChangesAndDeletesCompanyWideReplies() {
        long id = saved(supervisor, "ongkir", "Ongkir gratis", "COMPANY");

        Api.as(supervisor).body(Map.of("body", "Ongkir gratis di atas Rp100.000")).patch(PATH + "/" + id)
                .then().statusCode(200).body("body", equalTo("Ongkir gratis di atas Rp100.000")).body("shortcut", equalTo("ongkir"));
        Api.as(supervisor).delete(PATH + "/" + id).then().statusCode(204);

        assertThat(count("ongkir")).isZero();
    }

    @Test
    void anotherCompanysRepliesAreNeitherListedNorFound() {
        long id = saved(supervisor, "promo", "Promo 12.12", "COMPANY");
        TestUser stranger = data.supervisor(data.tenant());

        list(stranger).then().statusCode(200).body("items.id", not(hasItem((int) id)));
        Api.as(stranger).body(Map.of("body", "Bukan milikmu")).patch(PATH + "/" + id).then().statusCode(404).body("code", equalTo("not-found"));
        Api.as(stranger).delete(PATH + "/" + id).then().statusCode(404).body("code", equalTo("not-found"));

        assertThat(body(id)).isEqualTo("Promo 12.12");
    }

    @Test
    void everyWriteTellsTheCompanysOtherBrowsers() {
        long before = referenceEvents();

        long id = saved(agent, "alamat", "Alamat toko: Jl. Merdeka 1", "PERSONAL");
        assertThat(referenceEvents()).isEqualTo(before + 1);
        Api.as(agent).body(Map.of("body", "Alamat: Jl. Merdeka 2")).patch(PATH + "/" + id).then().statusCode(200);
        assertThat(referenceEvents()).isEqualTo(before + 2);
        Api.as(agent).delete(PATH + "/" + id).then().statusCode(204);
        assertThat(referenceEvents()).isEqualTo(before + 3);
    }

    @Test
    void aRefusedWriteTellsNobody() {
        long before = referenceEvents();

        CannedReplyFixtures.save(agent, "promo", "Promo", "COMPANY").then().statusCode(403);

        assertThat(referenceEvents()).isEqualTo(before);
    }

    private long referenceEvents() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select count(*) from event_log
                        where tenant_id = :tenant and type = 'reference.changed' and data->>'kind' = 'canned-replies'""")
                .bind("tenant", tenant.id()).mapTo(Long.class).one());
    }

    private String body(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("select body from canned_reply where id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    private long count(String shortcut) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from canned_reply where tenant_id = :tenant and shortcut = :shortcut")
                .bind("tenant", tenant.id()).bind("shortcut", shortcut).mapTo(Long.class).one());
    }
}
