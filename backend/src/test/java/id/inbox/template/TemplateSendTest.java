package id.inbox.template;

import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.room.RoomLocks.awaitBackendsWaitingForALock;
import static id.inbox.room.RoomLocks.inBackground;
import static id.inbox.support.Api.messages;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.sendTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.inbox.room.RoomLocks;
import id.inbox.room.RoomLocks.RoomLock;
import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTemplate;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /rooms/{id}/template-messages: approved templates of the room's channel, sent once per Idempotency-Key. */
@QuarkusTest
class TemplateSendTest {

    private static final List<String> PARAMETERS = List.of("Siti", "INV-2041");

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;
    TestTemplate template;
    long roomId;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        template = data.approvedTemplate(whatsApp);
        roomId = openRoom(supervisor, whatsApp);
    }

    private static String key() {
        return TestData.unique("key");
    }

    private static List<Map<String, Object>> templateMessages(TestUser reader, long roomId) {
        return messages(reader, roomId).stream().filter(m -> "TEMPLATE".equals(m.get("kind"))).toList();
    }

    @Test
    void templateIsSentWithItsPlaceholdersFilledIn() {
        Response response = sendTemplate(agent, roomId, key(), template.id(), PARAMETERS);

        response.then().statusCode(201)
                .body("roomId", equalTo((int) roomId))
                .body("direction", equalTo("OUTBOUND"))
                .body("kind", equalTo("TEMPLATE"))
                .body("body", equalTo("Halo Siti, pesanan INV-2041 sudah dikirim."))
                .body("templateId", equalTo((int) template.id()))
                .body("sender.id", equalTo((int) agent.id()));
        assertThat(templateMessages(agent, roomId)).singleElement()
                .satisfies(m -> assertThat(m.get("body")).isEqualTo("Halo Siti, pesanan INV-2041 sudah dikirim."));
    }

    @Test
    void templateToAnUnassignedRoomAssignsItToTheSender() {
        sendTemplate(agent, roomId, key(), template.id(), PARAMETERS).then().statusCode(201);

        JsonPath room = room(agent, roomId);
        assertThat(room.getString("status")).isEqualTo("ASSIGNED");
        assertThat(room.getLong("assignee.id")).isEqualTo(agent.id());
    }

    @Test
    void sameKeyAndSameBodyReplaysTheFirstResponseAndSendsOnce() {
        String key = key();
        Response first = sendTemplate(agent, roomId, key, template.id(), PARAMETERS);
        first.then().statusCode(201).header("Idempotency-Replayed", not(equalTo("true")));

        Response retry = sendTemplate(agent, roomId, key, template.id(), PARAMETERS);

        retry.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(templateMessages(agent, roomId)).hasSize(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = key();
        sendTemplate(agent, roomId, key, template.id(), PARAMETERS).then().statusCode(201);

        sendTemplate(agent, roomId, key, template.id(), List.of("Budi", "INV-9999")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-reused"));
        assertThat(templateMessages(agent, roomId)).hasSize(1);
    }

    @Test
    void sameKeyWhileTheFirstRequestIsInFlightIsAConflict() {
        String key = key();
        CompletableFuture<Response> first;
        Response duplicate;

        // the first send claims the key, then queues behind a lock on the room row
        try (RoomLock lock = RoomLock.on(roomId)) {
            first = inBackground(() -> sendTemplate(agent, roomId, key, template.id(), PARAMETERS));
            awaitBackendsWaitingForALock(1, first);
            duplicate = sendTemplate(agent, roomId, key, template.id(), PARAMETERS);
        }

        duplicate.then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("request-in-flight"));
        first.join().then().statusCode(201);
        sendTemplate(agent, roomId, key, template.id(), PARAMETERS).then().statusCode(201)
                .header("Idempotency-Replayed", equalTo("true"));
        assertThat(templateMessages(agent, roomId)).hasSize(1);
    }

    @Test
    void missingIdempotencyKeyIsRefusedAndSendsNothing() {
        sendTemplate(agent, roomId, null, template.id(), PARAMETERS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("idempotency-key-missing"));
        assertThat(templateMessages(agent, roomId)).isEmpty();
    }

    @Test
    void anotherUserOfTheSameTenantMayUseTheSameKeyIndependently() {
        String key = key();
        long agentsMessage = sendTemplate(agent, roomId, key, template.id(), PARAMETERS)
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Response supervisors = sendTemplate(supervisor, roomId, key, template.id(), PARAMETERS);

        supervisors.then().statusCode(201).header("Idempotency-Replayed", not(equalTo("true")))
                .body("sender.id", equalTo((int) supervisor.id()));
        assertThat(supervisors.jsonPath().getLong("id")).isNotEqualTo(agentsMessage);
        assertThat(templateMessages(agent, roomId)).hasSize(2);
    }

    @Test
    void aUserOfAnotherTenantMayUseTheSameKeyIndependently() {
        String key = key();
        sendTemplate(agent, roomId, key, template.id(), PARAMETERS).then().statusCode(201);
        TestTenant other = data.tenant();
        TestUser otherSupervisor = data.supervisor(other);
        TestChannel otherWhatsApp = data.whatsApp(other);
        TestTemplate otherTemplate = data.approvedTemplate(otherWhatsApp);
        long otherRoom = openRoom(otherSupervisor, otherWhatsApp);

        sendTemplate(otherSupervisor, otherRoom, key, otherTemplate.id(), PARAMETERS).then().statusCode(201)
                .header("Idempotency-Replayed", not(equalTo("true")))
                .body("roomId", equalTo((int) otherRoom));

        assertThat(templateMessages(agent, roomId)).hasSize(1);
        assertThat(templateMessages(otherSupervisor, otherRoom)).hasSize(1);
    }

    @Test
    void pendingTemplateIsRefused() {
        TestTemplate pending = data.template(whatsApp, "Promo {{1}}", 1, "PENDING");

        sendTemplate(agent, roomId, key(), pending.id(), List.of("Lebaran")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("template-not-approved"));
        assertThat(templateMessages(agent, roomId)).isEmpty();
    }

    @Test
    void templateOfAnotherChannelIsRefused() {
        TestTemplate otherChannels = data.approvedTemplate(data.whatsApp(tenant));

        sendTemplate(agent, roomId, key(), otherChannels.id(), PARAMETERS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("template-channel-mismatch"));
        assertThat(templateMessages(agent, roomId)).isEmpty();
    }

    @Test
    void templateOfAnotherTenantIsNotFound() {
        TestTemplate foreign = data.approvedTemplate(data.whatsApp(data.tenant()));

        Response foreignAnswer = sendTemplate(agent, roomId, key(), foreign.id(), PARAMETERS);
        Response missingAnswer = sendTemplate(agent, roomId, key(), Long.MAX_VALUE, PARAMETERS);

        foreignAnswer.then().statusCode(404).contentType("application/problem+json");
        missingAnswer.then().statusCode(404);
        // exactly like a template that does not exist
        assertThat(foreignAnswer.jsonPath().getString("code")).isEqualTo(missingAnswer.jsonPath().getString("code"));
        assertThat(templateMessages(agent, roomId)).isEmpty();
        assertThat(room(agent, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void wrongNumberOfParametersIsRefusedNamingParameters() {
        sendTemplate(agent, roomId, key(), template.id(), List.of("Siti")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(startsWith("parameters")));
        assertThat(templateMessages(agent, roomId)).isEmpty();
    }

    @Test
    void blankParameterIsRefusedNamingParameters() {
        sendTemplate(agent, roomId, key(), template.id(), List.of("Siti", " ")).then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(startsWith("parameters")));
        assertThat(templateMessages(agent, roomId)).isEmpty();
    }

    @Test
    void parameterOverTenTwentyFourCharactersIsRefusedNamingParameters() {
        sendTemplate(agent, roomId, key(), template.id(), List.of("Siti", "x".repeat(1025))).then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(startsWith("parameters")));
        assertThat(templateMessages(agent, roomId)).isEmpty();
    }

    @Test
    void refusedSendDoesNotLeaveItsKeyInFlight() {
        String key = key();
        sendTemplate(agent, roomId, key, template.id(), List.of("Siti")).then().statusCode(400);

        // the same request again is answered the same way, not "request-in-flight" nor a stored success
        sendTemplate(agent, roomId, key, template.id(), List.of("Siti")).then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors.field", hasItem(startsWith("parameters")));
        assertThat(templateMessages(agent, roomId)).isEmpty();
    }

    @Test
    void templateMayBeSentWithoutParametersWhenItHasNoPlaceholders() {
        TestTemplate plain = data.template(whatsApp, "Terima kasih telah menghubungi kami.", 0, "APPROVED");

        Api.as(agent).header("Idempotency-Key", key()).body(Map.of("templateId", plain.id(), "parameters", List.of()))
                .post("/api/v1/rooms/" + roomId + "/template-messages")
                .then().statusCode(201)
                .body("body", equalTo("Terima kasih telah menghubungi kami."));
    }
}
