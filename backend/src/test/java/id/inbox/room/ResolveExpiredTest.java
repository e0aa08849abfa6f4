package id.inbox.room;

import static id.inbox.room.RoomFixtures.ago;
import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.expiredRoom;
import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.room.RoomFixtures.instant;
import static id.inbox.room.RoomFixtures.roomWithMessageAt;
import static id.inbox.room.RoomLocks.awaitBackendsWaitingForALock;
import static id.inbox.room.RoomLocks.inBackground;
import static id.inbox.support.Api.inbound;
import static id.inbox.support.Api.messages;
import static id.inbox.support.Api.resolve;
import static id.inbox.support.Api.resolveExpired;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.undo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.room.RoomLocks.RoomLock;
import id.inbox.support.Api;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DESIGN.md 2.3: "resolve all expired", its scope, its dry run, its undo, and its race with a customer reply. */
@QuarkusTest
class ResolveExpiredTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser otherAgent;
    TestChannel whatsApp;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        otherAgent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
    }

    private String status(long roomId) {
        return room(supervisor, roomId).getString("status");
    }

    private long expiredRoomOf(TestUser assignee) {
        long roomId = expiredRoom(supervisor, whatsApp);
        assignTo(supervisor, roomId, assignee);
        return roomId;
    }

    private static Map<Long, Integer> byChannel(JsonPath result) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Map<String, Object> entry : result.<Map<String, Object>>getList("byChannel")) {
            counts.put(((Number) entry.get("channelId")).longValue(), ((Number) entry.get("count")).intValue());
        }
        return counts;
    }

    // ---- which rooms ----

    @Test
    void anEmptyChannelListIsRefusedAndResolvesNothing() {
        long expired = expiredRoom(supervisor, whatsApp);

        resolveExpired(supervisor, List.of(), null, null).then().statusCode(400)
                .body("code", equalTo("validation-failed"))
                .body("errors[0].field", equalTo("channelIds"));

        assertThat(status(expired)).isEqualTo("UNASSIGNED");
    }

    @Test
    void onlyExpiredUnresolvedRoomsAreResolved() {
        long expired = expiredRoom(supervisor, whatsApp);
        long open = RoomFixtures.openRoom(supervisor, whatsApp);
        long expiring = roomWithMessageAt(supervisor, whatsApp, ago(Duration.ofHours(23)));
        long alreadyResolved = expiredRoom(supervisor, whatsApp);
        String resolvedAt = resolve(supervisor, alreadyResolved).then().statusCode(200).extract().path("resolvedAt");
        long noWindow = roomWithMessageAt(supervisor, data.email(tenant), ago(Duration.ofDays(3)));

        resolveExpired(supervisor, null, null, null).then().statusCode(200).body("resolvedCount", equalTo(1));

        assertThat(status(expired)).isEqualTo("RESOLVED");
        assertThat(status(open)).isEqualTo("UNASSIGNED");
        assertThat(status(expiring)).isEqualTo("UNASSIGNED");
        assertThat(status(noWindow)).isEqualTo("UNASSIGNED");
        assertThat(instant(room(supervisor, alreadyResolved).getString("resolvedAt"))).isEqualTo(instant(resolvedAt));
    }

    @Test
    void resolvedRoomKeepsItsAssignee() {
        long roomId = expiredRoomOf(agent);

        resolveExpired(supervisor, null, null, null).then().statusCode(200);

        JsonPath room = room(supervisor, roomId);
        assertThat(room.getString("status")).isEqualTo("RESOLVED");
        assertThat(room.getString("resolvedAt")).isNotNull();
        assertThat(room.getLong("assignee.id")).isEqualTo(agent.id());
    }

    @Test
    void resolvingAllExpiredSendsNoMessageToTheCustomer() {
        long roomId = expiredRoom(supervisor, whatsApp);

        resolveExpired(supervisor, null, null, null).then().statusCode(200);

        assertThat(messages(supervisor, roomId)).noneSatisfy(m -> assertThat(m.get("direction")).isEqualTo("OUTBOUND"));
    }

    @Test
    void supervisorResolvesExpiredRoomsOfTheWholeTenant() {
        long agents = expiredRoomOf(agent);
        long otherAgents = expiredRoomOf(otherAgent);
        long unassigned = expiredRoom(supervisor, whatsApp);

        resolveExpired(supervisor, null, null, null).then().statusCode(200).body("resolvedCount", equalTo(3));

        assertThat(List.of(status(agents), status(otherAgents), status(unassigned))).containsOnly("RESOLVED");
    }

    @Test
    void agentResolvesTheirOwnAndUnassignedExpiredRoomsByDefault() {
        long own = expiredRoomOf(agent);
        long colleagues = expiredRoomOf(otherAgent);
        long unassigned = expiredRoom(supervisor, whatsApp);

        resolveExpired(agent, null, null, null).then().statusCode(200).body("resolvedCount", equalTo(2));

        assertThat(status(own)).isEqualTo("RESOLVED");
        assertThat(status(unassigned)).isEqualTo("RESOLVED");
        assertThat(status(colleagues)).isEqualTo("ASSIGNED");
    }

    @Test
    void agentWithoutIncludeUnassignedResolvesOnlyTheirOwnRooms() {
        long own = expiredRoomOf(agent);
        long unassigned = expiredRoom(supervisor, whatsApp);

        resolveExpired(agent, null, false, null).then().statusCode(200).body("resolvedCount", equalTo(1));

        assertThat(status(own)).isEqualTo("RESOLVED");
        assertThat(status(unassigned)).isEqualTo("UNASSIGNED");
    }

    @Test
    void supervisorWithoutIncludeUnassignedLeavesUnassignedRooms() {
        long assigned = expiredRoomOf(agent);
        long unassigned = expiredRoom(supervisor, whatsApp);

        resolveExpired(supervisor, null, false, null).then().statusCode(200).body("resolvedCount", equalTo(1));

        assertThat(status(assigned)).isEqualTo("RESOLVED");
        assertThat(status(unassigned)).isEqualTo("UNASSIGNED");
    }

    @Test
    void channelIdsNarrowTheRoomsResolved() {
        TestChannel secondWhatsApp = data.whatsApp(tenant);
        long onFirst = expiredRoom(supervisor, whatsApp);
        long onSecond = expiredRoom(supervisor, secondWhatsApp);

        resolveExpired(supervisor, List.of(secondWhatsApp.id()), null, null).then().statusCode(200)
                .body("resolvedCount", equalTo(1));

        assertThat(status(onFirst)).isEqualTo("UNASSIGNED");
        assertThat(status(onSecond)).isEqualTo("RESOLVED");
    }

    @Test
    void countsByChannelAddUpToTheResolvedCount() {
        TestChannel secondWhatsApp = data.whatsApp(tenant);
        expiredRoom(supervisor, whatsApp);
        expiredRoom(supervisor, whatsApp);
        expiredRoom(supervisor, secondWhatsApp);

        JsonPath result = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("resolvedCount")).isEqualTo(3);
        assertThat(byChannel(result)).containsOnly(Map.entry(whatsApp.id(), 2), Map.entry(secondWhatsApp.id(), 1));
    }

    @Test
    void anotherTenantsRoomsAreNeverResolved() {
        TestTenant other = data.tenant();
        TestUser otherSupervisor = data.supervisor(other);
        long foreign = expiredRoom(otherSupervisor, data.whatsApp(other));
        expiredRoom(supervisor, whatsApp);

        resolveExpired(supervisor, null, null, null).then().statusCode(200).body("resolvedCount", equalTo(1));

        assertThat(room(otherSupervisor, foreign).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void channelOfAnotherTenantResolvesNothing() {
        TestTenant other = data.tenant();
        TestUser otherSupervisor = data.supervisor(other);
        TestChannel foreignChannel = data.whatsApp(other);
        long foreign = expiredRoom(otherSupervisor, foreignChannel);

        Response response = resolveExpired(supervisor, List.of(foreignChannel.id()), null, null);

        assertThat(response.statusCode()).isIn(200, 400, 404, 422);
        assertThat(room(otherSupervisor, foreign).getString("status")).isEqualTo("UNASSIGNED");
    }

    // ---- dry run ----

    @Test
    void dryRunReportsTheCountsAndResolvesNothing() {
        TestChannel secondWhatsApp = data.whatsApp(tenant);
        long first = expiredRoom(supervisor, whatsApp);
        long second = expiredRoom(supervisor, secondWhatsApp);
        RoomFixtures.openRoom(supervisor, whatsApp);

        JsonPath dryRun = resolveExpired(supervisor, null, null, true).then().statusCode(200).extract().jsonPath();

        assertThat(dryRun.getString("batchId")).isNull();
        assertThat(dryRun.getInt("resolvedCount")).isEqualTo(2);
        assertThat(byChannel(dryRun)).containsOnly(Map.entry(whatsApp.id(), 1), Map.entry(secondWhatsApp.id(), 1));
        assertThat(status(first)).isEqualTo("UNASSIGNED");
        assertThat(status(second)).isEqualTo("UNASSIGNED");
    }

    @Test
    void dryRunCountsWhatTheRealRunThenResolves() {
        expiredRoomOf(agent);
        expiredRoomOf(otherAgent);
        expiredRoom(supervisor, whatsApp);

        JsonPath dryRun = resolveExpired(agent, null, false, true).then().statusCode(200).extract().jsonPath();
        JsonPath real = resolveExpired(agent, null, false, false).then().statusCode(200).extract().jsonPath();

        assertThat(dryRun.getInt("resolvedCount")).isEqualTo(1).isEqualTo(real.getInt("resolvedCount"));
        assertThat(byChannel(dryRun)).isEqualTo(byChannel(real));
    }

    // ---- batch and undo ----

    @Test
    void realRunReturnsABatchThatCanBeUndoneForFifteenMinutes() {
        expiredRoom(supervisor, whatsApp);

        JsonPath result = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().jsonPath();

        assertThat(result.getString("batchId")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(instant(result.getString("undoUntil")))
                .isCloseTo(Instant.now().plus(Duration.ofMinutes(15)), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void undoReopensTheBatchsRoomsToTheirAssignees() {
        long assigned = expiredRoomOf(agent);
        long unassigned = expiredRoom(supervisor, whatsApp);
        String batchId = resolveExpired(supervisor, null, null, null).then().statusCode(200)
                .body("resolvedCount", equalTo(2)).extract().path("batchId");

        undo(supervisor, batchId).then().statusCode(200).body("reopenedCount", equalTo(2));

        JsonPath assignedRoom = room(supervisor, assigned);
        assertThat(assignedRoom.getString("status")).isEqualTo("ASSIGNED");
        assertThat(assignedRoom.getLong("assignee.id")).isEqualTo(agent.id());
        assertThat(assignedRoom.getString("resolvedAt")).isNull();
        assertThat(status(unassigned)).isEqualTo("UNASSIGNED");
    }

    @Test
    void undoLeavesRoomsResolvedByOtherMeans() {
        long manuallyResolved = expiredRoom(supervisor, whatsApp);
        String resolvedAt = resolve(supervisor, manuallyResolved).then().statusCode(200).extract().path("resolvedAt");
        expiredRoom(supervisor, whatsApp);
        String batchId = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().path("batchId");

        undo(supervisor, batchId).then().statusCode(200).body("reopenedCount", equalTo(1));

        assertThat(status(manuallyResolved)).isEqualTo("RESOLVED");
        assertThat(instant(room(supervisor, manuallyResolved).getString("resolvedAt"))).isEqualTo(instant(resolvedAt));
    }

    @Test
    void undoSkipsARoomTheCustomerReopenedSinceTheBatch() {
        String customer = externalId();
        long reopened = Api.inbound(supervisor, whatsApp, customer, "Halo", ago(Duration.ofHours(25)));
        assignTo(supervisor, reopened, agent);
        long untouched = expiredRoom(supervisor, whatsApp);
        String batchId = resolveExpired(supervisor, null, null, null).then().statusCode(200)
                .body("resolvedCount", equalTo(2)).extract().path("batchId");
        Api.inbound(supervisor, whatsApp, customer, "Saya masih butuh bantuan", null);

        undo(supervisor, batchId).then().statusCode(200).body("reopenedCount", equalTo(1));

        assertThat(status(reopened)).isEqualTo("ASSIGNED");
        assertThat(status(untouched)).isEqualTo("UNASSIGNED");
    }

    @Test
    void undoDoesNotReopenARoomResolvedAgainByHandAfterTheCustomerReopenedIt() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo", ago(Duration.ofHours(25)));
        String batchId = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().path("batchId");
        Api.inbound(supervisor, whatsApp, customer, "Saya masih butuh bantuan", null);
        resolve(supervisor, roomId).then().statusCode(200);

        undo(supervisor, batchId).then().statusCode(200).body("reopenedCount", equalTo(0));

        assertThat(status(roomId)).isEqualTo("RESOLVED");
    }

    @Test
    void undoAfterItsDeadlineIsRefusedAndReopensNothing() {
        long roomId = expiredRoom(supervisor, whatsApp);
        String batchId = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().path("batchId");
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        try {
            undo(supervisor, batchId).then().statusCode(422).contentType("application/problem+json")
                    .body("code", equalTo("undo-expired"));
        } finally {
            clock.reset();
        }

        assertThat(status(roomId)).isEqualTo("RESOLVED");
    }

    @Test
    void undoOfAnotherTenantsBatchIsNotFoundAndReopensNothing() {
        long roomId = expiredRoom(supervisor, whatsApp);
        String batchId = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().path("batchId");
        TestUser stranger = data.supervisor(data.tenant());

        undo(stranger, batchId).then().statusCode(404).body("code", equalTo("not-found"));

        assertThat(status(roomId)).isEqualTo("RESOLVED");
    }

    @Test
    void agentMayNotUndoAnotherUsersBatch() {
        long roomId = expiredRoom(supervisor, whatsApp);
        String batchId = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().path("batchId");

        undo(agent, batchId).then().statusCode(403).body("code", equalTo("forbidden"));

        assertThat(status(roomId)).isEqualTo("RESOLVED");
    }

    @Test
    void supervisorMayUndoAnAgentsBatch() {
        long roomId = expiredRoomOf(agent);
        String batchId = resolveExpired(agent, null, null, null).then().statusCode(200).extract().path("batchId");

        undo(supervisor, batchId).then().statusCode(200).body("reopenedCount", equalTo(1));

        assertThat(status(roomId)).isEqualTo("ASSIGNED");
    }

    // ---- the race with a customer message ----

    private CompletableFuture<Response> customerWritesInBackground(String customer, String text) {
        return inBackground(() -> inbound(supervisor, whatsApp, customer, text, null, null));
    }

    private CompletableFuture<Response> resolveExpiredInBackground() {
        return inBackground(() -> resolveExpired(supervisor, List.of(whatsApp.id()), null, null));
    }

    private void assertCustomerMessageWonTheRace(long roomId, String text, Response inbound, Response resolveAll) {
        assertThat(inbound.statusCode()).as(inbound.asString()).isEqualTo(201);
        assertThat(inbound.jsonPath().getLong("roomId")).isEqualTo(roomId);
        assertThat(resolveAll.statusCode()).as(resolveAll.asString()).isEqualTo(200);
        JsonPath room = room(supervisor, roomId);
        assertThat(room.getString("status")).isEqualTo("ASSIGNED");
        assertThat(room.getLong("assignee.id")).isEqualTo(agent.id());
        assertThat(room.getString("sessionState")).isEqualTo("OPEN");
        assertThat(messages(supervisor, roomId)).anySatisfy(m -> assertThat(m).containsEntry("body", text));
    }

    @Test
    void customerMessageArrivingJustBeforeResolveAllKeepsTheRoomOpen() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo", ago(Duration.ofHours(25)));
        assignTo(supervisor, roomId, agent);
        String text = "Halo, saya masih di sini";
        CompletableFuture<Response> inbound;
        CompletableFuture<Response> resolveAll;

        try (RoomLock lock = RoomLock.on(roomId)) {
            inbound = customerWritesInBackground(customer, text);
            awaitBackendsWaitingForALock(1, inbound);
            resolveAll = resolveExpiredInBackground();
            awaitBackendsWaitingForALock(2, inbound, resolveAll);
        }

        assertCustomerMessageWonTheRace(roomId, text, inbound.join(), resolveAll.join());
    }

    @Test
    void customerMessageArrivingJustAfterResolveAllReopensTheRoom() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo", ago(Duration.ofHours(25)));
        assignTo(supervisor, roomId, agent);
        String text = "Halo, saya masih di sini";
        CompletableFuture<Response> inbound;
        CompletableFuture<Response> resolveAll;

        try (RoomLock lock = RoomLock.on(roomId)) {
            resolveAll = resolveExpiredInBackground();
            awaitBackendsWaitingForALock(1, resolveAll);
            inbound = customerWritesInBackground(customer, text);
            awaitBackendsWaitingForALock(2, resolveAll, inbound);
        }

        assertCustomerMessageWonTheRace(roomId, text, inbound.join(), resolveAll.join());
    }
}
