package id.inbox.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The API as tests call it: REST Assured requests as a user, one method per operation, answering the
 * response (or, for reads that must succeed, its body). Rows in a known state are made by {@code RoomFixtures}.
 */
public final class Api {

    private Api() {
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** What a sign-in gives a browser: the access token and the refresh cookie's value. */
    public record SignedIn(String accessToken, String refreshToken) {
    }

    public static SignedIn signIn(TestData.TestUser user) {
        io.restassured.response.Response response = given().contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", TestData.PASSWORD))
                .post("/api/v1/auth/login");
        response.then().statusCode(200);
        return new SignedIn(response.path("accessToken"), response.getCookie("inbox_refresh"));
    }

    /** POST /auth/refresh with a refresh token as the browser would send it. */
    public static io.restassured.response.Response refresh(String refreshToken) {
        return given().cookie("inbox_refresh", refreshToken).post("/api/v1/auth/refresh");
    }

    /** A claim of a JWT the API issued, read without verifying (the API verifies). */
    public static String claim(String jwt, String name) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getString(name);
    }

    public static String login(TestData.TestUser user) {
        return login(user.username(), TestData.PASSWORD);
    }

    private static final java.util.concurrent.ConcurrentMap<Long, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A request authenticated as the user (one login per user per test run). */
    public static RequestSpecification as(TestData.TestUser user) {
        String token = TOKENS.computeIfAbsent(user.id(), id -> login(user));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * Posts a customer message through POST /inbound/messages as the given supervisor and returns the
     * room id. sentAt null means now.
     */
    public static long inbound(TestData.TestUser supervisor, TestData.TestChannel channel, String contactExternalId,
                               String text, java.time.OffsetDateTime sentAt) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("channelId", channel.id());
        body.put("contact", java.util.Map.of("externalId", contactExternalId, "name", "Customer " + contactExternalId));
        body.put("text", text);
        if (sentAt != null) {
            body.put("sentAt", sentAt.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        return as(supervisor).body(body).post("/api/v1/inbound/messages")
                .then().statusCode(201).extract().jsonPath().getLong("roomId");
    }

    // ---- rooms and messages ----

    public static final String ROOMS = "/api/v1/rooms";

    /** POST /inbound/messages with every optional field controllable; sentAt and providerMessageId may be null. */
    public static Response inbound(TestData.TestUser caller, TestData.TestChannel channel, String externalId, String text,
                                   OffsetDateTime sentAt, String providerMessageId) {
        Map<String, Object> body = new HashMap<>();
        body.put("channelId", channel.id());
        body.put("contact", Map.of("externalId", externalId, "name", "Customer " + externalId));
        body.put("text", text);
        if (sentAt != null) {
            body.put("sentAt", sentAt.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (providerMessageId != null) {
            body.put("providerMessageId", providerMessageId);
        }
        return as(caller).body(body).post("/api/v1/inbound/messages");
    }

    public static JsonPath room(TestData.TestUser caller, long roomId) {
        return as(caller).get(ROOMS + "/" + roomId).then().statusCode(200).extract().jsonPath();
    }

    /** The room's messages, newest first (up to 100). */
    public static List<Map<String, Object>> messages(TestData.TestUser caller, long roomId) {
        return as(caller).queryParam("limit", 100).get(ROOMS + "/" + roomId + "/messages")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The room's customer and agent messages, newest first, without the SYSTEM notes of room events. */
    public static List<Map<String, Object>> conversation(TestData.TestUser caller, long roomId) {
        return messages(caller, roomId).stream().filter(m -> !"SYSTEM".equals(m.get("direction"))).toList();
    }

    public static Response reply(TestData.TestUser caller, long roomId, String text) {
        return as(caller).body(Map.of("text", text)).post(ROOMS + "/" + roomId + "/messages");
    }

    public static Response sendTemplate(TestData.TestUser caller, long roomId, String idempotencyKey, long templateId,
                                        List<String> parameters) {
        var request = as(caller).body(Map.of("templateId", templateId, "parameters", parameters));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post(ROOMS + "/" + roomId + "/template-messages");
    }

    public static Response resolve(TestData.TestUser caller, long roomId) {
        return as(caller).post(ROOMS + "/" + roomId + "/resolve");
    }

    public static Response reopen(TestData.TestUser caller, long roomId) {
        return as(caller).post(ROOMS + "/" + roomId + "/reopen");
    }

    /** PUT /assignee; agentId null unassigns. */
    public static Response assign(TestData.TestUser caller, long roomId, Long agentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("agentId", agentId);
        return as(caller).body(body).put(ROOMS + "/" + roomId + "/assignee");
    }

    public static Response tag(TestData.TestUser caller, long roomId, long tagId) {
        return as(caller).put(ROOMS + "/" + roomId + "/tags/" + tagId);
    }

    public static Response untag(TestData.TestUser caller, long roomId, long tagId) {
        return as(caller).delete(ROOMS + "/" + roomId + "/tags/" + tagId);
    }

    /** POST /rooms/resolve-expired; null arguments are left out of the body. */
    public static Response resolveExpired(TestData.TestUser caller, List<Long> channelIds, Boolean includeUnassigned, Boolean dryRun) {
        Map<String, Object> body = new HashMap<>();
        if (channelIds != null) {
            body.put("channelIds", channelIds);
        }
        if (includeUnassigned != null) {
            body.put("includeUnassigned", includeUnassigned);
        }
        if (dryRun != null) {
            body.put("dryRun", dryRun);
        }
        return as(caller).body(body).post(ROOMS + "/resolve-expired");
    }

    public static Response undo(TestData.TestUser caller, String batchId) {
        return as(caller).post(ROOMS + "/resolve-expired/" + batchId + "/undo");
    }

    /** POST /rooms/{id}/handover; a null note is left out of the body. */
    public static Response handOver(TestData.TestUser caller, long roomId, long toUserId, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("toUserId", toUserId);
        if (note != null) {
            body.put("note", note);
        }
        return as(caller).body(body).post(ROOMS + "/" + roomId + "/handover");
    }

    /** POST /rooms/bulk: the action on the rooms, with agentId or tagId (null: left out). */
    public static Response bulk(TestData.TestUser caller, String action, List<Long> roomIds, Long agentId, Long tagId) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("roomIds", roomIds);
        if (agentId != null) {
            body.put("agentId", agentId);
        }
        if (tagId != null) {
            body.put("tagId", tagId);
        }
        return as(caller).body(body).post(ROOMS + "/bulk");
    }

    public static Response bulkUndo(TestData.TestUser caller, String batchId) {
        return as(caller).post(ROOMS + "/bulk/" + batchId + "/undo");
    }

    /** A request as the user with query parameters given as name, value pairs; a name may repeat. */
    public static RequestSpecification query(TestData.TestUser user, Object... nameValuePairs) {
        RequestSpecification spec = as(user);
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            spec = spec.queryParam((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return spec;
    }

    /** GET /rooms with the query, answered 200. */
    public static Response rooms(TestData.TestUser user, Object... nameValuePairs) {
        Response response = query(user, nameValuePairs).get(ROOMS);
        response.then().statusCode(200);
        return response;
    }

    /** The room ids of GET /rooms with the query (one page of up to 100). */
    public static List<Long> roomIds(TestData.TestUser user, Object... nameValuePairs) {
        Object[] withLimit = new Object[nameValuePairs.length + 2];
        System.arraycopy(nameValuePairs, 0, withLimit, 0, nameValuePairs.length);
        withLimit[nameValuePairs.length] = "limit";
        withLimit[nameValuePairs.length + 1] = 100;
        return rooms(user, withLimit).jsonPath().getList("items.id", Long.class);
    }

    /** GET /rooms/counts with the query, answered 200. */
    public static JsonPath counts(TestData.TestUser user, Object... nameValuePairs) {
        Response response = query(user, nameValuePairs).get("/api/v1/rooms/counts");
        response.then().statusCode(200);
        return response.jsonPath();
    }

    /** GET /rooms/{id} as the user, answered 200. */
    /**
     * Walks every page of a list that answers {items, nextCursor}, following nextCursor, and returns the
     * ids at itemIdPath in the order received. {@code between} runs after each page (before the next).
     */
    public static List<Long> walk(TestData.TestUser user, String path, String itemIdPath, int limit, Runnable between,
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
