package id.inbox.room;

import static id.inbox.room.RoomFixtures.now;
import static id.inbox.room.RoomFixtures.room;
import static id.inbox.support.Api.query;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.roomIds;
import static id.inbox.support.Api.rooms;
import static id.inbox.support.Api.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RoomPaginationTest {

    private static final int ROOMS = 25;
    private static final int LIMIT = 7;

    @Inject
    TestData data;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel whatsApp;
    TestChannel email;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        email = data.email(tenant);
    }

    /**
     * 25 rooms over the last 30 hours: expired, expiring and open windows and some windowless rooms, several
     * sharing the same message time so the keyset tie-break on id is exercised.
     */
    private List<Long> twentyFiveRooms() {
        OffsetDateTime start = now().minusHours(30);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ROOMS; i++) {
            // pairs of rooms share a sentAt; every fifth room has no window
            OffsetDateTime sentAt = start.plusHours(i / 2 * 2L);
            ids.add(room(supervisor, i % 5 == 0 ? email : whatsApp, sentAt));
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "oldest", "deadline"})
    void walkingAllPagesReturnsEveryRoomExactlyOnceInTheOrderOfTheSort(String sort) {
        List<Long> created = twentyFiveRooms();

        List<Long> walked = walk(agent, "/api/v1/rooms", "id", LIMIT, () -> { }, "sort", sort);

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        // the pages together are the one-page list, in the same order
        assertThat(walked).containsExactlyElementsOf(roomIds(agent, "sort", sort));
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "oldest", "deadline"})
    void walkingPagesWhileNewRoomsArriveReturnsEveryExistingRoomExactlyOnce(String sort) {
        List<Long> existing = twentyFiveRooms();
        List<Long> arrived = new ArrayList<>();

        List<Long> walked = walk(agent, "/api/v1/rooms", "id", LIMIT, () -> {
            arrived.add(room(supervisor, whatsApp, null));
            arrived.add(room(supervisor, email, null));
        }, "sort", sort);

        assertThat(arrived).isNotEmpty();
        assertThat(walked).doesNotHaveDuplicates().containsAll(existing);
        List<Long> extra = new ArrayList<>(walked);
        extra.removeAll(existing);
        assertThat(arrived).containsAll(extra);
    }

    @Test
    void pagingWorksWithFilters() {
        List<Long> created = twentyFiveRooms();
        List<Long> onWhatsApp = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            if (i % 5 != 0) {
                onWhatsApp.add(created.get(i));
            }
        }

        List<Long> walked = walk(agent, "/api/v1/rooms", "id", 3, () -> { }, "channelId", whatsApp.id(),
                "sort", "deadline");

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(onWhatsApp);
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "oldest", "deadline"})
    void pagingByTagsListsEachTaggedRoomOnceInTheOrderOfTheSortAndFollowsNewActivity(String sort) {
        List<Long> created = twentyFiveRooms();
        TestData.TestTag vip = data.tag(tenant);
        TestData.TestTag complaint = data.tag(tenant);
        List<Long> tagged = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            long room = created.get(i);
            if (i % 3 != 2) {
                RoomFixtures.tagged(supervisor, room, i % 3 == 0 ? vip : complaint);
                tagged.add(room);
            }
            if (i % 6 == 0) {
                RoomFixtures.tagged(supervisor, room, complaint);  // some rooms carry both tags
            }
        }
        // the oldest tagged room gets a new message: its last activity (and its place in the list) moves
        Api.as(supervisor).body(java.util.Map.of("text", "Ada kabar?")).post("/api/v1/rooms/" + tagged.get(0) + "/messages")
                .then().statusCode(201);

        List<Long> walked = walk(agent, "/api/v1/rooms", "id", LIMIT, () -> { }, "tagId", vip.id(), "tagId", complaint.id(),
                "sort", sort);

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tagged);
        List<Long> allInOrder = roomIds(agent, "sort", sort);
        assertThat(walked).containsExactlyElementsOf(allInOrder.stream().filter(tagged::contains).toList());
        if (!sort.equals("deadline")) {
            assertThat(walked.get(sort.equals("latest") ? 0 : walked.size() - 1)).isEqualTo(tagged.get(0));
        }
    }

    @Test
    void lastPageHasNoNextCursor() {
        for (int i = 0; i < 3; i++) {
            room(supervisor, whatsApp, now().minusHours(3 - i));
        }

        String cursor = rooms(agent, "limit", 2).jsonPath().getString("nextCursor");
        assertThat(cursor).isNotNull();

        rooms(agent, "limit", 2, "cursor", cursor).then()
                .body("items.size()", equalTo(1))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void exactlyFullLastPageHasNoNextCursor() {
        for (int i = 0; i < 2; i++) {
            room(supervisor, whatsApp, now().minusHours(3 - i));
        }

        rooms(agent, "limit", 2).then()
                .body("items.size()", equalTo(2))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void defaultPageSizeIsFifty() {
        for (int i = 0; i < 51; i++) {
            room(supervisor, whatsApp, null);
        }

        rooms(agent).then().body("items.size()", equalTo(50));
    }

    // ---------------------------------------------------------------- bad cursors

    private String validLatestCursor() {
        for (int i = 0; i < 3; i++) {
            room(supervisor, whatsApp, now().minusHours(3 - i));
        }
        String cursor = rooms(agent, "limit", 1).jsonPath().getString("nextCursor");
        assertThat(cursor).isNotNull();
        return cursor;
    }

    private void assertInvalidCursor(Object... nameValuePairs) {
        query(agent, nameValuePairs).get("/api/v1/rooms")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", org.hamcrest.Matchers.oneOf("invalid-cursor", "validation-failed"));
    }

    @Test
    void invalidCursorProblemNamesTheCursorParameter() {
        query(agent, "cursor", "not-a-cursor!!").get("/api/v1/rooms")
                .then().statusCode(400)
                .body("errors.field", hasItem("cursor"));
    }

    @Test
    void garbageCursorIsABadRequestNamingTheCursor() {
        validLatestCursor();

        assertInvalidCursor("cursor", "not-a-cursor!!");
        assertInvalidCursor("cursor", "%%%");
        assertInvalidCursor("cursor",
                Base64.getUrlEncoder().encodeToString("hello world".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void truncatedCursorIsABadRequest() {
        String cursor = validLatestCursor();

        assertInvalidCursor("cursor", cursor.substring(0, cursor.length() / 2));
        assertInvalidCursor("cursor", cursor.substring(0, 8));
    }

    @Test
    void cursorOfAnotherSortIsABadRequest() {
        String latest = validLatestCursor();

        assertInvalidCursor("sort", "oldest", "cursor", latest);
        assertInvalidCursor("sort", "deadline", "cursor", latest);
    }

    @Test
    void cursorOfTheMessageListIsNotARoomCursor() {
        String externalId = TestData.unique("contact");
        long roomId = RoomFixtures.inbound(supervisor, whatsApp, externalId, "Ani", null, "satu", now().minusHours(2))
                .roomId();
        RoomFixtures.message(supervisor, whatsApp, externalId, "dua", now().minusHours(1));
        String messagesCursor = id.inbox.support.Api.as(agent).queryParam("limit", 1)
                .get("/api/v1/rooms/" + roomId + "/messages")
                .then().statusCode(200).extract().path("nextCursor");
        assertThat(messagesCursor).isNotNull();

        assertInvalidCursor("cursor", messagesCursor);
    }
}
