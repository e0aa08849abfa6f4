package id.inbox.room;

import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.room.RoomLocks.awaitBackendsWaitingForALock;
import static id.inbox.room.RoomLocks.inBackground;
import static id.inbox.support.Api.ROOMS;
import static id.inbox.support.Api.conversation;
import static id.inbox.support.Api.inbound;
import static id.inbox.support.Api.room;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes from an out-of-date screen: GET /rooms/{id} gives the room's version as an ETag; a write sent with
 * it in If-Match is done only while the room is still that version, else 412 room-changed with the room as it
 * is now. Without If-Match a write applies to the room as it is.
 */
@QuarkusTest
class OutOfDateScreenTest {

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;
    String customer;
    long roomId;

    @BeforeEach
    void openRoom() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        customer = externalId();
        roomId = inbound(supervisor, whatsApp, customer, "Halo, pesanan saya belum sampai", null, null)
                .then().statusCode(201).extract().jsonPath().getLong("roomId");
    }

    /** What the agent's screen shows: the ETag of GET /rooms/{id}. */
    private String etagOnScreen() {
        return Api.as(agent).get(ROOMS + "/" + roomId).then().statusCode(200).extract().header("ETag");
    }

    private void customerWritesAgain() {
        inbound(supervisor, whatsApp, customer, "Halo? Ada orang?", null, null).then().statusCode(201);
    }

    private Response resolve(String ifMatch) {
        return Api.as(agent).header("If-Match", ifMatch).post(ROOMS + "/" + roomId + "/resolve");
    }

    @Test
    void roomCarriesItsVersionAsAStrongETag() {
        Response response = Api.as(agent).get(ROOMS + "/" + roomId);

        response.then().statusCode(200);
        assertThat(response.header("ETag")).isEqualTo("\"v" + response.jsonPath().getInt("version") + "\"");
    }

    @Test
    void resolvingFromAScreenThatMissedACustomerMessageIsRefusedWithTheRoomAsItIsNow() {
        String seen = etagOnScreen();
        customerWritesAgain();

        Response response = resolve(seen);

        response.then().statusCode(412).contentType("application/problem+json")
                .body("code", equalTo("room-changed"))
                .body("room.id", equalTo((int) roomId))
                .body("room.status", equalTo("UNASSIGNED"))
                .body("room.unreadCount", equalTo(2))
                .body("room.lastMessage.preview", equalTo("Halo? Ada orang?"));
        assertThat(response.header("ETag")).isEqualTo("\"v" + response.jsonPath().getInt("room.version") + "\"")
                .isNotEqualTo(seen);
        JsonPath room = room(agent, roomId);
        assertThat(room.getString("status")).isEqualTo("UNASSIGNED");
        assertThat(room.getInt("unreadCount")).isEqualTo(2);
    }

    @Test
    void resolvingWithTheCurrentETagResolvesAndAnswersTheNewETag() {
        Response response = resolve(etagOnScreen());

        response.then().statusCode(200).body("status", equalTo("RESOLVED"));
        assertThat(response.header("ETag")).isEqualTo("\"v" + response.jsonPath().getInt("version") + "\"")
                .isEqualTo(etagOnScreen());
    }

    @Test
    void resolvingWithoutIfMatchAppliesToTheRoomAsItIs() {
        customerWritesAgain();

        Api.as(agent).post(ROOMS + "/" + roomId + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void aChangeBetweenTheCheckAndTheWriteIsCaughtByTheWriteItself() throws Exception {
        String seen = etagOnScreen();
        CompletableFuture<Response> resolving;
        // another writer holds the row: the resolve passes its first check, then waits for the row
        try (Connection other = RoomLocks.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement change = other.prepareStatement(
                    "update room set unread_count = unread_count + 1, version = version + 1 where id = ?")) {
                change.setLong(1, roomId);
                assertThat(change.executeUpdate()).isEqualTo(1);
            }
            resolving = inBackground(() -> resolve(seen));
            awaitBackendsWaitingForALock(1, resolving);
            other.commit();
        }

        resolving.join().then().statusCode(412).body("code", equalTo("room-changed"));
        assertThat(room(agent, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void everyRoomWriteFromAnOutOfDateScreenIsRefusedAndChangesNothing() {
        TestTag tag = data.tag(tenant);
        Map<String, Function<String, Response>> writes = new HashMap<>();
        writes.put("assign", etag -> Api.as(agent).header("If-Match", etag).body(Map.of("agentId", agent.id()))
                .put(ROOMS + "/" + roomId + "/assignee"));
        writes.put("tag", etag -> Api.as(agent).header("If-Match", etag).put(ROOMS + "/" + roomId + "/tags/" + tag.id()));
        writes.put("untag", etag -> Api.as(agent).header("If-Match", etag).delete(ROOMS + "/" + roomId + "/tags/" + tag.id()));
        writes.put("read", etag -> Api.as(agent).header("If-Match", etag).post(ROOMS + "/" + roomId + "/read"));
        writes.put("reply", etag -> Api.as(agent).header("If-Match", etag).body(Map.of("text", "Sudah kami cek"))
                .post(ROOMS + "/" + roomId + "/messages"));
        String seen = etagOnScreen();
        customerWritesAgain();
        JsonPath before = room(agent, roomId);

        writes.forEach((name, write) -> write.apply(seen).then().statusCode(412)
                .body("code", equalTo("room-changed")).body("room.version", equalTo(before.getInt("version"))));

        JsonPath after = room(agent, roomId);
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
        assertThat(after.getInt("unreadCount")).isEqualTo(2);
        assertThat(after.getList("tags")).isEmpty();
        assertThat(conversation(agent, roomId)).noneMatch(m -> "OUTBOUND".equals(m.get("direction")));
    }

    @Test
    void everyRoomWriteWithTheCurrentETagIsDoneAndAnswersTheNewOne() {
        TestTag tag = data.tag(tenant);

        Response tagged = Api.as(agent).header("If-Match", etagOnScreen()).put(ROOMS + "/" + roomId + "/tags/" + tag.id());
        tagged.then().statusCode(200);
        assertThat(tagged.header("ETag")).isEqualTo(etagOnScreen());

        Response replied = Api.as(agent).header("If-Match", etagOnScreen()).body(Map.of("text", "Sudah kami cek"))
                .post(ROOMS + "/" + roomId + "/messages");
        replied.then().statusCode(201);
        assertThat(replied.header("ETag")).isEqualTo(etagOnScreen());

        Response assigned = Api.as(supervisor).header("If-Match", etagOnScreen()).body(Map.of("agentId", supervisor.id()))
                .put(ROOMS + "/" + roomId + "/assignee");
        assigned.then().statusCode(200).body("assignee.id", equalTo((int) supervisor.id()));
        assertThat(assigned.header("ETag")).isEqualTo(etagOnScreen());
    }

    @Test
    void ifMatchThatIsNotAnEntityTagIsABadRequest() {
        resolve("12").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        assertThat(room(agent, roomId).getString("status")).isEqualTo("UNASSIGNED");
    }

    @Test
    void weakETagNeverMatchesBecauseIfMatchComparesStrongly() {
        String seen = etagOnScreen();

        resolve("W/" + seen).then().statusCode(412).body("code", equalTo("room-changed"));
    }
}
