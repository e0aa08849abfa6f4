package id.inbox.presence;

import static id.inbox.presence.PresenceTest.view;
import static id.inbox.presence.PresenceTest.viewer;
import static id.inbox.presence.PresenceTest.viewers;
import static id.inbox.room.RoomFixtures.openRoom;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.presence.PresenceQueries.RoomKey;
import id.inbox.support.Notifications;
import id.inbox.support.TestClock;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sweep ends viewing and typing that ran out, and rings each room it changed, once, whoever sweeps. */
@QuarkusTest
class PresenceSweepTest {

    @Inject
    TestData data;

    @Inject
    TestClock clock;

    @Inject
    PresenceSweep sweep;

    @Inject
    Jdbi jdbi;

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

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long rows(long roomId) {
        return jdbi.withHandle(handle -> handle.createQuery("select count(*) from room_presence where room_id = :room")
                .bind("room", roomId).mapTo(Long.class).one());
    }

    @Test
    void typingThatRanOutIsClearedAndTheRoomRung() {
        long roomId = openRoom(supervisor, whatsApp);
        view(agent, roomId, true).then().statusCode(204);
        view(supervisor, roomId, false).then().statusCode(204);
        String room = tenant.id() + ":" + roomId;
        try (Notifications doorbell = Notifications.listen("inbox_presence")) {
            clock.advance(Duration.ofSeconds(7));

            assertThat(sweep.sweep()).contains(new RoomKey(tenant.id(), roomId));

            doorbell.until(room::equals);
            assertThat(viewers(supervisor, roomId)).containsExactlyInAnyOrder(viewer(agent, false), viewer(supervisor, false));
            assertThat(sweep.sweep()).as("nothing more ran out").doesNotContain(new RoomKey(tenant.id(), roomId));
            assertThat(doorbell.drain()).doesNotContain(room);
        }
    }

    @Test
    void viewingThatRanOutIsDeletedAndTheRoomRungOnceForAllItsViewers() {
        long roomId = openRoom(supervisor, whatsApp);
        view(agent, roomId, true).then().statusCode(204);
        view(supervisor, roomId, false).then().statusCode(204);
        String room = tenant.id() + ":" + roomId;
        try (Notifications doorbell = Notifications.listen("inbox_presence")) {
            clock.advance(Duration.ofSeconds(26));

            assertThat(sweep.sweep()).containsOnlyOnce(new RoomKey(tenant.id(), roomId));

            assertThat(doorbell.drain().stream().filter(room::equals)).hasSize(1);
            assertThat(rows(roomId)).isZero();
            assertThat(viewers(supervisor, roomId)).isEmpty();
        }
    }

    @Test
    void aViewerWhoCameBackIsNotSwept() {
        long roomId = openRoom(supervisor, whatsApp);
        view(agent, roomId, false).then().statusCode(204);
        clock.advance(Duration.ofSeconds(20));
        view(agent, roomId, false).then().statusCode(204);
        clock.advance(Duration.ofSeconds(10));

        assertThat(sweep.sweep()).doesNotContain(new RoomKey(tenant.id(), roomId));

        assertThat(viewers(supervisor, roomId)).containsExactly(viewer(agent, false));
    }

    /** One viewer per room, so a room named twice would be a row ended twice. */
    @Test
    void instancesSweepingAtOnceEndEachRowOnce() {
        List<Long> rooms = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long roomId = openRoom(supervisor, whatsApp);
            view(i % 2 == 0 ? agent : supervisor, roomId, i % 3 == 0).then().statusCode(204);
            rooms.add(roomId);
        }
        clock.advance(Duration.ofSeconds(26));

        var first = CompletableFuture.supplyAsync(sweep::sweep);
        var second = CompletableFuture.supplyAsync(sweep::sweep);
        List<RoomKey> swept = new ArrayList<>(first.join());
        swept.addAll(second.join());

        for (long roomId : rooms) {
            assertThat(swept).as("room %d", roomId).containsOnlyOnce(new RoomKey(tenant.id(), roomId));
            assertThat(rows(roomId)).isZero();
        }
    }
}
