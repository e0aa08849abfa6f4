package id.inbox.room;

import static id.inbox.room.RoomFixtures.ago;
import static id.inbox.room.RoomFixtures.externalId;
import static id.inbox.room.RoomFixtures.instant;
import static id.inbox.room.RoomFixtures.roomWithMessageAt;
import static id.inbox.support.Api.messages;
import static id.inbox.support.Api.reply;
import static id.inbox.support.Api.room;
import static id.inbox.support.Api.sendTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DESIGN.md 2.2: the session window is derived from the last customer message, against now. */
@QuarkusTest
class SessionWindowTest {

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

    private String sessionStateOfRoomWithMessageAt(OffsetDateTime sentAt) {
        return room(supervisor, roomWithMessageAt(supervisor, whatsApp, sentAt)).getString("sessionState");
    }

    @Test
    void roomWithMoreThanTheThresholdLeftIsOpen() {
        // 4 h 05 min of the 24 h window remain
        assertThat(sessionStateOfRoomWithMessageAt(ago(Duration.ofHours(19).plusMinutes(55)))).isEqualTo("OPEN");
    }

    @Test
    void roomWithLessThanTheThresholdLeftIsExpiring() {
        // 3 h 55 min remain
        assertThat(sessionStateOfRoomWithMessageAt(ago(Duration.ofHours(20).plusMinutes(5)))).isEqualTo("EXPIRING");
    }

    @Test
    void roomWithAMinuteLeftIsStillExpiring() {
        assertThat(sessionStateOfRoomWithMessageAt(ago(Duration.ofHours(23).plusMinutes(59)))).isEqualTo("EXPIRING");
    }

    @Test
    void roomWhoseWindowClosedAMinuteAgoIsExpired() {
        assertThat(sessionStateOfRoomWithMessageAt(ago(Duration.ofHours(24).plusMinutes(1)))).isEqualTo("EXPIRED");
    }

    @Test
    void windowExpiresExactlyTwentyFourHoursAfterTheCustomerMessage() {
        OffsetDateTime sentAt = ago(Duration.ofHours(3));

        JsonPath room = room(supervisor, roomWithMessageAt(supervisor, whatsApp, sentAt));

        assertThat(instant(room.getString("windowExpiresAt"))).isEqualTo(sentAt.plusHours(24).toInstant());
    }

    @Test
    void roomCarriesTheExpiringThresholdInForce() {
        JsonPath room = room(supervisor, RoomFixtures.openRoom(supervisor, whatsApp));

        assertThat(room.getInt("expiringThresholdMinutes")).isEqualTo(240);
    }

    @Test
    void newerCustomerMessageReopensAnExpiredWindow() {
        String customer = externalId();
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Halo?", ago(Duration.ofHours(25)));
        assertThat(room(supervisor, roomId).getString("sessionState")).isEqualTo("EXPIRED");
        OffsetDateTime newer = ago(Duration.ofHours(1));

        long sameRoom = Api.inbound(supervisor, whatsApp, customer, "Masih ada?", newer);

        JsonPath room = room(supervisor, sameRoom);
        assertThat(sameRoom).isEqualTo(roomId);
        assertThat(room.getString("sessionState")).isEqualTo("OPEN");
        assertThat(instant(room.getString("windowExpiresAt"))).isEqualTo(newer.plusHours(24).toInstant());
    }

    @Test
    void olderCustomerMessageNeverMovesTheWindowBack() {
        String customer = externalId();
        OffsetDateTime newer = ago(Duration.ofHours(1));
        long roomId = Api.inbound(supervisor, whatsApp, customer, "Pesan terbaru", newer);

        // a delayed delivery of an earlier message
        Api.inbound(supervisor, whatsApp, customer, "Pesan lama", ago(Duration.ofHours(10)));

        JsonPath room = room(supervisor, roomId);
        assertThat(instant(room.getString("windowExpiresAt"))).isEqualTo(newer.plusHours(24).toInstant());
        assertThat(room.getString("sessionState")).isEqualTo("OPEN");
    }

    @Test
    void emailRoomHasNoWindowAndIsAlwaysOpen() {
        TestChannel email = data.email(tenant);

        JsonPath room = room(supervisor, roomWithMessageAt(supervisor, email, ago(Duration.ofHours(25))));

        assertThat(room.getString("sessionState")).isEqualTo("OPEN");
        assertThat(room.getString("windowExpiresAt")).isNull();
    }

    @Test
    void templateMayBeSentToAnExpiredRoom() {
        long roomId = RoomFixtures.expiredRoom(supervisor, whatsApp);

        sendTemplate(agent, roomId, TestData.unique("key"), data.approvedTemplate(whatsApp).id(), List.of("Siti", "INV-1"))
                .then().statusCode(201).body("kind", equalTo("TEMPLATE"));
    }

    @Test
    void templateDoesNotReopenAnExpiredWindow() {
        long roomId = RoomFixtures.expiredRoom(supervisor, whatsApp);
        String windowBefore = room(supervisor, roomId).getString("windowExpiresAt");

        sendTemplate(agent, roomId, TestData.unique("key"), data.approvedTemplate(whatsApp).id(), List.of("Siti", "INV-1"))
                .then().statusCode(201);

        JsonPath room = room(supervisor, roomId);
        assertThat(room.getString("sessionState")).isEqualTo("EXPIRED");
        assertThat(instant(room.getString("windowExpiresAt"))).isEqualTo(instant(windowBefore));
    }

    @Test
    void templateDoesNotExtendAnOpenWindow() {
        long roomId = roomWithMessageAt(supervisor, whatsApp, ago(Duration.ofHours(2)));
        String windowBefore = room(supervisor, roomId).getString("windowExpiresAt");

        sendTemplate(agent, roomId, TestData.unique("key"), data.approvedTemplate(whatsApp).id(), List.of("Siti", "INV-1"))
                .then().statusCode(201);

        assertThat(instant(room(supervisor, roomId).getString("windowExpiresAt"))).isEqualTo(instant(windowBefore));
    }

    @Test
    void freeTextReplyDoesNotExtendTheWindow() {
        long roomId = roomWithMessageAt(supervisor, whatsApp, ago(Duration.ofHours(2)));
        String windowBefore = room(supervisor, roomId).getString("windowExpiresAt");

        reply(agent, roomId, "Baik, kami cek dulu ya").then().statusCode(201);

        assertThat(instant(room(supervisor, roomId).getString("windowExpiresAt"))).isEqualTo(instant(windowBefore));
    }

    @Test
    void expiredRoomRefusesFreeTextReply() {
        long roomId = RoomFixtures.expiredRoom(supervisor, whatsApp);

        reply(agent, roomId, "Maaf baru membalas").then().statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("window-expired"));
    }

    @Test
    void refusedReplyToExpiredRoomStoresNothing() {
        long roomId = RoomFixtures.expiredRoom(supervisor, whatsApp);
        List<Map<String, Object>> messagesBefore = messages(supervisor, roomId);
        JsonPath before = room(supervisor, roomId);

        reply(agent, roomId, "Maaf baru membalas").then().statusCode(422);

        JsonPath after = room(supervisor, roomId);
        assertThat(messages(supervisor, roomId)).isEqualTo(messagesBefore);
        assertThat(after.getMap("lastMessage")).isEqualTo(before.getMap("lastMessage"));
        assertThat(after.getString("lastActivityAt")).isEqualTo(before.getString("lastActivityAt"));
        // a refused reply does not take the room either
        assertThat(after.getString("status")).isEqualTo("UNASSIGNED");
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version"));
    }
}
