package id.inbox.common;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.expiredSentAt;
import static id.inbox.room.RoomFixtures.inbound;
import static id.inbox.room.RoomFixtures.openSentAt;
import static id.inbox.room.RoomFixtures.room;
import static id.inbox.room.RoomFixtures.tagged;
import static id.inbox.support.Api.counts;
import static id.inbox.support.Api.query;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.roomIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestTemplate;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two tenants, A and B, each with agents, channels, tags, templates and rooms. A user of B names A's
 * objects in paths, queries and bodies: the answer is as if they did not exist, and A's data stays as it was.
 */
@QuarkusTest
class TenantIsolationTest {

    /** A word that only A's messages contain. */
    private static final String A_SECRET = "zebrakuning";

    @Inject
    TestData data;

    // tenant A
    TestUser supervisorA;
    TestUser agentA;
    TestChannel channelA;
    TestTag tagA;
    TestTemplate templateA;
    long roomA;
    long resolvedByBatchA;
    String batchA;

    // tenant B
    TestTenant tenantB;
    TestUser supervisorB;
    TestUser agentB;
    TestChannel channelB;
    TestTag tagB;
    TestTemplate templateB;
    long roomB;

    @BeforeEach
    void twoTenants() {
        TestTenant tenantA = data.tenant();
        supervisorA = data.supervisor(tenantA);
        agentA = data.agent(tenantA);
        channelA = data.whatsApp(tenantA);
        tagA = data.tag(tenantA);
        templateA = data.approvedTemplate(channelA);
        roomA = inbound(supervisorA, channelA, TestData.unique("contact"), "Alya Anggraini", "+6281111111111",
                "Pesanan " + A_SECRET + " saya", openSentAt()).roomId();
        assignTo(supervisorA, roomA, agentA);
        tagged(supervisorA, roomA, tagA);
        resolvedByBatchA = room(supervisorA, channelA, "Arif Expired", expiredSentAt());
        batchA = Api.as(supervisorA).body(Map.of()).post("/api/v1/rooms/resolve-expired")
                .then().statusCode(200).extract().path("batchId");
        assertThat(batchA).isNotNull();

        tenantB = data.tenant();
        supervisorB = data.supervisor(tenantB);
        agentB = data.agent(tenantB);
        channelB = data.whatsApp(tenantB);
        tagB = data.tag(tenantB);
        templateB = data.approvedTemplate(channelB);
        roomB = room(supervisorB, channelB, "Bima Budiman", openSentAt());
    }

    /** Everything A's supervisor can see of a room: the room and its messages. */
    private record Snapshot(Map<String, Object> room, List<Object> messages) {
    }

    private Snapshot snapshot(TestUser user, long roomId) {
        Map<String, Object> room = Api.as(user).get("/api/v1/rooms/" + roomId)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        List<Object> messages = Api.as(user).queryParam("limit", 100).get("/api/v1/rooms/" + roomId + "/messages")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return new Snapshot(room, messages);
    }

    private static void assertNotFound(Response response) {
        response.then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found"));
        assertThat(response.asString()).doesNotContain(A_SECRET, "Alya");
    }

    private static void assertRefused(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isIn(400, 404, 422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.asString()).doesNotContain(A_SECRET, "Alya");
    }

    // ---------------------------------------------------------------- A's ids in the path

    private Response callAsB(String operation) {
        String room = "/api/v1/rooms/" + roomA;
        return switch (operation) {
            case "get room" -> Api.as(supervisorB).get(room);
            case "list messages" -> Api.as(supervisorB).get(room + "/messages");
            case "reply" -> Api.as(supervisorB).body(Map.of("text", "halo dari B")).post(room + "/messages");
            case "template message with B's template" -> Api.as(supervisorB)
                    .header("Idempotency-Key", TestData.unique("key"))
                    .body(Map.of("templateId", templateB.id(), "parameters", List.of("Budi", "ORD-1")))
                    .post(room + "/template-messages");
            case "template message with A's template" -> Api.as(supervisorB)
                    .header("Idempotency-Key", TestData.unique("key"))
                    .body(Map.of("templateId", templateA.id(), "parameters", List.of("Budi", "ORD-1")))
                    .post(room + "/template-messages");
            case "resolve" -> Api.as(supervisorB).post(room + "/resolve");
            case "assign to B's agent" -> Api.as(supervisorB).body(Map.of("agentId", agentB.id())).put(room + "/assignee");
            case "unassign" -> Api.as(supervisorB).body("{\"agentId\": null}").put(room + "/assignee");
            case "put B's tag" -> Api.as(supervisorB).put(room + "/tags/" + tagB.id());
            case "put A's tag" -> Api.as(supervisorB).put(room + "/tags/" + tagA.id());
            case "delete A's tag" -> Api.as(supervisorB).delete(room + "/tags/" + tagA.id());
            case "mark read" -> Api.as(supervisorB).post(room + "/read");
            default -> throw new IllegalArgumentException(operation);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"get room", "list messages", "reply", "template message with B's template",
            "template message with A's template", "resolve", "assign to B's agent", "unassign", "put B's tag",
            "put A's tag", "delete A's tag", "mark read"})
    void operationOnARoomOfAnotherTenantIsNotFoundAndChangesNothing(String operation) {
        Snapshot before = snapshot(supervisorA, roomA);

        assertNotFound(callAsB(operation));

        assertThat(snapshot(supervisorA, roomA)).isEqualTo(before);
    }

    @Test
    void agentOfAnotherTenantGetsNotFoundLikeASupervisor() {
        Snapshot before = snapshot(supervisorA, roomA);

        assertNotFound(Api.as(agentB).get("/api/v1/rooms/" + roomA));
        assertNotFound(Api.as(agentB).body(Map.of("text", "halo")).post("/api/v1/rooms/" + roomA + "/messages"));
        assertNotFound(Api.as(agentB).post("/api/v1/rooms/" + roomA + "/resolve"));

        assertThat(snapshot(supervisorA, roomA)).isEqualTo(before);
    }

    @Test
    void undoOfAnotherTenantsBatchIsNotFoundAndReopensNothing() {
        Snapshot before = snapshot(supervisorA, resolvedByBatchA);
        assertThat(before.room().get("status")).isEqualTo("RESOLVED");

        assertNotFound(Api.as(supervisorB).post("/api/v1/rooms/resolve-expired/" + batchA + "/undo"));

        assertThat(snapshot(supervisorA, resolvedByBatchA)).isEqualTo(before);
    }

    // ---------------------------------------------------------------- A's ids in the query

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agentId", "tagId", "channelId"})
    void filterByAnotherTenantsIdNeverListsItsRooms(String parameter) {
        long idOfA = switch (parameter) {
            case "agentId" -> agentA.id();
            case "tagId" -> tagA.id();
            default -> channelA.id();
        };
        // the same filter finds the room for A, so B's answer is not empty by accident
        assertThat(roomIds(supervisorA, parameter, idOfA)).contains(roomA);

        Response list = query(supervisorB, parameter, idOfA).get("/api/v1/rooms");

        if (list.statusCode() == 200) {
            assertThat(list.jsonPath().getList("items")).isEmpty();
        } else {
            assertRefused(list);
        }
        assertThat(list.asString()).doesNotContain(A_SECRET, "Alya");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"agentId", "tagId", "channelId"})
    void countsFilteredByAnotherTenantsIdCountNothing(String parameter) {
        long idOfA = switch (parameter) {
            case "agentId" -> agentA.id();
            case "tagId" -> tagA.id();
            default -> channelA.id();
        };

        Response counts = query(supervisorB, parameter, idOfA).get("/api/v1/rooms/counts");

        if (counts.statusCode() == 200) {
            assertThat(counts.jsonPath().getInt("tabs.all")).isZero();
            assertThat(counts.jsonPath().getMap("sessions", String.class, Integer.class).values()).containsOnly(0);
        } else {
            assertRefused(counts);
        }
    }

    // ---------------------------------------------------------------- A's ids in the body

    @Test
    void assigningToAnotherTenantsUserIsRefusedWithoutEffect() {
        Snapshot before = snapshot(supervisorB, roomB);

        assertRefused(Api.as(supervisorB).body(Map.of("agentId", agentA.id())).put("/api/v1/rooms/" + roomB + "/assignee"));

        assertThat(snapshot(supervisorB, roomB)).isEqualTo(before);
        assertThat(before.room().get("assignee")).isNull();
    }

    @Test
    void sendingAnotherTenantsTemplateIsRefusedWithoutEffect() {
        Snapshot before = snapshot(supervisorB, roomB);

        assertRefused(Api.as(supervisorB).header("Idempotency-Key", TestData.unique("key"))
                .body(Map.of("templateId", templateA.id(), "parameters", List.of("Budi", "ORD-1")))
                .post("/api/v1/rooms/" + roomB + "/template-messages"));

        assertThat(snapshot(supervisorB, roomB)).isEqualTo(before);
    }

    @Test
    void inboundOnAnotherTenantsChannelIsRefusedAndCreatesNoRoom() {
        String name = TestData.unique("Intruder");

        assertRefused(Api.as(supervisorB).body(Map.of("channelId", channelA.id(),
                        "contact", Map.of("externalId", TestData.unique("contact"), "name", name), "text", "halo"))
                .post("/api/v1/inbound/messages"));

        assertThat(roomIds(supervisorA, "q", name)).isEmpty();
        assertThat(roomIds(supervisorB, "q", name)).isEmpty();
        assertThat(roomIds(supervisorA)).containsExactly(roomA);
        assertThat(roomIds(supervisorA, "status", "resolved")).containsExactly(resolvedByBatchA);
    }

    @Test
    void resolveExpiredNarrowedToAnotherTenantsChannelIsRefusedAndResolvesNothing() {
        long expiredA = room(supervisorA, channelA, "Ayu Expired", expiredSentAt());
        long expiredB = room(supervisorB, channelB, "Bagus Expired", expiredSentAt());

        assertRefused(Api.as(supervisorB).body(Map.of("channelIds", List.of(channelA.id())))
                .post("/api/v1/rooms/resolve-expired"));

        assertThat(statusOf(supervisorA, expiredA)).isEqualTo("UNASSIGNED");
        assertThat(statusOf(supervisorB, expiredB)).isEqualTo("UNASSIGNED");
    }

    @Test
    void resolveExpiredOfBNeverTouchesRoomsOfA() {
        long expiredA = room(supervisorA, channelA, "Ayu Expired", expiredSentAt());
        long expiredB = room(supervisorB, channelB, "Bagus Expired", expiredSentAt());

        Api.as(supervisorB).body(Map.of()).post("/api/v1/rooms/resolve-expired")
                .then().statusCode(200).body("resolvedCount", equalTo(1));

        assertThat(statusOf(supervisorA, expiredA)).isEqualTo("UNASSIGNED");
        assertThat(statusOf(supervisorB, expiredB)).isEqualTo("RESOLVED");
    }

    private static String statusOf(TestUser user, long roomId) {
        return Api.as(user).get("/api/v1/rooms/" + roomId).then().statusCode(200).extract().path("status");
    }

    // ---------------------------------------------------------------- B's own views

    @Test
    void listOfBHoldsOnlyRoomsOfB() {
        assertThat(roomIds(supervisorB)).containsExactly(roomB);
        assertThat(roomIds(agentB, "status", "resolved")).isEmpty();
    }

    @Test
    void countsOfBCountOnlyRoomsOfB() {
        JsonPath counts = counts(supervisorB);

        assertThat(counts.getMap("tabs", String.class, Integer.class))
                .isEqualTo(Map.of("all", 1, "mine", 0, "unassigned", 1, "assigned", 0, "resolved", 0));
        assertThat(counts.getMap("sessions", String.class, Integer.class))
                .isEqualTo(Map.of("open", 1, "expiring", 0, "expired", 0));
    }

    @Test
    void contactSearchOfBNeverFindsContactsOfA() {
        assertThat(roomIds(supervisorA, "q", "Alya")).containsExactly(roomA);

        assertThat(roomIds(supervisorB, "q", "Alya")).isEmpty();
        assertThat(roomIds(supervisorB, "q", "081111111111")).isEmpty();
    }

    @Test
    void messageSearchOfBNeverFindsMessagesOfA() {
        // A finds its own message, so the word is searchable
        assertThat(query(supervisorA, "q", A_SECRET).get("/api/v1/search/messages")
                .then().statusCode(200).extract().jsonPath().getList("items.room.id", Long.class)).containsExactly(roomA);

        Response search = query(supervisorB, "q", A_SECRET).get("/api/v1/search/messages");

        search.then().statusCode(200).body("items.size()", equalTo(0));
        assertThat(search.asString()).doesNotContain(A_SECRET);
    }

    @Test
    void messageSearchOfBFindsItsOwnMessagesOnly() {
        inbound(supervisorB, channelB, TestData.unique("contact"), "Bayu", null, "Pesanan saya di mana?", null);
        inbound(supervisorA, channelA, TestData.unique("contact"), "Anton", null, "Pesanan saya juga?", null);

        List<Long> rooms = query(supervisorB, "q", "pesanan").get("/api/v1/search/messages")
                .then().statusCode(200).extract().jsonPath().getList("items.room.id", Long.class);

        assertThat(rooms).hasSize(1).doesNotContain(roomA);
        assertThat(roomIds(supervisorB)).containsAll(rooms);
    }
}
