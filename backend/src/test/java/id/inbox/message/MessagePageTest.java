package id.inbox.message;

import static id.inbox.room.RoomFixtures.inbound;
import static id.inbox.room.RoomFixtures.message;
import static id.inbox.room.RoomFixtures.now;
import static id.inbox.support.Api.walk;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MessagePageTest {

    private static final int MESSAGES = 23;

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;
    long roomId;
    /** Message ids, oldest first. */
    List<Long> oldestFirst;

    @BeforeEach
    void roomWithTwentyThreeCustomerMessages() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        String contact = TestData.unique("contact");
        OffsetDateTime start = now().minusMinutes(60);
        oldestFirst = new ArrayList<>();
        var first = inbound(supervisor, whatsApp, contact, "Nadia", null, "pesan 0", start);
        roomId = first.roomId();
        oldestFirst.add(first.messageId());
        for (int i = 1; i < MESSAGES; i++) {
            oldestFirst.add(message(supervisor, whatsApp, contact, "pesan " + i, start.plusMinutes(i)).messageId());
        }
    }

    private List<Long> newestFirst() {
        List<Long> ids = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(ids);
        return ids;
    }

    private Response page(Object... nameValuePairs) {
        Response response = id.inbox.support.Api.query(agent, nameValuePairs)
                .get("/api/v1/rooms/" + roomId + "/messages");
        response.then().statusCode(200);
        return response;
    }

    private static List<Long> ids(Response page) {
        return page.jsonPath().getList("items.id", Long.class);
    }

    @Test
    void firstPageHoldsTheNewestMessagesNewestFirst() {
        Response page = page("limit", 5);

        assertThat(ids(page)).containsExactlyElementsOf(newestFirst().subList(0, 5));
        assertThat(page.jsonPath().getString("items[0].body")).isEqualTo("pesan 22");
        List<OffsetDateTime> times = page.jsonPath().getList("items.createdAt", String.class).stream()
                .map(OffsetDateTime::parse).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.jsonPath().getString("nextCursor")).isNotNull();
    }

    @Test
    void defaultPageHoldsUpToFiftyMessages() {
        Response page = page();

        assertThat(ids(page)).containsExactlyElementsOf(newestFirst());
        assertThat(page.jsonPath().getString("nextCursor")).isNull();
    }

    @Test
    void walkingNextCursorsCoversEveryMessageOnceNewestFirst() {
        List<Long> walked = walk(agent, "/api/v1/rooms/" + roomId + "/messages", "id", 5, () -> { });

        assertThat(walked).containsExactlyElementsOf(newestFirst());
    }

    @Test
    void newMessagesArrivingWhileWalkingOlderPagesDoNotDisturbTheWalk() {
        String contact = TestData.unique("contact");
        var first = inbound(supervisor, whatsApp, contact, "Rudi", null, "awal", now().minusMinutes(30));
        List<Long> existing = new ArrayList<>();
        existing.add(first.messageId());
        for (int i = 0; i < 11; i++) {
            existing.add(0, message(supervisor, whatsApp, contact, "lama " + i, now().minusMinutes(29 - i)).messageId());
        }

        List<Long> walked = walk(agent, "/api/v1/rooms/" + first.roomId() + "/messages", "id", 4,
                () -> message(supervisor, whatsApp, contact, "baru", null));

        // newcomers are newer than the first page, so the walk through older pages never meets them
        assertThat(walked).containsExactlyElementsOf(existing);
    }

    @Test
    void everyMessageCarriesTheFieldsOfTheContract() {
        JsonPath page = page("limit", 1).jsonPath();

        assertThat(page.getMap("items[0]")).containsKeys("id", "roomId", "direction", "kind", "body", "sender",
                "templateId", "deliveryStatus", "createdAt");
        assertThat(page.getLong("items[0].id")).isEqualTo(oldestFirst.get(MESSAGES - 1));
        assertThat(page.getLong("items[0].roomId")).isEqualTo(roomId);
        assertThat(page.getString("items[0].direction")).isEqualTo("INBOUND");
        assertThat(page.getString("items[0].kind")).isEqualTo("TEXT");
        assertThat(page.getString("items[0].body")).isEqualTo("pesan 22");
        assertThat(page.getString("items[0].sender")).isNull();
        assertThat(page.getString("items[0].templateId")).isNull();
        assertThat(OffsetDateTime.parse(page.getString("items[0].createdAt"))).isNotNull();
        assertThat(page.getMap("$")).containsKeys("items", "nextCursor", "previousCursor");
    }

    @Test
    void aroundReturnsAPageContainingTheMessageWithNewerAndOlderNeighbours() {
        long target = oldestFirst.get(11);

        Response page = page("around", target, "limit", 9);

        List<Long> ids = ids(page);
        assertThat(ids).contains(target).hasSizeLessThanOrEqualTo(9);
        int position = ids.indexOf(target);
        assertThat(position).as("newer messages before it").isGreaterThan(0);
        assertThat(position).as("older messages after it").isLessThan(ids.size() - 1);
        // the page is a contiguous run of the conversation, newest first
        int start = newestFirst().indexOf(ids.get(0));
        assertThat(ids).containsExactlyElementsOf(newestFirst().subList(start, start + ids.size()));
        assertThat(page.jsonPath().getString("nextCursor")).as("cursor to older messages").isNotNull();
        assertThat(page.jsonPath().getString("previousCursor")).as("cursor to newer messages").isNotNull();
    }

    @Test
    void cursorsOfAnAroundPageLeadToTheAdjacentOlderAndNewerMessages() {
        long target = oldestFirst.get(11);
        Response around = page("around", target, "limit", 5);
        List<Long> ids = ids(around);
        List<Long> all = newestFirst();
        int first = all.indexOf(ids.get(0));
        int last = all.indexOf(ids.get(ids.size() - 1));

        List<Long> older = ids(page("limit", 5, "cursor", around.jsonPath().getString("nextCursor")));
        List<Long> newer = ids(page("limit", 5, "cursor", around.jsonPath().getString("previousCursor")));

        assertThat(older).as("older page starts right after the around page")
                .containsExactlyElementsOf(all.subList(last + 1, Math.min(all.size(), last + 1 + older.size())));
        assertThat(older).isNotEmpty();
        assertThat(newer).as("newer page ends right before the around page, newest first")
                .containsExactlyElementsOf(all.subList(first - newer.size(), first));
        assertThat(newer).isNotEmpty();
    }

    @Test
    void aroundTheNewestMessageStartsThePageWithIt() {
        long newest = oldestFirst.get(MESSAGES - 1);

        Response page = page("around", newest, "limit", 5);

        assertThat(ids(page)).contains(newest);
        assertThat(ids(page).get(0)).isEqualTo(newest);
    }

    @Test
    void aroundAMessageOfAnotherTenantRevealsNothing() {
        TestTenant other = data.tenant();
        TestUser otherSupervisor = data.supervisor(other);
        long foreign = inbound(otherSupervisor, data.whatsApp(other), TestData.unique("contact"), "Rahasia", null,
                "nomor kartu rahasia 4111", now().minusMinutes(5)).messageId();

        Response response = id.inbox.support.Api.query(agent, "around", foreign)
                .get("/api/v1/rooms/" + roomId + "/messages");

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.asString()).doesNotContain("rahasia", "4111");
    }

    @Test
    void aroundAMessageOfAnotherRoomNeverShowsThatRoomsMessages() {
        long otherRoomMessage = inbound(supervisor, whatsApp, TestData.unique("contact"), "Lain", null,
                "pesan kamar lain", now().minusMinutes(5)).messageId();

        Response response = id.inbox.support.Api.query(agent, "around", otherRoomMessage)
                .get("/api/v1/rooms/" + roomId + "/messages");

        assertThat(response.statusCode()).isIn(200, 400, 404);
        assertThat(response.asString()).doesNotContain("pesan kamar lain");
    }

    @Test
    void garbageCursorIsABadRequest() {
        id.inbox.support.Api.query(agent, "cursor", "garbage!!").get("/api/v1/rooms/" + roomId + "/messages")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void cursorOfTheRoomListIsNotAMessageCursor() {
        id.inbox.room.RoomFixtures.room(supervisor, whatsApp, now().minusHours(2));
        String roomCursor = id.inbox.support.Api.rooms(agent, "limit", 1).jsonPath().getString("nextCursor");
        assertThat(roomCursor).isNotNull();

        id.inbox.support.Api.query(agent, "cursor", roomCursor).get("/api/v1/rooms/" + roomId + "/messages")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void messagesOfAMissingRoomAreNotFound() {
        Api.as(agent).get("/api/v1/rooms/" + Long.MAX_VALUE + "/messages")
                .then().statusCode(404).contentType("application/problem+json")
                .body("code", org.hamcrest.Matchers.equalTo("not-found"));
    }
}
