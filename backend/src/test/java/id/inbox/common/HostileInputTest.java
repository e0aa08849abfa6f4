package id.inbox.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.common.HostileCorpus.Hostile;
import id.inbox.room.RoomFixtures;
import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays a corpus of hostile requests against every operation of the API: forged cursors, duplicate
 * keys, trailing data, numbers where ids or dates belong, NUL and lone surrogates, oversized bodies,
 * headers and URLs, wrong types and media types. Each must be refused with a 4xx problem+json carrying
 * a stable code and no internals, and none may change what is stored.
 */
@QuarkusTest
class HostileInputTest {

    private static final List<String> LEAKS = List.of("java.", "Exception", "SQL", "select ", "at id.inbox", "org.", "jackson",
            "hibernate", "vertx", "PSQL");
    private static final List<String> CODES = Arrays.stream(ProblemCode.values()).map(ProblemCode::wire).toList();

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    TestUser supervisor;
    String token;
    long roomId;
    long tagId;
    long templateId;
    TestChannel channel;

    @BeforeEach
    void tenant() {
        TestData.TestTenant tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        channel = data.whatsApp(tenant);
        roomId = RoomFixtures.room(supervisor, channel, RoomFixtures.openSentAt());
        RoomFixtures.room(supervisor, channel, RoomFixtures.openSentAt());
        tagId = data.tag(tenant).id();
        templateId = data.approvedTemplate(channel).id();
        token = Api.login(supervisor);
    }

    @Test
    void everyHostileRequestIsRefusedWithAStableProblemAndChangesNothing() {
        String genuineCursor = Api.as(supervisor).get("/api/v1/rooms?limit=1").then().statusCode(200).extract().path("nextCursor");
        List<Hostile> corpus = new HostileCorpus(supervisor, channel, roomId, tagId, templateId, genuineCursor).all();
        Map<String, Long> before = stored();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> faults = new ArrayList<>();

        for (Hostile hostile : corpus) {
            Response response;
            try {
                response = send(hostile);
            } catch (AssertionError contractViolation) {
                faults.add(hostile.name() + ": " + contractViolation.getMessage());
                continue;
            }
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String body = response.asString();
            String fault = null;
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                fault = "status " + response.statusCode();
            } else if (!response.contentType().startsWith(Problem.MEDIA_TYPE)) {
                fault = "content type " + response.contentType();
            } else if (!CODES.contains(response.jsonPath().getString("code"))) {
                fault = "code " + response.jsonPath().getString("code");
            } else if (LEAKS.stream().anyMatch(body::contains)) {
                fault = "leaks internals";
            } else if (hostile.expectedStatus() != null && hostile.expectedStatus() != response.statusCode()) {
                fault = "status " + response.statusCode() + ", expected " + hostile.expectedStatus();
            } else if (hostile.expectedCode() != null && !hostile.expectedCode().equals(response.jsonPath().getString("code"))) {
                fault = "code " + response.jsonPath().getString("code") + ", expected " + hostile.expectedCode();
            }
            if (fault != null) {
                faults.add(hostile.name() + ": " + fault + " — " + abbreviate(body));
            }
        }

        System.out.printf("Hostile corpus: %d requests, statuses %s%n", corpus.size(), statuses);
        assertThat(faults).as("hostile requests answered wrongly").isEmpty();
        assertThat(stored()).as("rows and room versions after the corpus").isEqualTo(before);
        assertThat(corpus).hasSizeGreaterThan(100);
    }

    private Response send(Hostile hostile) {
        RequestSpecification request = given().header("Authorization", "Bearer " + token).urlEncodingEnabled(false);
        if (hostile.body() != null) {
            request.contentType("application/json").body(hostile.body().getBytes(StandardCharsets.UTF_8));
        }
        hostile.headers().forEach(request::header);
        return request.request(hostile.method(), hostile.path());
    }

    /** What the corpus must leave untouched: row counts and the sum of room versions. */
    private Map<String, Long> stored() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("room", "message", "contact", "room_tag", "resolve_batch", "idempotency_key", "canned_reply")) {
            counts.put(table, scalar("select count(*) from " + table));
        }
        counts.put("room versions", scalar("select coalesce(sum(version), 0) from room"));
        return counts;
    }

    private long scalar(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
