package id.inbox.room;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestUser;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds rooms through the public API (inbound messages, assign, resolve, tag) and reads them back,
 * for the read-side tests of the room list, counts, messages and search.
 */
public final class RoomFixtures {

    private RoomFixtures() {
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

    public static void assign(TestUser supervisor, long roomId, TestUser agent) {
        Api.as(supervisor).body(Map.of("agentId", agent.id())).put("/api/v1/rooms/" + roomId + "/assignee")
                .then().statusCode(200);
    }

    public static void resolve(TestUser supervisor, long roomId) {
        Api.as(supervisor).post("/api/v1/rooms/" + roomId + "/resolve").then().statusCode(200);
    }

    public static void tag(TestUser supervisor, long roomId, TestTag tag) {
        Api.as(supervisor).put("/api/v1/rooms/" + roomId + "/tags/" + tag.id()).then().statusCode(200);
    }

    /** A request as the user with query parameters given as name, value pairs; a name may repeat. */
    public static RequestSpecification query(TestUser user, Object... nameValuePairs) {
        RequestSpecification spec = Api.as(user);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            spec = spec.queryParam((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return spec;
    }

    /** GET /rooms with the query, answered 200. */
    public static Response rooms(TestUser user, Object... nameValuePairs) {
        Response response = query(user, nameValuePairs).get("/api/v1/rooms");
        response.then().statusCode(200);
        return response;
    }

    /** The room ids of GET /rooms with the query (one page of up to 100). */
    public static List<Long> roomIds(TestUser user, Object... nameValuePairs) {
        Object[] withLimit = new Object[nameValuePairs.length + 2];
        System.arraycopy(nameValuePairs, 0, withLimit, 0, nameValuePairs.length);
        withLimit[nameValuePairs.length] = "limit";
        withLimit[nameValuePairs.length + 1] = 100;
        return rooms(user, withLimit).jsonPath().getList("items.id", Long.class);
    }

    /** GET /rooms/counts with the query, answered 200. */
    public static JsonPath counts(TestUser user, Object... nameValuePairs) {
        Response response = query(user, nameValuePairs).get("/api/v1/rooms/counts");
        response.then().statusCode(200);
        return response.jsonPath();
    }

    /** GET /rooms/{id} as the user, answered 200. */
    public static JsonPath room(TestUser user, long roomId) {
        Response response = Api.as(user).get("/api/v1/rooms/" + roomId);
        response.then().statusCode(200);
        return response.jsonPath();
    }

    /**
     * Walks every page of a list that answers {items, nextCursor}, following nextCursor, and returns the
     * ids at itemIdPath in the order received. {@code between} runs after each page (before the next).
     */
    public static List<Long> walk(TestUser user, String path, String itemIdPath, int limit, Runnable between,
                                  Object... nameValuePairs) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            RequestSpecification spec = query(user, nameValuePairs).queryParam("limit", limit);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            Response response = spec.get(path);
            response.then().statusCode(200);
            List<Long> pageIds = response.jsonPath().getList("items." + itemIdPath, Long.class);
            assertThat(pageIds).as("page %d of %s", page, path).hasSizeLessThanOrEqualTo(limit);
            ids.addAll(pageIds);
            cursor = response.jsonPath().getString("nextCursor");
            if (cursor == null) {
                return ids;
            }
            between.run();
        }
        throw new AssertionError("more than 100 pages: the cursor does not advance");
    }
}
