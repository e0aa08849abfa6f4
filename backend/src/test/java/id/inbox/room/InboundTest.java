package id.inbox.room;

import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.support.Api.inbound;
import static id.inbox.support.Api.messages;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /inbound/messages: a customer message arriving from a channel, and marking a room read. */
@QuarkusTest
class InboundTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    @Test
    void firstMessageOfACustomerCreatesTheContactAndTheRoom() {
        String customer = externalId();

        Response response = inbound(supervisor, whatsApp, customer, "Halo, apakah barang ready?", null, null);

        response.then().statusCode(201)
                .body("roomId", notNullValue())
                .body("messageId", notNullValue())
                .body("reopened", equalTo(false));
        JsonPath room = room(supervisor, response.jsonPath().getLong("roomId"));
        assertThat(room.getString("contact.name")).isEqualTo("Customer " + customer);
        assertThat(room.getLong("channel.id")).isEqualTo(whatsApp.id());
        assertThat(room.getString("status")).isEqualTo("UNASSIGNED");
        assertThat(room.getInt("unreadCount")).isEqualTo(1);
        assertThat(room.getString("lastMessage.preview")).isEqualTo("Halo, apakah barang ready?");
        assertThat(room.getString("lastMessage.direction")).isEqualTo("INBOUND");
    }

    @Test
    void inboundMessageIsStoredInTheRoom() {
        Response response = inbound(supervisor, whatsApp, externalId(), "Halo, apakah barang ready?", null, null);
        long roomId = response.jsonPath().getLong("roomId");

        List<Map<String, Object>> messages = messages(supervisor, roomId);

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(((Number) m.get("id")).longValue()).isEqualTo(response.jsonPath().getLong("messageId"));
            assertThat(m).containsEntry("direction", "INBOUND").containsEntry("body", "Halo, apakah barang ready?");
        });
    }

    @Test
    void nextMessageOfTheSameCustomerGoesToTheSameRoom() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo", null);

        Response second = inbound(supervisor, whatsApp, customer, "Ada orang?", null, null);

        second.then().statusCode(201).body("roomId", equalTo((int) roomId)).body("reopened", equalTo(false));
        assertThat(room(supervisor, roomId).getInt("unreadCount")).isEqualTo(2);
        assertThat(messages(supervisor, roomId)).hasSize(2);
    }

    @Test
    void sameCustomerOnAnotherChannelHasAnotherRoom() {
        String customer = externalId();
        long whatsAppRoom = Api.inbound(supervisor, whatsApp, customer, "Halo", null);

        long emailRoom = Api.inbound(supervisor, data.email(tenant), customer, "Halo lewat e-mail", null);

        assertThat(emailRoom).isNotEqualTo(whatsAppRoom);
        assertThat(room(supervisor, emailRoom).getLong("contact.id"))
                .isEqualTo(room(supervisor, whatsAppRoom).getLong("contact.id"));
    }

    @Test
    void repeatedProviderMessageIdIsStoredOnce() {
        String customer = externalId();
        String providerId = TestData.unique("wamid");
        Response first = inbound(supervisor, whatsApp, customer, "Halo", null, providerId);
        first.then().statusCode(201);

        Response retry = inbound(supervisor, whatsApp, customer, "Halo", null, providerId);

        retry.then().statusCode(200);
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        long roomId = first.jsonPath().getLong("roomId");
        assertThat(messages(supervisor, roomId)).hasSize(1);
        assertThat(room(supervisor, roomId).getInt("unreadCount")).isEqualTo(1);
    }

    @Test
    void sentAtInTheFutureIsRefusedNamingSentAt() {
        OffsetDateTime future = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1);

        inbound(supervisor, whatsApp, externalId(), "Dari masa depan", future, null).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem("sentAt"));
        Api.as(supervisor).get(Api.ROOMS).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void channelOfAnotherTenantIsNotFoundAndCreatesNothing() {
        TestTenant other = data.tenant();
        TestUser otherSupervisor = data.supervisor(other);
        TestChannel foreign = data.whatsApp(other);

        Response response = inbound(supervisor, foreign, externalId(), "Halo", null, null);

        response.then().statusCode(404).contentType("application/problem+json");

        Api.as(supervisor).get(Api.ROOMS).then().statusCode(200).body("items.size()", equalTo(0));
        Api.as(otherSupervisor).get(Api.ROOMS).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void channelOfAnotherTenantIsAnsweredExactlyLikeAMissingChannel() {
        TestChannel foreign = data.whatsApp(data.tenant());
        TestChannel missing = new TestChannel(Long.MAX_VALUE, "WHATSAPP", "missing", 1440, tenant);

        Response foreignAnswer = inbound(supervisor, foreign, externalId(), "Halo", null, null);
        Response missingAnswer = inbound(supervisor, missing, externalId(), "Halo", null, null);

        foreignAnswer.then().statusCode(404);
        missingAnswer.then().statusCode(404);
        assertThat(foreignAnswer.jsonPath().getString("code")).isEqualTo(missingAnswer.jsonPath().getString("code"));
    }

    @Test
    void markingARoomReadClearsItsUnreadCount() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo", null);
        Api.inbound(supervisor, whatsApp, customer, "Halo?", null);
        TestUser agent = data.agent(tenant);

        Api.as(agent).post(Api.ROOMS + "/" + roomId + "/read").then().statusCode(200)
                .body("id", equalTo((int) roomId))
                .body("unreadCount", equalTo(0));

        assertThat(room(supervisor, roomId).getInt("unreadCount")).isEqualTo(0);
    }

    @Test
    void customerMessageAfterReadingCountsAsUnreadAgain() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo", null);
        Api.as(supervisor).post(Api.ROOMS + "/" + roomId + "/read").then().statusCode(200);

        Api.inbound(supervisor, whatsApp, customer, "Halo?", null);

        assertThat(room(supervisor, roomId).getInt("unreadCount")).isEqualTo(1);
    }
}
