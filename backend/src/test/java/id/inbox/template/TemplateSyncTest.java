package id.inbox.template;

import static id.inbox.support.GraphStandIn.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.inbox.outbox.OutboxRelay;
import id.inbox.support.Api;
import id.inbox.support.GraphStandIn;
import id.inbox.support.GraphStandIn.Reply;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTemplate;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsApp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /channels/{id}/template-sync: a WhatsApp Cloud number's approved templates, read from the Graph stand-in. */
@QuarkusTest
class TemplateSyncTest {

    private static final String TOKEN = "EAAG-template-sync-token";

    private static final String SHIPPED = template("order_shipped", "id", "APPROVED", "UTILITY",
            "Halo {{1}}, pesanan {{2}} sudah dikirim.");
    private static final String RECEIPT = template("receipt", "en_US", "APPROVED", "UTILITY", "Thank you for your order!");
    private static final String PROMO = template("promo_lebaran", "id", "APPROVED", "MARKETING", "Diskon {{1}} untuk Lebaran!");
    private static final String PENDING = template("new_offer", "id", "PENDING", "MARKETING", "Penawaran baru");
    private static final String IMAGE_HEADER = "{\"name\":\"catalogue\",\"language\":\"id\",\"status\":\"APPROVED\","
            + "\"category\":\"MARKETING\",\"components\":[{\"type\":\"HEADER\",\"format\":\"IMAGE\",\"example\":{\"header_handle\":"
            + "[\"4::aW1hZ2UvanBlZw==:ARZ\"]}},{\"type\":\"BODY\",\"text\":\"Katalog baru kami\"}],\"id\":\"77\"}";

    @Inject
    TestData data;

    @Inject
    GraphStandIn graph;

    @Inject
    OutboxRelay relay;

    TestData.TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    String waba;
    String number;
    TestChannel cloud;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        waba = WhatsApp.phoneNumberId();
        String name = TestData.unique("WhatsApp Cloud");
        number = WhatsApp.phoneNumberId();
        long id = WhatsApp.connect(supervisor, name, number, TOKEN, waba).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        cloud = new TestChannel(id, "WHATSAPP", name, 1440, tenant);
    }

    private Response sync(TestUser caller, long channelId) {
        return Api.as(caller).post("/api/v1/channels/" + channelId + "/template-sync");
    }

    private JsonPath synced(long channelId) {
        return sync(supervisor, channelId).then().statusCode(200).extract().jsonPath();
    }

    private List<Map<String, Object>> templates(String status) {
        return Api.as(agent).queryParam("channelId", cloud.id()).queryParam("status", status).get("/api/v1/templates")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void everyPageIsReadAndTheApprovedTemplatesAreStored() {
        graph.templates(waba, 2, SHIPPED, PENDING, RECEIPT, PROMO, IMAGE_HEADER);

        JsonPath result = synced(cloud.id());

        assertThat(result.getInt("added")).isEqualTo(3);
        assertThat(result.getInt("updated")).isZero();
        assertThat(result.getInt("disabled")).isZero();
        assertThat(result.getInt("total")).isEqualTo(3);
        assertThat(result.getList("skipped.name")).containsExactly("catalogue");
        assertThat(result.getString("skipped[0].reason")).contains("media header");
        List<GraphStandIn.TemplateRequest> requests = graph.templateRequests(waba);
        assertThat(requests).hasSize(3).allSatisfy(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer " + TOKEN);
            assertThat(request.query()).containsEntry("fields", "name,language,status,category,components").containsEntry("limit", "100");
        });
        assertThat(requests.get(0).query()).doesNotContainKey("after");
        assertThat(requests.get(1).query()).containsKey("after");
        assertThat(templates("approved")).extracting(t -> t.get("name") + "/" + t.get("language") + "/" + t.get("placeholderCount"))
                .containsExactly("order_shipped/id/2", "promo_lebaran/id/1", "receipt/en_US/0");
        assertThat(templates("approved")).filteredOn(t -> "order_shipped".equals(t.get("name"))).singleElement()
                .satisfies(t -> assertThat(t.get("body")).isEqualTo("Halo {{1}}, pesanan {{2}} sudah dikirim."));
    }

    @Test
    void theExampleValuesOfEachPlaceholderAreSyncedForTheFieldLabels() {
        graph.templates(waba, 100, SHIPPED, RECEIPT);

        synced(cloud.id());

        // the stand-in lists "Siti" as the example of every placeholder
        assertThat(templates("approved")).extracting(t -> t.get("name") + "=" + t.get("examples"))
                .containsExactly("order_shipped=[Siti, Siti]", "receipt=[]");
    }

    @Test
    void aSecondSyncAddsNothingAndAChangedTextIsAnUpdate() {
        graph.templates(waba, 2, SHIPPED, RECEIPT);
        synced(cloud.id());

        JsonPath again = synced(cloud.id());
        assertThat(List.of(again.getInt("added"), again.getInt("updated"), again.getInt("disabled"), again.getInt("total")))
                .containsExactly(0, 0, 0, 2);

        graph.templates(waba, 2, SHIPPED, template("receipt", "en_US", "APPROVED", "UTILITY", "Thanks, {{1}}!"));
        JsonPath changed = synced(cloud.id());
        assertThat(List.of(changed.getInt("added"), changed.getInt("updated"), changed.getInt("disabled")))
                .containsExactly(0, 1, 0);
        assertThat(templates("approved")).filteredOn(t -> "receipt".equals(t.get("name"))).singleElement()
                .satisfies(t -> assertThat(t.get("placeholderCount")).isEqualTo(1));
    }

    @Test
    void aTemplateNoLongerApprovedIsKeptButCannotBeSent() {
        graph.templates(waba, 100, SHIPPED, RECEIPT);
        synced(cloud.id());
        long shipped = ((Number) templates("approved").stream().filter(t -> "order_shipped".equals(t.get("name")))
                .findFirst().orElseThrow().get("id")).longValue();
        graph.templates(waba, 100, template("order_shipped", "id", "PAUSED", "UTILITY", "Halo {{1}}, pesanan {{2}} sudah dikirim."), RECEIPT);

        JsonPath result = synced(cloud.id());

        assertThat(List.of(result.getInt("added"), result.getInt("updated"), result.getInt("disabled"), result.getInt("total")))
                .containsExactly(0, 0, 1, 1);
        assertThat(templates("approved")).extracting(t -> t.get("name")).containsExactly("receipt");
        assertThat(templates("disabled")).extracting(t -> t.get("id")).containsExactly((int) shipped);
        long room = Api.inbound(supervisor, cloud, WhatsApp.waId(), "Halo", null);
        Api.sendTemplate(agent, room, TestData.unique("key"), shipped, List.of("Siti", "INV-1")).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("template-not-approved"))
                .body("detail", containsString("no longer approved on WhatsApp"));

        graph.templates(waba, 100, SHIPPED, RECEIPT);
        JsonPath back = synced(cloud.id());
        assertThat(List.of(back.getInt("added"), back.getInt("updated"), back.getInt("disabled"))).containsExactly(0, 1, 0);
    }

    @Test
    void aFailedMessageOfATemplateNoLongerApprovedIsNotSentAgain() {
        graph.templates(waba, 100, SHIPPED);
        synced(cloud.id());
        long shipped = ((Number) templates("approved").get(0).get("id")).longValue();
        long room = Api.inbound(supervisor, cloud, WhatsApp.waId(), "Halo", null);
        graph.script(number, Reply.error(404, 132001, "Template name does not exist in the translation", null));
        long message = Api.sendTemplate(agent, room, TestData.unique("key"), shipped, List.of("Siti", "INV-1")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        WhatsApp.until("the send failed", relay::drain, () -> Api.messages(agent, room).stream()
                .anyMatch(m -> ((Number) m.get("id")).longValue() == message && "FAILED".equals(m.get("deliveryStatus"))));
        graph.templates(waba, 100);
        assertThat(synced(cloud.id()).getInt("disabled")).isEqualTo(1);

        Api.as(agent).post("/api/v1/messages/" + message + "/retry").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("template-not-approved"));
        assertThat(graph.received(number)).hasSize(1);
    }

    @Test
    void aSandboxChannelHasNothingToSyncAndItsTemplatesStayAsTheyAre() {
        TestChannel sandbox = data.whatsApp(tenant);
        TestTemplate local = data.approvedTemplate(sandbox);
        graph.templates(waba, 100, RECEIPT);

        sync(supervisor, sandbox.id()).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("not-a-cloud-channel"));
        synced(cloud.id());

        Api.as(agent).queryParam("channelId", sandbox.id()).get("/api/v1/templates").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) local.id())).body("items[0].status", equalTo("APPROVED"));
    }

    @Test
    void aRejectedTokenAsksForANewOneAndChangesNothing() {
        graph.templates(waba, 100, RECEIPT);
        graph.script(waba, Reply.error(401, 190, "Error validating access token: Session has expired", null));

        sync(supervisor, cloud.id()).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("graph-token-rejected")).body("detail", containsString("Replace the access token"));
        assertThat(templates("approved")).isEmpty();
    }

    @Test
    void anUnavailableGraphApiIsABadGateway() {
        graph.script(waba, Reply.status(503, "Service Unavailable"));

        sync(supervisor, cloud.id()).then().statusCode(502).contentType("application/problem+json")
                .body("code", equalTo("graph-unavailable"));
    }

    @Test
    void aNumberWithoutWabaIdCanBeGivenOneThenSynced() {
        String number = WhatsApp.phoneNumberId();
        TestChannel noWaba = WhatsApp.connected(supervisor, number, TOKEN);
        sync(supervisor, noWaba.id()).then().statusCode(422).body("code", equalTo("waba-id-missing"));
        String otherWaba = WhatsApp.phoneNumberId();
        graph.templates(otherWaba, 100, RECEIPT);

        Api.as(agent).body(Map.of("wabaId", otherWaba)).put("/api/v1/channels/" + noWaba.id() + "/waba-id").then().statusCode(403);
        Api.as(supervisor).body(Map.of("wabaId", "waba")).put("/api/v1/channels/" + noWaba.id() + "/waba-id").then().statusCode(400)
                .body("errors[0].field", equalTo("wabaId"));
        Api.as(supervisor).body(Map.of("wabaId", otherWaba)).put("/api/v1/channels/" + noWaba.id() + "/waba-id").then().statusCode(200)
                .body("wabaId", equalTo(otherWaba));

        assertThat(synced(noWaba.id()).getInt("added")).isEqualTo(1);
    }

    @Test
    void aDisconnectedNumberCannotBeSynced() {
        Api.as(supervisor).delete("/api/v1/channels/" + cloud.id()).then().statusCode(204);

        sync(supervisor, cloud.id()).then().statusCode(422).body("code", equalTo("channel-disconnected"));
    }

    @Test
    void onlySupervisorsOfTheCompanySync() {
        graph.templates(waba, 100, RECEIPT);

        sync(agent, cloud.id()).then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        sync(data.supervisor(data.tenant()), cloud.id()).then().statusCode(404).body("code", equalTo("not-found"));
        assertThat(graph.templateRequests(waba)).isEmpty();
    }
}
