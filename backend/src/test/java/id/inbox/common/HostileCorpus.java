package id.inbox.common;

import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The hostile requests {@link HostileInputTest} replays: per operation, then per body, query parameter,
 * cursor and path parameter. Every one must be refused; expected status and code are given where only
 * one answer is right.
 */
final class HostileCorpus {

    /** One hostile request; expectedStatus and expectedCode are checked when given. */
    record Hostile(String name, String method, String path, String body, Map<String, String> headers,
                   Integer expectedStatus, String expectedCode) {
    }

    private static final String CANNED = "/api/v1/canned-replies";

    private final TestUser supervisor;
    private final TestChannel channel;
    private final long roomId;
    private final long tagId;
    private final long templateId;
    private final String genuine;

    /** genuineCursor: a nextCursor of GET /rooms?limit=1, to tamper with and to use where it does not belong. */
    HostileCorpus(TestUser supervisor, TestChannel channel, long roomId, long tagId, long templateId, String genuineCursor) {
        this.supervisor = supervisor;
        this.channel = channel;
        this.roomId = roomId;
        this.tagId = tagId;
        this.templateId = templateId;
        this.genuine = genuineCursor;
    }

    List<Hostile> all() {
        List<Hostile> corpus = new ArrayList<>();
        String room = "/api/v1/rooms/" + roomId;
        String reply = room + "/messages";
        String template = room + "/template-messages";
        String assign = room + "/assignee";
        String resolveExpired = "/api/v1/rooms/resolve-expired";
        String inbound = "/api/v1/inbound/messages";
        String login = "/api/v1/auth/login";

        // every operation: oversized URL and headers, a media type it does not speak
        List<String[]> operations = List.of(
                new String[] {"POST", login}, new String[] {"GET", "/api/v1/me"}, new String[] {"GET", "/api/v1/agents"},
                new String[] {"GET", "/api/v1/channels"}, new String[] {"GET", "/api/v1/tags"}, new String[] {"GET", "/api/v1/templates"},
                new String[] {"GET", "/api/v1/rooms"}, new String[] {"GET", "/api/v1/rooms/counts"}, new String[] {"GET", room},
                new String[] {"POST", room + "/resolve"}, new String[] {"PUT", assign}, new String[] {"PUT", room + "/tags/" + tagId},
                new String[] {"DELETE", room + "/tags/" + tagId}, new String[] {"POST", room + "/read"},
                new String[] {"POST", resolveExpired}, new String[] {"POST", resolveExpired + "/" + UUID.randomUUID() + "/undo"},
                new String[] {"GET", reply}, new String[] {"POST", reply}, new String[] {"POST", template},
                new String[] {"POST", inbound}, new String[] {"GET", "/api/v1/search/messages?q=halo"},
                new String[] {"POST", "/api/v1/channels"}, new String[] {"GET", CANNED}, new String[] {"POST", CANNED},
                new String[] {"PATCH", CANNED + "/1"}, new String[] {"DELETE", CANNED + "/1"});
        for (String[] op : operations) {
            String sep = op[1].contains("?") ? "&" : "?";
            corpus.add(new Hostile(op[0] + " " + op[1] + " long URL", op[0], op[1] + sep + "pad=" + "a".repeat(20_000), null, Map.of(), 414, "uri-too-long"));
            corpus.add(new Hostile(op[0] + " " + op[1] + " large headers", op[0], op[1], null, Map.of("X-Pad", "b".repeat(30_000)), 431, "headers-too-large"));
            boolean get = op[0].equals("GET");
            corpus.add(new Hostile(op[0] + " " + op[1] + " accept html", op[0], op[1], get ? null : "{}", Map.of("Accept", "text/html"), 406, null));
        }

        // bodies: every operation that reads one
        for (String[] op : List.of(new String[] {"POST", login}, new String[] {"PUT", assign}, new String[] {"POST", resolveExpired},
                new String[] {"POST", reply}, new String[] {"POST", template}, new String[] {"POST", inbound},
                new String[] {"POST", "/api/v1/channels"}, new String[] {"POST", CANNED})) {
            String name = op[0] + " " + op[1];
            corpus.add(new Hostile(name + " not JSON", op[0], op[1], "{text: 'a'", Map.of(), 400, "malformed-request"));
            // (assign may first name the missing agentId: either way a 400)
            corpus.add(new Hostile(name + " trailing data", op[0], op[1], "{} garbage", Map.of(), 400, null));
            corpus.add(new Hostile(name + " two values", op[0], op[1], "{} {}", Map.of(), 400, null));
            corpus.add(new Hostile(name + " array", op[0], op[1], "[]", Map.of(), 400, "malformed-request"));
            corpus.add(new Hostile(name + " string", op[0], op[1], "\"x\"", Map.of(), 400, "malformed-request"));
            corpus.add(new Hostile(name + " oversized", op[0], op[1], "{\"text\":\"" + "x".repeat(70_000) + "\"}", Map.of(), 413, "payload-too-large"));
            corpus.add(new Hostile(name + " plain text", op[0], op[1], "text=a", Map.of("Content-Type", "text/plain"), 415, "unsupported-media-type"));
        }

        // login: no token needed, so the first thing an attacker tries
        corpus.add(new Hostile("login NUL in username", "POST", login, "{\"username\":\"a\\u0000b@test.example\",\"password\":\"x\"}", Map.of(), 400, "invalid-character"));
        corpus.add(new Hostile("login duplicate keys", "POST", login, "{\"username\":\"a\",\"username\":\"b\",\"password\":\"x\"}", Map.of(), 400, "malformed-request"));
        corpus.add(new Hostile("login lone surrogate", "POST", login, "{\"username\":\"\\ud800\",\"password\":\"x\"}", Map.of(), 400, "invalid-character"));
        corpus.add(new Hostile("login numbers", "POST", login, "{\"username\":1,\"password\":2}", Map.of(), 400, "malformed-request"));
        corpus.add(new Hostile("login objects", "POST", login, "{\"username\":{},\"password\":[]}", Map.of(), 400, "malformed-request"));
        corpus.add(new Hostile("login trailing", "POST", login, "{\"username\":\"a\",\"password\":\"b\"} x", Map.of(), 400, "malformed-request"));
        corpus.add(new Hostile("login null", "POST", login, "null", Map.of(), 400, null));

        // reply
        for (String body : List.of("{\"text\":\"h\",\"text\":\"i\"}", "{\"text\":\"a\"} garbage", "{\"text\":5}", "{\"text\":[\"a\"]}",
                "{\"text\":true}", "{\"text\":null}", "{}", "{\"text\":\"" + "y".repeat(4097) + "\"}", "{\"text\":\"   \"}", "null")) {
            corpus.add(new Hostile("reply " + abbreviate(body), "POST", reply, body, Map.of(), 400, null));
        }
        corpus.add(new Hostile("reply lone surrogate", "POST", reply, "{\"text\":\"\\ud800\"}", Map.of(), 400, "invalid-character"));
        corpus.add(new Hostile("reply lone low surrogate", "POST", reply, "{\"text\":\"a\\udc00b\"}", Map.of(), 400, "invalid-character"));
        corpus.add(new Hostile("reply NUL", "POST", reply, "{\"text\":\"a\\u0000b\"}", Map.of(), 400, "invalid-character"));
        corpus.add(new Hostile("reply escape", "POST", reply, "{\"text\":\"a\\u001bb\"}", Map.of(), 400, "invalid-character"));

        // connecting a number: the token is text of its own, checked like any other
        String channels = "/api/v1/channels";
        for (String body : List.of("{\"kind\":\"WHATSAPP\",\"name\":\"W\",\"phoneNumberId\":106540352242922,\"accessToken\":\"EAAG\"}",
                "{\"kind\":\"WHATSAPP\",\"name\":\"W\",\"phoneNumberId\":\"1\",\"accessToken\":\"EA\\u0000AG\"}",
                "{\"kind\":\"WHATSAPP\",\"name\":\"W\",\"phoneNumberId\":\"1\",\"accessToken\":\"\\ud800\"}",
                "{\"kind\":\"SMS\",\"name\":\"W\",\"phoneNumberId\":\"1\",\"accessToken\":\"EAAG\"}",
                "{\"kind\":\"WHATSAPP\",\"name\":\"W\",\"phoneNumberId\":\"1\",\"phoneNumberId\":\"2\",\"accessToken\":\"EAAG\"}",
                "{\"kind\":\"WHATSAPP\",\"name\":\"W\",\"phoneNumberId\":\"1 OR 1=1\",\"accessToken\":\"EAAG\"}")) {
            corpus.add(new Hostile("connect " + abbreviate(body), "POST", channels, body, Map.of(), 400, null));
        }

        // canned replies: text fields, the shortcut's letters, the scope's values, a cursor of another list
        for (String body : List.of("{\"shortcut\":\"a\",\"body\":\"x\",\"scope\":\"COMPANY\",\"scope\":\"PERSONAL\"}",
                "{\"shortcut\":1,\"body\":\"x\",\"scope\":\"PERSONAL\"}",
                "{\"shortcut\":\"a b\",\"body\":\"x\",\"scope\":\"PERSONAL\"}",
                "{\"shortcut\":\"a\",\"body\":\"x\",\"scope\":\"team\"}",
                "{\"shortcut\":\"a\",\"body\":[\"x\"],\"scope\":\"PERSONAL\"}")) {
            corpus.add(new Hostile("canned " + abbreviate(body), "POST", CANNED, body, Map.of(), 400, null));
        }
        corpus.add(new Hostile("canned NUL", "POST", CANNED, "{\"shortcut\":\"a\",\"body\":\"a\\u0000b\",\"scope\":\"PERSONAL\"}",
                Map.of(), 400, "invalid-character"));
        corpus.add(new Hostile("canned lone surrogate", "POST", CANNED, "{\"shortcut\":\"a\",\"body\":\"\\ud800\",\"scope\":\"PERSONAL\"}",
                Map.of(), 400, "invalid-character"));
        corpus.add(new Hostile("canned rooms cursor", "GET", CANNED + "?cursor=" + genuine, null, Map.of(), 400, "invalid-cursor"));
        corpus.add(new Hostile("canned limit 1.5", "GET", CANNED + "?limit=1.5", null, Map.of(), 400, "validation-failed"));

        // template
        String key = "Idempotency-Key";
        Map<String, String> idem = Map.of(key, "hostile-" + roomId);
        for (String body : List.of("{\"templateId\":" + templateId + ",\"templateId\":1,\"parameters\":[\"a\",\"b\"]}",
                "{\"templateId\":" + templateId + ".5,\"parameters\":[\"a\",\"b\"]}", "{\"templateId\":\"" + templateId + "\",\"parameters\":[\"a\",\"b\"]}",
                "{\"templateId\":" + templateId + ",\"parameters\":\"a\"}", "{\"templateId\":" + templateId + ",\"parameters\":[1,2]}",
                "{\"templateId\":" + templateId + ",\"parameters\":[null,\"b\"]}", "{\"templateId\":" + templateId + ",\"parameters\":[\"a\\u0000\",\"b\"]}",
                "{\"templateId\":" + templateId + ",\"parameters\":[\"\\ud83d\",\"b\"]}", "{\"templateId\":" + templateId + ",\"parameters\":" + hugeArray(5000, "\"p\"") + "}",
                "{\"templateId\":-1,\"parameters\":[\"a\",\"b\"]}", "{\"templateId\":" + templateId + ",\"parameters\":[\"a\",\"b\"]} x")) {
            corpus.add(new Hostile("template " + abbreviate(body), "POST", template, body, idem, 400, null));
        }
        corpus.add(new Hostile("template without key", "POST", template, "{\"templateId\":" + templateId + ",\"parameters\":[\"a\",\"b\"]}",
                Map.of(), 400, "idempotency-key-missing"));

        // assign
        for (String body : List.of("{}", "{\"agentId\":1.5}", "{\"agentId\":\"" + supervisor.id() + "\"}", "{\"agentId\":0}", "{\"agentId\":-3}",
                "{\"agentId\":" + supervisor.id() + ",\"agentId\":null}", "{\"agentId\":true}", "{\"agentId\":99999999999999999999}", "null")) {
            corpus.add(new Hostile("assign " + body, "PUT", assign, body, Map.of(), 400, null));
        }

        // resolve all expired: nothing may be resolved by any of these
        for (String body : List.of("{\"channelIds\":[]}", "{} x", "{\"channelIds\":[1.5]}", "{\"channelIds\":[null]}", "{\"channelIds\":[0]}",
                "{\"channelIds\":\"" + channel.id() + "\"}", "{\"dryRun\":\"yes\"}", "{\"dryRun\":1}", "{\"includeUnassigned\":\"false\"}",
                "{\"channelIds\":" + hugeArray(101, String.valueOf(channel.id())) + "}", "{\"channelIds\":" + hugeArray(20_000, "1") + "}",
                "{\"dryRun\":false,\"dryRun\":true}")) {
            corpus.add(new Hostile("resolve-expired " + abbreviate(body), "POST", resolveExpired, body, Map.of(), 400, null));
        }
        corpus.add(new Hostile("resolve-expired a million channels", "POST", resolveExpired, "{\"channelIds\":" + hugeArray(1_000_000, "1") + "}",
                Map.of(), 413, "payload-too-large"));

        // inbound
        String contact = "\"contact\":{\"externalId\":\"hostile-" + roomId + "\"}";
        String good = "\"channelId\":" + channel.id() + "," + contact + ",\"text\":\"halo\"";
        for (String body : List.of("{\"channelId\":" + channel.id() + ".5," + contact + ",\"text\":\"halo\"}",
                "{\"channelId\":\"" + channel.id() + "\"," + contact + ",\"text\":\"halo\"}",
                "{" + good + ",\"sentAt\":1}", "{" + good + ",\"sentAt\":1.5}", "{" + good + ",\"sentAt\":\"+1000000-01-01T00:00:00Z\"}",
                "{" + good + ",\"sentAt\":\"-200000-01-01T00:00:00Z\"}", "{" + good + ",\"sentAt\":\"yesterday\"}",
                "{" + good + ",\"sentAt\":\"2024-01-01\"}", "{" + good + ",\"text\":\"again\"}", "{" + good + "} trailing",
                "{\"channelId\":" + channel.id() + ",\"contact\":{\"externalId\":\"a\\u0000\"},\"text\":\"halo\"}",
                "{\"channelId\":" + channel.id() + ",\"contact\":{\"externalId\":\"x\",\"name\":\"\\udfff\"},\"text\":\"halo\"}",
                "{\"channelId\":" + channel.id() + "," + contact + ",\"text\":\"\\ud800\"}",
                "{" + good + ",\"providerMessageId\":\"\\u0000\"}", "{" + good + ",\"contact\":[]}")) {
            corpus.add(new Hostile("inbound " + abbreviate(body), "POST", inbound, body, Map.of(), 400, null));
        }

        // query parameters: declared types and spellings only
        for (String query : List.of("status=ASSIGNED", "status=", "session=EXPIRED", "session=expired,expiring", "sort=LATEST",
                "sort=id%20desc", "limit=1.5", "limit=0", "limit=101", "limit=99999999999999999999", "limit=", "channelId=1.5",
                "channelId=" + channel.id() + "," + channel.id(), "agentId=0", "agentId=-1", "tagId=abc", "tagId=99999999999999999999",
                "q=" + "z".repeat(201), "agentId=" + "1&agentId=".repeat(100) + "1")) {
            corpus.add(new Hostile("rooms ?" + abbreviate(query), "GET", "/api/v1/rooms?" + query, null, Map.of(), 400, "validation-failed"));
            if (!query.startsWith("sort") && !query.startsWith("limit")) { // counts take the filters only
                corpus.add(new Hostile("counts ?" + abbreviate(query), "GET", "/api/v1/rooms/counts?" + query, null, Map.of(), 400, "validation-failed"));
            }
        }
        for (String query : List.of("status=APPROVED", "status=approved,pending", "channelId=1.5", "channelId=0")) {
            corpus.add(new Hostile("templates ?" + query, "GET", "/api/v1/templates?" + query, null, Map.of(), 400, "validation-failed"));
        }
        for (String query : List.of("limit=abc", "around=garbage", "around=0", "around=1.5", "limit=-5")) {
            corpus.add(new Hostile("messages ?" + query, "GET", reply + "?" + query, null, Map.of(), 400, "validation-failed"));
        }
        for (String query : List.of("q=", "q=%20", "q=" + "w".repeat(201), "q=a&limit=0", "q=a&limit=x")) {
            corpus.add(new Hostile("search ?" + abbreviate(query), "GET", "/api/v1/search/messages?" + query, null, Map.of(), 400, "validation-failed"));
        }

        // forged and foreign cursors, in the old CRC32 form and the signed one
        for (String sort : List.of("latest", "oldest", "deadline")) {
            for (String value : List.of("garbage", "+1000000-01-01T00:00:00Z", "infinity")) {
                corpus.add(new Hostile("rooms cursor " + sort + " " + value, "GET", "/api/v1/rooms?sort=" + sort + "&cursor="
                        + crcCursor("rooms-" + sort, value, "1"), null, Map.of(), 400, "invalid-cursor"));
                corpus.add(new Hostile("rooms signed-looking cursor " + sort + " " + value, "GET", "/api/v1/rooms?sort=" + sort + "&cursor="
                        + fakeSignedCursor("rooms-" + sort, value, "1"), null, Map.of(), 400, "invalid-cursor"));
            }
        }
        for (String kind : List.of("messages-older", "messages-newer")) {
            corpus.add(new Hostile("messages cursor " + kind, "GET", reply + "?cursor=" + crcCursor(kind, "+1000000-01-01T00:00:00Z", "1"),
                    null, Map.of(), 400, "invalid-cursor"));
            corpus.add(new Hostile("messages signed-looking cursor " + kind, "GET", reply + "?cursor="
                    + fakeSignedCursor(kind, "+1000000-01-01T00:00:00Z", "1"), null, Map.of(), 400, "invalid-cursor"));
        }
        corpus.add(new Hostile("search cursor", "GET", "/api/v1/search/messages?q=halo&cursor="
                + crcCursor("message-search", "+1000000-01-01T00:00:00Z", "1", "NaN", "+1000000-01-01T00:00:00Z", "1"), null, Map.of(), 400, "invalid-cursor"));
        corpus.add(new Hostile("rooms cursor used for messages", "GET", reply + "?cursor=" + genuine, null, Map.of(), 400, "invalid-cursor"));
        corpus.add(new Hostile("rooms cursor with other sort", "GET", "/api/v1/rooms?sort=oldest&cursor=" + genuine, null, Map.of(), 400, "invalid-cursor"));
        corpus.add(new Hostile("rooms cursor tampered", "GET", "/api/v1/rooms?limit=1&cursor=" + tamper(genuine), null, Map.of(), 400, "invalid-cursor"));
        corpus.add(new Hostile("rooms cursor huge", "GET", "/api/v1/rooms?cursor=" + "A".repeat(5000), null, Map.of(), 400, "invalid-cursor"));
        corpus.add(new Hostile("rooms cursor not base64", "GET", "/api/v1/rooms?cursor=%25%25%25", null, Map.of(), 400, "invalid-cursor"));

        // path parameters and methods
        corpus.add(new Hostile("room id overflow", "GET", "/api/v1/rooms/99999999999999999999", null, Map.of(), 404, "not-found"));
        corpus.add(new Hostile("room id text", "GET", "/api/v1/rooms/abc", null, Map.of(), 404, "not-found"));
        corpus.add(new Hostile("room id negative", "POST", "/api/v1/rooms/-1/read", "{}", Map.of(), 404, "not-found"));
        corpus.add(new Hostile("tag id fraction", "PUT", room + "/tags/1.5", null, Map.of(), 404, "not-found"));
        corpus.add(new Hostile("batch id not a uuid", "POST", resolveExpired + "/not-a-uuid/undo", "{}", Map.of(), 404, "not-found"));
        corpus.add(new Hostile("patch a room", "PATCH", room, "{}", Map.of(), 405, "method-not-allowed"));
        corpus.add(new Hostile("delete login", "DELETE", login, null, Map.of(), 405, "method-not-allowed"));
        return corpus;
    }

    /** A cursor in the pre-HMAC form: anyone could compute its CRC32. */
    private static String crcCursor(String kind, String... values) {
        String raw = "1\u001f" + kind + "\u001f" + String.join("\u001f", values);
        CRC32 crc = new CRC32();
        crc.update(raw.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((raw + "\u001f" + Long.toHexString(crc.getValue())).getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor in today's layout with a signature made without the server's key. */
    private static String fakeSignedCursor(String kind, String... values) {
        byte[] raw = ("2\u001f" + kind + "\u001f" + String.join("\u001f", values)).getBytes(StandardCharsets.UTF_8);
        byte[] signed = Arrays.copyOf(raw, raw.length + 32);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    private static String tamper(String cursor) {
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        bytes[4] ^= 1;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hugeArray(int size, String element) {
        return "[" + String.join(",", Collections.nCopies(size, element)) + "]";
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
