package id.inbox.room;

import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.expiredSentAt;
import static id.inbox.room.RoomFixtures.expiringSentAt;
import static id.inbox.room.RoomFixtures.inbound;
import static id.inbox.room.RoomFixtures.now;
import static id.inbox.room.RoomFixtures.openSentAt;
import static id.inbox.room.RoomFixtures.resolved;
import static id.inbox.room.RoomFixtures.room;
import static id.inbox.room.RoomFixtures.tagged;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.roomIds;
import static id.inbox.support.Api.rooms;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RoomListTest {

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

    // ---------------------------------------------------------------- tabs

    /** One room of each status: unassigned, assigned to the agent, resolved. */
    private record ByStatus(long unassigned, long assigned, long resolved) {
    }

    private ByStatus oneRoomOfEachStatus() {
        long unassigned = room(supervisor, whatsApp, openSentAt());
        long assigned = room(supervisor, whatsApp, openSentAt());
        assignTo(supervisor, assigned, agent);
        long resolved = room(supervisor, whatsApp, openSentAt());
        resolved(supervisor, resolved);
        return new ByStatus(unassigned, assigned, resolved);
    }

    @Test
    void allTabIsTheDefaultAndListsTheRoomsStillBeingWorked() {
        ByStatus rooms = oneRoomOfEachStatus();

        assertThat(roomIds(agent)).containsExactlyInAnyOrder(rooms.unassigned(), rooms.assigned());
        assertThat(roomIds(agent, "status", "all")).containsExactlyInAnyOrder(rooms.unassigned(), rooms.assigned());
    }

    @Test
    void mineTabListsTheCallersAssignedRooms() {
        ByStatus rooms = oneRoomOfEachStatus();

        assertThat(roomIds(agent, "status", "mine")).containsExactly(rooms.assigned());
        assertThat(roomIds(supervisor, "status", "mine")).isEmpty();
    }

    @Test
    void unassignedTabListsOnlyUnassignedRooms() {
        ByStatus rooms = oneRoomOfEachStatus();

        assertThat(roomIds(agent, "status", "unassigned")).containsExactly(rooms.unassigned());
    }

    @Test
    void assignedTabListsOnlyAssignedRooms() {
        ByStatus rooms = oneRoomOfEachStatus();

        assertThat(roomIds(agent, "status", "assigned")).containsExactly(rooms.assigned());
    }

    @Test
    void resolvedTabListsOnlyResolvedRooms() {
        ByStatus rooms = oneRoomOfEachStatus();

        assertThat(roomIds(agent, "status", "resolved")).containsExactly(rooms.resolved());
    }

    @Test
    void everyUserOfTheTenantSeesRoomsAssignedToOthers() {
        TestUser otherAgent = data.agent(tenant);
        long othersRoom = room(supervisor, whatsApp, openSentAt());
        assignTo(supervisor, othersRoom, otherAgent);

        assertThat(roomIds(agent, "status", "assigned")).containsExactly(othersRoom);
    }

    // ---------------------------------------------------------------- filters

    @Test
    void sessionFilterTakesSeveralStatesAtOnce() {
        long open = room(supervisor, whatsApp, openSentAt());
        long expiring = room(supervisor, whatsApp, expiringSentAt());
        long expired = room(supervisor, whatsApp, expiredSentAt());
        long windowless = room(supervisor, data.email(tenant), expiredSentAt());

        assertThat(roomIds(agent, "session", "open")).containsExactlyInAnyOrder(open, windowless);
        assertThat(roomIds(agent, "session", "expiring")).containsExactly(expiring);
        assertThat(roomIds(agent, "session", "expired")).containsExactly(expired);
        assertThat(roomIds(agent, "session", "expiring", "session", "expired"))
                .containsExactlyInAnyOrder(expiring, expired);
        assertThat(roomIds(agent, "session", "open", "session", "expired"))
                .containsExactlyInAnyOrder(open, windowless, expired);
    }

    @Test
    void sessionStateOfEachRoomMatchesItsWindow() {
        long open = room(supervisor, whatsApp, openSentAt());
        long expiring = room(supervisor, whatsApp, expiringSentAt());
        long expired = room(supervisor, whatsApp, expiredSentAt());
        long windowless = room(supervisor, data.email(tenant), expiredSentAt());

        JsonPath list = rooms(agent).jsonPath();

        assertThat(list.getString("items.find { it.id == " + open + " }.sessionState")).isEqualTo("OPEN");
        assertThat(list.getString("items.find { it.id == " + expiring + " }.sessionState")).isEqualTo("EXPIRING");
        assertThat(list.getString("items.find { it.id == " + expired + " }.sessionState")).isEqualTo("EXPIRED");
        assertThat(list.getString("items.find { it.id == " + windowless + " }.sessionState")).isEqualTo("OPEN");
        assertThat(list.getString("items.find { it.id == " + windowless + " }.windowExpiresAt")).isNull();
    }

    @Test
    void agentFilterIsRepeatableAndMatchesAnyOfTheAgents() {
        TestUser second = data.agent(tenant);
        TestUser third = data.agent(tenant);
        long first = room(supervisor, whatsApp, openSentAt());
        assignTo(supervisor, first, agent);
        long secondsRoom = room(supervisor, whatsApp, openSentAt());
        assignTo(supervisor, secondsRoom, second);
        long thirdsRoom = room(supervisor, whatsApp, openSentAt());
        assignTo(supervisor, thirdsRoom, third);
        room(supervisor, whatsApp, openSentAt());

        assertThat(roomIds(agent, "agentId", agent.id())).containsExactly(first);
        assertThat(roomIds(agent, "agentId", agent.id(), "agentId", second.id()))
                .containsExactlyInAnyOrder(first, secondsRoom);
    }

    @Test
    void tagFilterMatchesRoomsWithAnyOfTheTags() {
        TestTag vip = data.tag(tenant);
        TestTag complaint = data.tag(tenant);
        TestTag other = data.tag(tenant);
        long vipRoom = room(supervisor, whatsApp, openSentAt());
        tagged(supervisor, vipRoom, vip);
        long complaintRoom = room(supervisor, whatsApp, openSentAt());
        tagged(supervisor, complaintRoom, complaint);
        long bothRoom = room(supervisor, whatsApp, openSentAt());
        tagged(supervisor, bothRoom, vip);
        tagged(supervisor, bothRoom, complaint);
        long otherRoom = room(supervisor, whatsApp, openSentAt());
        tagged(supervisor, otherRoom, other);
        room(supervisor, whatsApp, openSentAt());

        assertThat(roomIds(agent, "tagId", vip.id())).containsExactlyInAnyOrder(vipRoom, bothRoom);
        // any-of: a room with both tags is listed once
        assertThat(roomIds(agent, "tagId", vip.id(), "tagId", complaint.id()))
                .containsExactlyInAnyOrder(vipRoom, complaintRoom, bothRoom);
    }

    @Test
    void channelFilterIsRepeatable() {
        TestChannel email = data.email(tenant);
        TestChannel telegram = data.channel(tenant, "TELEGRAM", 1440);
        long onWhatsApp = room(supervisor, whatsApp, openSentAt());
        long onEmail = room(supervisor, email, openSentAt());
        long onTelegram = room(supervisor, telegram, openSentAt());

        assertThat(roomIds(agent, "channelId", email.id())).containsExactly(onEmail);
        assertThat(roomIds(agent, "channelId", whatsApp.id(), "channelId", telegram.id()))
                .containsExactlyInAnyOrder(onWhatsApp, onTelegram);
    }

    @Test
    void qFindsContactNamePartiallyIgnoringCase() {
        long siti = room(supervisor, whatsApp, "Siti Rahmawati", openSentAt());
        room(supervisor, whatsApp, "Budi Santoso", openSentAt());

        assertThat(roomIds(agent, "q", "RAHMA")).containsExactly(siti);
        assertThat(roomIds(agent, "q", "ti rah")).containsExactly(siti);
    }

    @Test
    void qFindsContactNameIgnoringAccents() {
        long jose = room(supervisor, whatsApp, "José Ramírez", openSentAt());
        room(supervisor, whatsApp, "Joko Widodo", openSentAt());

        assertThat(roomIds(agent, "q", "jose")).containsExactly(jose);
        assertThat(roomIds(agent, "q", "ramirez")).containsExactly(jose);
        assertThat(roomIds(agent, "q", "JOSÉ")).containsExactly(jose);
    }

    @ParameterizedTest
    @ValueSource(strings = {"081234567890", "6281234567890", "+62 812-3456-7890", "+6281234567890", "3456"})
    void qFindsContactPhoneInAnyWrittenForm(String q) {
        long withPhone = inbound(supervisor, whatsApp, TestData.unique("contact"), "Dewi Lestari", "+6281234567890",
                "Halo", openSentAt()).roomId();
        inbound(supervisor, whatsApp, TestData.unique("contact"), "Rina Putri", "+6285700001111", "Halo", openSentAt());

        assertThat(roomIds(agent, "q", q)).containsExactly(withPhone);
    }

    @Test
    void qIsLiteralTextNotAPattern() {
        room(supervisor, whatsApp, "Siti Rahmawati", openSentAt());
        long percent = room(supervisor, whatsApp, "Diskon 100% Store", openSentAt());

        assertThat(roomIds(agent, "q", "%")).containsExactly(percent);
        assertThat(roomIds(agent, "q", "_")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"'", "\"", "\\", "' OR 1=1 --", "a:*", "订单", "أين", "📦", "pesanan\u0000", "+", "()"})
    void qWithOddCharactersIsNeverAServerError(String q) {
        room(supervisor, whatsApp, "Siti Rahmawati", openSentAt());

        io.restassured.response.Response response = Api.query(agent, "q", q).get("/api/v1/rooms");

        assertThat(response.statusCode()).as("status for %s", q).isIn(200, 400);
        if (response.statusCode() == 200) {
            assertThat(response.jsonPath().getList("items")).as("nothing matches %s", q).isEmpty();
        }
    }

    @Test
    void combinedFiltersMustAllHold() {
        TestTag vip = data.tag(tenant);
        TestChannel email = data.email(tenant);
        // the one room that satisfies every filter
        long match = room(supervisor, whatsApp, "Andi Wijaya", openSentAt());
        assignTo(supervisor, match, agent);
        tagged(supervisor, match, vip);
        // each of these misses exactly one filter
        long untagged = room(supervisor, whatsApp, "Andi Pratama", openSentAt());
        assignTo(supervisor, untagged, agent);
        long otherChannel = room(supervisor, email, "Andi Kusuma", openSentAt());
        assignTo(supervisor, otherChannel, agent);
        tagged(supervisor, otherChannel, vip);
        long unassigned = room(supervisor, whatsApp, "Andi Saputra", openSentAt());
        tagged(supervisor, unassigned, vip);
        long expiring = room(supervisor, whatsApp, "Andi Hidayat", expiringSentAt());
        assignTo(supervisor, expiring, agent);
        tagged(supervisor, expiring, vip);
        long otherName = room(supervisor, whatsApp, "Bayu Wijaya", openSentAt());
        assignTo(supervisor, otherName, agent);
        tagged(supervisor, otherName, vip);

        List<Long> ids = roomIds(agent, "status", "assigned", "session", "open", "agentId", agent.id(),
                "tagId", vip.id(), "channelId", whatsApp.id(), "q", "andi");

        assertThat(ids).containsExactly(match);
    }

    // ---------------------------------------------------------------- sort

    /**
     * Rooms created oldest message first (so latest/oldest do not depend on whether lastActivityAt is the
     * message time or the arrival time), with windows closing in an order unlike their activity order.
     */
    private record Sortable(long expiredLongAgo, long longWindow, long expiring, long windowless, long open) {
    }

    private Sortable roomsWhoseDeadlineOrderDiffersFromActivityOrder() {
        TestChannel longWindow = data.channel(tenant, "WHATSAPP", 4320);
        OffsetDateTime now = now();
        long expiredLongAgo = room(supervisor, whatsApp, now.minusHours(30));   // closed 6 h ago
        long longWindowRoom = room(supervisor, longWindow, now.minusHours(28)); // closes in 44 h
        long expiring = room(supervisor, whatsApp, now.minusHours(21));         // closes in 3 h
        long windowless = room(supervisor, data.email(tenant), now.minusHours(5));
        long open = room(supervisor, whatsApp, now.minusHours(1));              // closes in 23 h
        return new Sortable(expiredLongAgo, longWindowRoom, expiring, windowless, open);
    }

    @Test
    void latestSortIsTheDefaultAndShowsMostRecentActivityFirst() {
        Sortable rooms = roomsWhoseDeadlineOrderDiffersFromActivityOrder();

        List<Long> expected = List.of(rooms.open(), rooms.windowless(), rooms.expiring(), rooms.longWindow(),
                rooms.expiredLongAgo());
        assertThat(roomIds(agent)).containsExactlyElementsOf(expected);
        assertThat(roomIds(agent, "sort", "latest")).containsExactlyElementsOf(expected);
    }

    @Test
    void oldestSortShowsLeastRecentActivityFirst() {
        Sortable rooms = roomsWhoseDeadlineOrderDiffersFromActivityOrder();

        assertThat(roomIds(agent, "sort", "oldest")).containsExactly(rooms.expiredLongAgo(), rooms.longWindow(),
                rooms.expiring(), rooms.windowless(), rooms.open());
    }

    @Test
    void deadlineSortPutsTheRoomsStillSavableFirstSoonestClosingFirstThenTheMostRecentlyExpired() {
        Sortable rooms = roomsWhoseDeadlineOrderDiffersFromActivityOrder();
        long expiredRecently = room(supervisor, whatsApp, now().minusHours(25)); // closed 1 h ago

        List<Long> expected = List.of(rooms.expiring(), rooms.open(), rooms.longWindow(), rooms.windowless(), expiredRecently,
                rooms.expiredLongAgo());
        assertThat(roomIds(agent, "sort", "deadline")).containsExactlyElementsOf(expected);
        assertThat(Api.walk(agent, Api.ROOMS, "id", 2, () -> { }, "sort", "deadline")).containsExactlyElementsOf(expected);
    }

    @Test
    void latestSortMovesARoomUpWhenItsCustomerWritesAgain() {
        String contact = TestData.unique("contact");
        long first = inbound(supervisor, whatsApp, contact, "Early Bird", null, "Halo", now().minusHours(3)).roomId();
        long second = room(supervisor, whatsApp, now().minusHours(2));

        RoomFixtures.message(supervisor, whatsApp, contact, "Masih menunggu", now().minusMinutes(5));

        assertThat(roomIds(agent)).containsExactly(first, second);
    }

    // ---------------------------------------------------------------- shape

    @Test
    void everyRoomCarriesTheFieldsOfTheContract() {
        TestTag vip = data.tag(tenant);
        OffsetDateTime sentAt = openSentAt();
        long id = inbound(supervisor, whatsApp, TestData.unique("contact"), "Dewi Lestari", "+6281234567890",
                "Paket saya belum sampai", sentAt).roomId();
        assignTo(supervisor, id, agent);
        tagged(supervisor, id, vip);

        JsonPath list = rooms(agent).jsonPath();

        assertThat(list.getList("items")).hasSize(1);
        assertThat(list.getMap("items[0]")).containsOnlyKeys("id", "contact", "channel", "status", "assignee", "tags",
                "lastMessage", "lastActivityAt", "unreadCount", "sessionState", "windowExpiresAt",
                "expiringThresholdMinutes", "resolvedAt", "version", "adReferral");
        assertThat(list.getLong("items[0].id")).isEqualTo(id);
        assertThat(list.getMap("items[0].contact")).containsOnlyKeys("id", "name", "avatarUrl", "phone");
        assertThat(list.getLong("items[0].contact.id")).isPositive();
        assertThat(list.getString("items[0].contact.name")).isEqualTo("Dewi Lestari");
        assertThat(list.getString("items[0].contact.phone")).isEqualTo("+6281234567890");
        assertThat(list.getMap("items[0].channel")).isEqualTo(Map.of("id", (int) whatsApp.id(), "kind", "WHATSAPP",
                "name", whatsApp.name()));
        assertThat(list.getString("items[0].status")).isEqualTo("ASSIGNED");
        assertThat(list.getMap("items[0].assignee")).isEqualTo(Map.of("id", (int) agent.id(), "name", agent.name(), "active", true));
        assertThat(list.getList("items[0].tags")).containsExactly(Map.of("id", (int) vip.id(), "name", vip.name(),
                "color", "#2563eb"));
        assertThat(list.getString("items[0].lastMessage.preview")).isEqualTo("Paket saya belum sampai");
        assertThat(list.getString("items[0].lastMessage.direction")).isEqualTo("INBOUND");
        assertThat(OffsetDateTime.parse(list.getString("items[0].lastMessage.createdAt"))).isNotNull();
        assertThat(OffsetDateTime.parse(list.getString("items[0].lastActivityAt"))).isNotNull();
        assertThat(list.getInt("items[0].unreadCount")).isEqualTo(1);
        assertThat(list.getString("items[0].sessionState")).isEqualTo("OPEN");
        assertThat(OffsetDateTime.parse(list.getString("items[0].windowExpiresAt")).toInstant())
                .isEqualTo(sentAt.plusMinutes(1440).toInstant());
        assertThat(list.getInt("items[0].expiringThresholdMinutes")).isEqualTo(240);
        assertThat(list.getString("items[0].resolvedAt")).isNull();
        assertThat(list.getMap("items[0].adReferral")).isNull();
        assertThat(list.get("items[0].version") instanceof Number).as("version is a number").isTrue();
    }

    @Test
    void everyRoomOfAMixedListCarriesEveryFieldEvenWhenNull() {
        oneRoomOfEachStatus();
        room(supervisor, data.email(tenant), openSentAt());

        // the resolved room is on the Resolved tab only
        List<Map<String, Object>> items = new ArrayList<>(rooms(agent).jsonPath().getList("items"));
        items.addAll(rooms(agent, "status", "resolved").jsonPath().getList("items"));

        assertThat(items).hasSize(4).allSatisfy(item -> assertThat(item).containsOnlyKeys("id", "contact", "channel",
                "status", "assignee", "tags", "lastMessage", "lastActivityAt", "unreadCount", "sessionState",
                "windowExpiresAt", "expiringThresholdMinutes", "resolvedAt", "version", "adReferral"));
        assertThat(items).filteredOn(item -> item.get("windowExpiresAt") == null).hasSize(1);
        assertThat(items).filteredOn(item -> item.get("assignee") == null).hasSize(3);
        assertThat(items).filteredOn(item -> item.get("resolvedAt") != null).hasSize(1);
    }

    @Test
    void resolvedRoomCarriesItsResolvedAt() {
        long id = room(supervisor, whatsApp, openSentAt());
        OffsetDateTime before = now().minusSeconds(1);
        resolved(supervisor, id);

        JsonPath list = rooms(agent, "status", "resolved").jsonPath();

        assertThat(list.getString("items[0].status")).isEqualTo("RESOLVED");
        assertThat(OffsetDateTime.parse(list.getString("items[0].resolvedAt"))).isAfterOrEqualTo(before);
    }

    @Test
    void listWithoutRoomsIsAnEmptyPage() {
        JsonPath list = rooms(agent).jsonPath();

        assertThat(list.getList("items")).isEmpty();
        assertThat(list.getString("nextCursor")).isNull();
        assertThat(list.getMap("$")).containsKey("nextCursor");
    }

    @Test
    void listRequiresAToken() {
        io.restassured.RestAssured.given().get("/api/v1/rooms")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
