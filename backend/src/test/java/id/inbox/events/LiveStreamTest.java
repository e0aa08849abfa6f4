package id.inbox.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.Api.SignedIn;
import id.inbox.support.EventStream;
import id.inbox.support.EventStream.Event;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live stream of a company's changes: what it starts with, what it carries, how it resumes and ends. */
@QuarkusTest
class LiveStreamTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    EventRetention retention;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestChannel channel;

    @BeforeEach
    void company() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        channel = data.whatsApp(tenant);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private EventStream open(TestUser user, String lastEventId) {
        return EventStream.open(base, Api.login(user), lastEventId);
    }

    @Test
    void aStreamStartsWithReadyAtTheNewestIdAndThenCarriesEachChangeAsItCommits() {
        long roomId = Api.inbound(supervisor, channel, "cust-1", "Halo", null);
        try (EventStream stream = open(agent, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            Event ready = stream.next();
            assertThat(ready.name()).isEqualTo("ready");
            assertThat(ready.json().getBoolean("resumed")).isFalse();

            Api.inbound(supervisor, channel, "cust-1", "Pesanan saya sudah dikirim?", null);

            Event message = stream.next();
            assertThat(message.name()).isEqualTo("message.created");
            assertThat(message.number()).isEqualTo(ready.number() + 1);
            assertThat(message.json().getLong("roomId")).isEqualTo(roomId);
            assertThat(message.json().getString("message.body")).isEqualTo("Pesanan saya sudah dikirim?");
            Event room = stream.next();
            assertThat(room.name()).isEqualTo("room.changed");
            assertThat(room.number()).isEqualTo(ready.number() + 2);
            assertThat(room.json().getLong("room.id")).isEqualTo(roomId);
            assertThat(room.json().getInt("room.unreadCount")).isEqualTo(2);
            assertThat(room.json().getString("room.lastMessage.preview")).isEqualTo("Pesanan saya sudah dikirim?");
        }
    }

    @Test
    void reconnectingAfterADisconnectSpanningAHundredEventsReplaysEachOnceInOrderThenSaysReady() {
        long roomId = Api.inbound(supervisor, channel, "cust-2", "Halo", null);
        long tagId = data.tag(tenant).id();
        String lastSeen;
        try (EventStream stream = open(agent, null)) {
            lastSeen = stream.next().id();
        }
        for (int i = 0; i < 50; i++) {
            Api.tag(supervisor, roomId, tagId).then().statusCode(200);
            Api.untag(supervisor, roomId, tagId).then().statusCode(200);
        }

        try (EventStream resumed = open(agent, lastSeen)) {
            List<Event> replayed = resumed.next(100);
            assertThat(replayed).extracting(Event::name).containsOnly("room.changed");
            assertThat(replayed).extracting(Event::number)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(Long.parseLong(lastSeen) + 1,
                            Long.parseLong(lastSeen) + 100).boxed().toList());
            assertThat(replayed.get(0).json().getList("room.tags")).hasSize(1);
            assertThat(replayed.get(99).json().getList("room.tags")).isEmpty();
            Event ready = resumed.next();
            assertThat(ready.name()).isEqualTo("ready");
            assertThat(ready.id()).isNull();
            assertThat(ready.json().getBoolean("resumed")).isTrue();

            Api.resolve(supervisor, roomId).then().statusCode(200);
            Event next = resumed.next("room.changed");
            assertThat(next.number()).isGreaterThan(replayed.get(99).number());
            assertThat(resumed.received()).extracting(Event::number).allMatch(id -> id > replayed.get(99).number());
        }
    }

    @Test
    void anIdTheLogNoLongerKeepsOrNeverHadGetsResyncAtTheNewestId() {
        long roomId = Api.inbound(supervisor, channel, "cust-3", "Halo", null);
        String old;
        try (EventStream stream = open(agent, null)) {
            old = stream.next().id();
        }
        Api.resolve(supervisor, roomId).then().statusCode(200);
        clock.advance(Duration.ofDays(2));
        assertThat(retention.purge()).isPositive();
        Api.inbound(supervisor, channel, "cust-3", "Masih di sana?", null);

        try (EventStream expired = open(agent, old)) {
            Event resync = expired.next();
            assertThat(resync.name()).isEqualTo("resync");
            assertThat(resync.number()).isGreaterThan(Long.parseLong(old) + 2);
        }
        try (EventStream unknown = open(agent, "999999999")) {
            assertThat(unknown.next().name()).isEqualTo("resync");
        }
    }

    @Test
    void aCompanyNeverSeesAnotherCompanysEvents() {
        TestTenant other = data.tenant();
        TestUser otherSupervisor = data.supervisor(other);
        TestChannel otherChannel = data.whatsApp(other);
        try (EventStream ours = open(agent, null)) {
            ours.next("ready");
            Api.inbound(otherSupervisor, otherChannel, "theirs", "Rahasia mereka", null);
            long ourRoom = Api.inbound(supervisor, channel, "ours", "Punya kami", null);

            Event first = ours.next();
            assertThat(first.json().getLong("roomId")).isEqualTo(ourRoom);
            assertThat(ours.next().json().getLong("room.id")).isEqualTo(ourRoom);
            assertThat(ours.received()).isEmpty();
        }
    }

    @Test
    void signingOutEndsTheSessionsStreamAndDeactivationEndsEveryStreamOfTheUser() {
        SignedIn session = Api.signIn(agent);
        SignedIn other = Api.signIn(agent);
        try (EventStream signedOut = EventStream.open(base, session.accessToken(), null);
             EventStream stillIn = EventStream.open(base, other.accessToken(), null)) {
            signedOut.next("ready");
            stillIn.next("ready");

            given().auth().oauth2(session.accessToken()).cookie("inbox_refresh", session.refreshToken())
                    .post("/api/v1/auth/logout").then().statusCode(204);

            Event goodbye = signedOut.next("goodbye");
            assertThat(goodbye.json().getString("reason")).isEqualTo("signed-out");
            assertThat(signedOut.ends()).isTrue();

            Api.as(supervisor).body(Map.of("active", false)).patch("/api/v1/users/" + agent.id()).then().statusCode(200);

            assertThat(stillIn.next("goodbye").json().getString("reason")).isEqualTo("deactivated");
            assertThat(stillIn.ends()).isTrue();
        }
    }

    @Test
    void aStreamEndsWhenItsAccessTokenExpiresSoTheClientReconnectsWithAFreshOne() {
        try (EventStream stream = open(agent, null)) {
            stream.next("ready");
            clock.advance(Duration.ofMinutes(16));

            assertThat(stream.next("goodbye").json().getString("reason")).isEqualTo("token-expired");
            assertThat(stream.ends()).isTrue();
        }
    }

    @Test
    void anApiKeyCanFollowTheStreamAndAStreamWithoutCredentialsIsRefused() {
        String key = Api.as(supervisor).body(Map.of("name", "Order system")).post("/api/v1/api-keys")
                .then().statusCode(201).extract().path("key");
        try (EventStream stream = EventStream.open(base, key, null)) {
            assertThat(stream.next().name()).isEqualTo("ready");
        }
        given().get("/api/v1/events").then().statusCode(401);
    }

    @Test
    void bulkResolveAndItsUndoAreOneEventEach() {
        Api.inbound(supervisor, channel, "exp-1", "Halo", java.time.OffsetDateTime.now().minusDays(2));
        Api.inbound(supervisor, channel, "exp-2", "Halo", java.time.OffsetDateTime.now().minusDays(2));
        try (EventStream stream = open(agent, null)) {
            stream.next("ready");
            String batch = Api.resolveExpired(supervisor, List.of(channel.id()), true, false)
                    .then().statusCode(200).extract().path("batchId");

            Event resolved = stream.next();
            assertThat(resolved.name()).isEqualTo("rooms.bulk-resolved");
            assertThat(resolved.json().getString("batchId")).isEqualTo(batch);
            assertThat(resolved.json().getLong("count")).isEqualTo(2);
            assertThat(resolved.json().getLong("by.id")).isEqualTo(supervisor.id());

            Api.undo(supervisor, batch).then().statusCode(200);
            Event reopened = stream.next();
            assertThat(reopened.name()).isEqualTo("rooms.bulk-reopened");
            assertThat(reopened.json().getLong("count")).isEqualTo(2);
        }
    }
}
