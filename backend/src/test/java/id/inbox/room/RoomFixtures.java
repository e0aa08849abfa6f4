package id.inbox.room;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestUser;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Rooms in a known state, made through the API (a customer message, an assignment, a resolve, a tag),
 * each step checked to have worked; and the times that put a window in a session state. The requests
 * themselves are in {@link Api}.
 */
public final class RoomFixtures {

    private RoomFixtures() {
    }

    /** Now minus the duration, whole seconds, so a round trip through the database keeps it exact. */
    public static OffsetDateTime ago(Duration duration) {
        return OffsetDateTime.now(ZoneOffset.UTC).minus(duration).truncatedTo(ChronoUnit.SECONDS);
    }

    public static Instant instant(String value) {
        return value == null ? null : OffsetDateTime.parse(value).toInstant();
    }

    public static String externalId() {
        return TestData.unique("cust");
    }

    /** What POST /inbound/messages answered. */
    public record Inbound(long roomId, long messageId) {
    }

    /** Now, to the second, so stored and returned timestamps compare exactly. */
    public static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** sentAt for a window that is OPEN for about 23 more hours (on a 24-hour channel). */
    public static OffsetDateTime openSentAt() {
        return now().minusHours(1);
    }

    /** sentAt for a window with about 3 hours left: EXPIRING under the default 4-hour threshold. */
    public static OffsetDateTime expiringSentAt() {
        return now().minusHours(21);
    }

    /** sentAt for a window that closed an hour ago. */
    public static OffsetDateTime expiredSentAt() {
        return now().minusHours(25);
    }

    /** A customer message with full control over the contact; sentAt null means now. */
    public static Inbound inbound(TestUser supervisor, TestChannel channel, String externalId, String name, String phone,
                                  String text, OffsetDateTime sentAt) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("externalId", externalId);
        if (name != null) {
            contact.put("name", name);
        }
        if (phone != null) {
            contact.put("phone", phone);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("channelId", channel.id());
        body.put("contact", contact);
        body.put("text", text);
        if (sentAt != null) {
            body.put("sentAt", sentAt.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        JsonPath created = Api.as(supervisor).body(body).post("/api/v1/inbound/messages")
                .then().statusCode(201).extract().jsonPath();
        return new Inbound(created.getLong("roomId"), created.getLong("messageId"));
    }

    /** A customer message in the room of an existing contact (same externalId, same channel). */
    public static Inbound message(TestUser supervisor, TestChannel channel, String externalId, String text,
                                  OffsetDateTime sentAt) {
        return inbound(supervisor, channel, externalId, null, null, text, sentAt);
    }

    /** A new room with a new contact of the given name. */
    public static long room(TestUser supervisor, TestChannel channel, String contactName, OffsetDateTime sentAt) {
        return inbound(supervisor, channel, TestData.unique("contact"), contactName, null, "Halo, " + contactName, sentAt)
                .roomId();
    }

    /** A new room with a new contact and a generated name. */
    public static long room(TestUser supervisor, TestChannel channel, OffsetDateTime sentAt) {
        return room(supervisor, channel, TestData.unique("Customer"), sentAt);
    }

    /** A new room whose only customer message was sent at sentAt (null = now); returns its id. */
    public static long roomWithMessageAt(TestUser supervisor, TestChannel channel, OffsetDateTime sentAt) {
        return Api.inbound(supervisor, channel, externalId(), "Halo, saya mau tanya pesanan", sentAt);
    }

    /** A room with a customer message sent a moment ago (window OPEN). */
    public static long openRoom(TestUser supervisor, TestChannel channel) {
        return roomWithMessageAt(supervisor, channel, null);
    }

    /** A room whose window closed an hour ago (customer wrote 25 h ago). */
    public static long expiredRoom(TestUser supervisor, TestChannel channel) {
        return roomWithMessageAt(supervisor, channel, ago(Duration.ofHours(25)));
    }

    /** Assigns the room to the agent through the API (as the supervisor) and checks it worked. */
    public static void assignTo(TestUser supervisor, long roomId, TestUser agent) {
        Api.assign(supervisor, roomId, agent.id()).then().statusCode(200);
    }

    /** Resolves the room through the API and checks it worked. */
    public static void resolved(TestUser supervisor, long roomId) {
        Api.resolve(supervisor, roomId).then().statusCode(200);
    }

    /** Tags the room through the API and checks it worked. */
    public static void tagged(TestUser supervisor, long roomId, TestTag tag) {
        Api.tag(supervisor, roomId, tag.id()).then().statusCode(200);
    }
}
