package id.inbox.presence;

import static id.inbox.presence.PresenceTest.leave;
import static id.inbox.presence.PresenceTest.view;
import static id.inbox.room.RoomFixtures.openRoom;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.EventStream;
import id.inbox.support.EventStream.Event;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
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
import org.junit.jupiter.api.Test;

/** A presence change reaches the open event streams (GET /api/v1/events) of the company as a presence event. */
@QuarkusTest
class PresenceStreamTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    PresenceSweep sweep;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private EventStream open(TestUser user) {
        EventStream stream = EventStream.open(base, Api.login(user), null);
        assertThat(stream.status()).isEqualTo(200);
        stream.next("ready");
        return stream;
    }

    /** The next presence event, which must be of the room; its viewers. */
    private static List<Map<String, Object>> nextPresence(EventStream stream, long roomId) {
        Event event = stream.next("presence");
        assertThat(event.id()).as("presence is ephemeral: no id").isNull();
        assertThat(event.json().getLong("roomId")).isEqualTo(roomId);
        return event.json().getList("viewers");
    }

    @Test
    void openStreamIsToldWhoArrivesTypesStopsAndLeaves() {
        TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        TestUser agent = data.agent(tenant);
        long roomId = openRoom(supervisor, data.whatsApp(tenant));
        try (EventStream stream = open(supervisor)) {
            view(agent, roomId, true).then().statusCode(204);
            assertThat(nextPresence(stream, roomId)).containsExactly(PresenceTest.viewer(agent, true));

            view(agent, roomId, false).then().statusCode(204);
            assertThat(nextPresence(stream, roomId)).containsExactly(PresenceTest.viewer(agent, false));

            leave(agent, roomId).then().statusCode(204);
            assertThat(nextPresence(stream, roomId)).isEmpty();
        }
    }

    @Test
    void viewerWhoLeftWithoutSayingSoIsSweptFromTheStream() {
        TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        TestUser agent = data.agent(tenant);
        long roomId = openRoom(supervisor, data.whatsApp(tenant));
        try (EventStream stream = open(supervisor)) {
            view(agent, roomId, false).then().statusCode(204);
            assertThat(nextPresence(stream, roomId)).hasSize(1);

            clock.advance(Duration.ofSeconds(26));
            sweep.sweep();

            assertThat(nextPresence(stream, roomId)).isEmpty();
        }
    }

    @Test
    void anotherCompanysPresenceNeverReachesTheStream() {
        TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        long ours = openRoom(supervisor, data.whatsApp(tenant));
        TestTenant other = data.tenant();
        TestUser stranger = data.supervisor(other);
        long theirs = openRoom(stranger, data.whatsApp(other));
        try (EventStream stream = open(supervisor)) {
            view(stranger, theirs, false).then().statusCode(204);
            view(supervisor, ours, false).then().statusCode(204);

            // the doorbell delivers in commit order, one at a time: theirs would come before ours
            assertThat(nextPresence(stream, ours)).containsExactly(PresenceTest.viewer(supervisor, false));
        }
    }
}
