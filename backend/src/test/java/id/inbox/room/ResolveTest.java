package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.room.RoomFixtures.instant;
import static id.inbox.support.Api.inbound;
import static id.inbox.support.Api.messages;
import static id.inbox.support.Api.resolve;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DESIGN.md 2.3: resolving a room, and a customer message reopening it. */
@QuarkusTest
class ResolveTest {

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

    @Test
    void resolvedRoomIsMarkedResolvedWithTheTime() {
        long roomId = RoomFixtures.openRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, agent);

        Response response = resolve(agent, roomId);

        response.then().statusCode(200)
                .body("id", equalTo((int) roomId))
                .body("status", equalTo("RESOLVED"))
                .body("resolvedAt", notNullValue());
        assertThat(instant(response.path("resolvedAt"))).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(room(agent, roomId).getString("status")).isEqualTo("RESOLVED");
    }

    @Test
    void resolvingNotesASystemMessageAndTellsTheCustomerNothing() {
        long roomId = RoomFixtures.openRoom(supervisor, whatsApp);
        int before = messages(supervisor, roomId).size();

        resolve(supervisor, roomId).then().statusCode(200);

        List<Map<String, Object>> after = messages(supervisor, roomId);
        // newest first: what resolving added is at the head
        assertThat(after.subList(0, after.size() - before)).singleElement().satisfies(m -> assertThat(m.get("direction")).isEqualTo("SYSTEM"));
    }

    @Test
    void resolvingAResolvedRoomChangesNothing() {
        long roomId = RoomFixtures.openRoom(supervisor, whatsApp);
        JsonPath first = resolve(supervisor, roomId).then().statusCode(200).extract().jsonPath();
        int messagesAfterFirst = messages(supervisor, roomId).size();

        JsonPath second = resolve(supervisor, roomId).then().statusCode(200).extract().jsonPath();

        assertThat(second.getString("status")).isEqualTo("RESOLVED");
        assertThat(instant(second.getString("resolvedAt"))).isEqualTo(instant(first.getString("resolvedAt")));
        assertThat(second.getInt("version")).isEqualTo(first.getInt("version"));
        assertThat(messages(supervisor, roomId)).hasSize(messagesAfterFirst);
    }

    @Test
    void customerMessageReopensAResolvedRoomAndIsShown() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Pesanan saya belum sampai", null);
        resolve(supervisor, roomId).then().statusCode(200);

        Response response = inbound(supervisor, whatsApp, customer, "Halo, masih belum sampai juga", null, null);

        response.then().statusCode(201)
                .body("roomId", equalTo((int) roomId))
                .body("reopened", equalTo(true));
        JsonPath room = room(supervisor, roomId);
        assertThat(room.getString("status")).isNotEqualTo("RESOLVED");
        assertThat(room.getString("resolvedAt")).isNull();
        assertThat(room.getString("lastMessage.preview")).isEqualTo("Halo, masih belum sampai juga");
        assertThat(messages(supervisor, roomId))
                .anySatisfy(m -> assertThat(m).containsEntry("body", "Halo, masih belum sampai juga")
                        .containsEntry("direction", "INBOUND"));
    }

    @Test
    void reopenedRoomGoesBackToItsLastAssignee() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Mau retur barang", null);
        assignTo(supervisor, roomId, agent);
        resolve(agent, roomId).then().statusCode(200);

        Api.inbound(supervisor, whatsApp, customer, "Returnya bagaimana?", null);

        JsonPath room = room(supervisor, roomId);
        assertThat(room.getString("status")).isEqualTo("ASSIGNED");
        assertThat(room.getLong("assignee.id")).isEqualTo(agent.id());
    }

    @Test
    void reopenedRoomOfADeactivatedAssigneeIsUnassigned() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Mau retur barang", null);
        assignTo(supervisor, roomId, agent);
        resolve(agent, roomId).then().statusCode(200);
        data.deactivate(agent);

        Api.inbound(supervisor, whatsApp, customer, "Returnya bagaimana?", null);

        JsonPath room = room(supervisor, roomId);
        assertThat(room.getString("status")).isEqualTo("UNASSIGNED");
        assertThat((Object) room.get("assignee")).isNull();
    }

    @Test
    void reopenedRoomThatNobodyHadIsUnassigned() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo", null);
        resolve(supervisor, roomId).then().statusCode(200);

        Api.inbound(supervisor, whatsApp, customer, "Halo lagi", null);

        assertThat(room(supervisor, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void resolvingAnotherTenantsRoomIsNotFoundAndChangesNothing() {
        long roomId = RoomFixtures.openRoom(supervisor, whatsApp);
        TestUser stranger = data.supervisor(data.tenant());

        resolve(stranger, roomId).then().statusCode(404).body("code", equalTo("not-found"));

        assertThat(room(supervisor, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void resolvingAMissingRoomIsNotFound() {
        resolve(supervisor, Long.MAX_VALUE).then().statusCode(404).body("code", equalTo("not-found"));
    }
}
