package id.inbox.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.inbox.outbox.OutboxRelay;
import id.inbox.support.Api;
import id.inbox.support.GraphStandIn;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestUser;
import id.inbox.support.WhatsApp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A supervisor connects a WhatsApp Cloud number: POST /channels, replace its token, disconnect it. */
@QuarkusTest
class ChannelConnectTest {

    private static final String TOKEN = "EAAG-connect-test-token";

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    @Inject
    GraphStandIn graph;

    @Inject
    OutboxRelay relay;

    TestData.TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    String number;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        number = WhatsApp.phoneNumberId();
    }

    private byte[] storedToken(long channelId) {
        return jdbi.withHandle(h -> h.createQuery("select access_token_enc from channel_credential where channel_id = :id")
                .bind("id", channelId).mapTo(byte[].class).one());
    }

    @Test
    void supervisorConnectsANumberWhoseTokenIsStoredEncryptedAndNeverReturned() {
        Response response = WhatsApp.connect(supervisor, "WhatsApp Toko", number, TOKEN, "102290129340398");

        response.then().statusCode(201)
                .body("kind", equalTo("WHATSAPP"))
                .body("name", equalTo("WhatsApp Toko"))
                .body("phoneNumberId", equalTo(number))
                .body("wabaId", equalTo("102290129340398"))
                .body("windowMinutes", equalTo(1440))
                .body("active", equalTo(true));
        assertThat(response.asString()).doesNotContain(TOKEN).doesNotContain("accessToken");
        long id = response.jsonPath().getLong("id");
        assertThat(new String(storedToken(id), StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
        Response list = Api.as(agent).get("/api/v1/channels");
        list.then().statusCode(200).body("items.id", hasItem((int) id));
        assertThat(list.asString()).doesNotContain(TOKEN).doesNotContain("accessToken");
    }

    @Test
    void anAgentCannotConnectANumber() {
        WhatsApp.connect(agent, "WhatsApp Toko", number, TOKEN, null).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("forbidden"));
        assertThat(jdbi.<Integer, RuntimeException>withHandle(h -> h.createQuery("select count(*) from channel where external_id = :n").bind("n", number)
                .mapTo(Integer.class).one())).isZero();
    }

    @Test
    void aNumberAlreadyConnectedIsAConflict() {
        WhatsApp.connect(supervisor, "WhatsApp Toko", number, TOKEN, null).then().statusCode(201);

        WhatsApp.connect(supervisor, "Again", number, "EAAG-other", null).then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("channel-already-connected"));
    }

    @Test
    void anotherCompanyMayConnectTheSameNumberIdSeparately() {
        WhatsApp.connect(supervisor, "WhatsApp Toko", number, TOKEN, null).then().statusCode(201);
        TestUser otherSupervisor = data.supervisor(data.tenant());

        WhatsApp.connect(otherSupervisor, "Theirs", number, TOKEN, null).then().statusCode(201);
    }

    @Test
    void invalidFieldsAreRefusedNamingThem() {
        WhatsApp.connect(supervisor, "", "+62 812", " ", "waba").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("phoneNumberId"))
                .body("errors.field", hasItem("accessToken")).body("errors.field", hasItem("wabaId"));
        Api.as(supervisor).body(Map.of("kind", "EMAIL", "name", "Mail", "phoneNumberId", number, "accessToken", TOKEN))
                .post("/api/v1/channels").then().statusCode(400).body("errors.field", hasItem("kind"));
    }

    @Test
    void anotherCompanysChannelIsNotFound() {
        TestChannel theirs = WhatsApp.connected(data.supervisor(data.tenant()), number, TOKEN);

        Api.as(supervisor).body(Map.of("accessToken", "EAAG-mine")).put("/api/v1/channels/" + theirs.id() + "/access-token")
                .then().statusCode(404).contentType("application/problem+json").body("code", equalTo("not-found"));
        Api.as(supervisor).delete("/api/v1/channels/" + theirs.id()).then().statusCode(404).body("code", equalTo("not-found"));
        assertThat(jdbi.<Boolean, RuntimeException>withHandle(h -> h.createQuery("select active from channel where id = :id").bind("id", theirs.id())
                .mapTo(Boolean.class).one())).isTrue();
    }

    @Test
    void aReplacedTokenIsUsedForTheNextSend() {
        TestChannel channel = WhatsApp.connected(supervisor, number, TOKEN);
        Api.as(supervisor).body(Map.of("accessToken", "EAAG-rotated")).put("/api/v1/channels/" + channel.id() + "/access-token")
                .then().statusCode(200).body("id", equalTo((int) channel.id()));
        long room = Api.inbound(supervisor, channel, WhatsApp.waId(), "Halo", null);

        long id = Api.reply(agent, room, "Halo Kak").then().statusCode(201).extract().jsonPath().getLong("id");
        WhatsApp.until("sent", relay::drain, () -> !graph.accepted(number).isEmpty());

        assertThat(graph.received(number)).singleElement()
                .satisfies(sent -> assertThat(sent.authorization()).isEqualTo("Bearer EAAG-rotated"));
        assertThat(id).isPositive();
    }

    @Test
    void aSandboxChannelHasNoTokenToReplace() {
        TestChannel sandbox = data.whatsApp(tenant);

        Api.as(supervisor).body(Map.of("accessToken", "EAAG-x")).put("/api/v1/channels/" + sandbox.id() + "/access-token")
                .then().statusCode(422).body("code", equalTo("not-a-cloud-channel"));
    }

    @Test
    void aDisconnectedNumberLeavesTheListAndCanBeConnectedAgainOnItsChannel() {
        TestChannel channel = WhatsApp.connected(supervisor, number, TOKEN);

        Api.as(supervisor).delete("/api/v1/channels/" + channel.id()).then().statusCode(204);
        Api.as(supervisor).delete("/api/v1/channels/" + channel.id()).then().statusCode(204);

        Api.as(agent).get("/api/v1/channels").then().statusCode(200).body("items.id", not(hasItem((int) channel.id())));
        assertThat(jdbi.<Integer, RuntimeException>withHandle(h -> h.createQuery("select count(*) from channel_credential where channel_id = :id")
                .bind("id", channel.id()).mapTo(Integer.class).one())).as("the token is deleted").isZero();
        WhatsApp.connect(supervisor, "Back again", number, "EAAG-new", null).then().statusCode(201)
                .body("id", equalTo((int) channel.id())).body("active", equalTo(true));
    }

    @Test
    void anAgentCannotReplaceATokenOrDisconnect() {
        TestChannel channel = WhatsApp.connected(supervisor, number, TOKEN);

        Api.as(agent).body(Map.of("accessToken", "EAAG-x")).put("/api/v1/channels/" + channel.id() + "/access-token")
                .then().statusCode(403);
        Api.as(agent).delete("/api/v1/channels/" + channel.id()).then().statusCode(403);
    }

    @Test
    void supervisorsSeeEveryChannelWithHowItIsConnectedAlsoOnceDisconnected() {
        TestChannel sandbox = data.whatsApp(tenant);
        Response connected = WhatsApp.connect(supervisor, "WhatsApp Toko", number, TOKEN, "102290129340398");
        long id = connected.jsonPath().getLong("id");
        Api.as(supervisor).delete("/api/v1/channels/" + id).then().statusCode(204);

        Response list = Api.as(supervisor).get("/api/v1/channels/connections");

        list.then().statusCode(200)
                .body("items.find { it.id == " + id + " }.provider", equalTo("WHATSAPP_CLOUD"))
                .body("items.find { it.id == " + id + " }.phoneNumberId", equalTo(number))
                .body("items.find { it.id == " + id + " }.active", equalTo(false))
                .body("items.find { it.id == " + sandbox.id() + " }.provider", equalTo("SANDBOX"))
                .body("items.find { it.id == " + sandbox.id() + " }.active", equalTo(true));
        assertThat(list.jsonPath().getString("items.find { it.id == " + id + " }.disconnectedAt")).isNotNull();
        assertThat(list.asString()).doesNotContain(TOKEN).doesNotContain("accessToken");
        Api.as(agent).get("/api/v1/channels/connections").then().statusCode(403);
    }
}
