package id.inbox.room;

import static id.inbox.room.CounterRecount.assertCountersEqualTheRooms;
import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.expiredSentAt;
import static id.inbox.room.RoomFixtures.expiringSentAt;
import static id.inbox.room.RoomFixtures.message;
import static id.inbox.room.RoomFixtures.openSentAt;
import static id.inbox.room.RoomFixtures.resolved;
import static id.inbox.room.RoomFixtures.tagged;
import static id.inbox.support.Api.counts;
import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTag;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counts without a tag or contact filter come from room_count (kept by triggers) and the open windows in
 * room_deadline_idx; with a tag filter they are counted over the rooms. Here every room carries the same
 * tag, so both ways must give the same numbers for every combination of filters, after every kind of write.
 */
@QuarkusTest
class RoomCounterTest {

    @Inject
    TestData data;
    @Inject
    Jdbi jdbi;
    @Inject
    RoomWindowCounts windowCounts;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser otherAgent;
    TestChannel whatsApp;
    TestChannel email;
    TestTag everyRoom;
    List<Long> rooms = new ArrayList<>();
    List<String> externalIds = new ArrayList<>();

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        otherAgent = data.agent(tenant);
        whatsApp = data.whatsApp(tenant);
        email = data.email(tenant);
        everyRoom = data.tag(tenant);
    }

    private long room(TestChannel channel, OffsetDateTime sentAt) {
        String externalId = TestData.unique("contact");
        long room = RoomFixtures.inbound(supervisor, channel, externalId, TestData.unique("Customer"), null, "Halo", sentAt).roomId();
        tagged(supervisor, room, everyRoom);
        rooms.add(room);
        externalIds.add(externalId);
        return room;
    }

    /** The counter path and the one-pass path agree, and the counters equal a recount of the rooms. */
    private void assertCountsAgree() {
        List<Object[]> filters = new ArrayList<>();
        filters.add(new Object[0]);
        for (String status : List.of("unassigned", "assigned", "resolved")) {
            filters.add(new Object[] {"status", status});
        }
        for (String session : List.of("open", "expiring", "expired")) {
            filters.add(new Object[] {"session", session});
            filters.add(new Object[] {"status", "assigned", "session", session, "session", "open"});
        }
        filters.add(new Object[] {"agentId", agent.id()});
        filters.add(new Object[] {"agentId", agent.id(), "agentId", otherAgent.id(), "session", "expired"});
        filters.add(new Object[] {"channelId", email.id()});
        filters.add(new Object[] {"channelId", whatsApp.id(), "status", "unassigned", "session", "expiring"});
        for (Object[] filter : filters) {
            Object[] tagged = Arrays.copyOf(filter, filter.length + 2);
            tagged[filter.length] = "tagId";
            tagged[filter.length + 1] = everyRoom.id();
            Map<String, Object> fromCounters = counts(agent, filter).getMap("$");
            Map<String, Object> fromRooms = counts(agent, tagged).getMap("$");
            assertThat(fromCounters).as("counts for %s", List.of(filter)).isEqualTo(fromRooms);
        }
        assertCountersEqualTheRooms(jdbi, tenant.id());
    }

    private List<String> lines(String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("tenant", tenant.id())
                .map((row, context) -> line(row)).list());
    }

    private static String line(ResultSet row) throws SQLException {
        return row.getLong(1) + "/" + row.getLong(2) + "/" + row.getString(3) + "/" + row.getBoolean(4) + "=" + row.getLong(5);
    }

    @Test
    void countersFollowEveryKindOfWrite() {
        long open = room(whatsApp, openSentAt());
        long expiring = room(whatsApp, expiringSentAt());
        long expired = room(whatsApp, expiredSentAt());
        long alsoExpired = room(whatsApp, expiredSentAt());
        long mail = room(email, openSentAt());
        assertCountsAgree();

        assignTo(supervisor, open, agent);
        assignTo(supervisor, expiring, otherAgent);
        assignTo(supervisor, expired, agent);
        assignTo(supervisor, mail, agent);
        assertCountsAgree();

        // reassign, unassign, resolve
        assignTo(supervisor, open, otherAgent);
        Api.as(supervisor).body("{\"agentId\": null}").put("/api/v1/rooms/" + expiring + "/assignee").then().statusCode(200);
        resolved(supervisor, mail);
        assertCountsAgree();

        // a customer writes: the expired window opens again, the resolved room reopens
        message(supervisor, whatsApp, externalIds.get(rooms.indexOf(alsoExpired)), "Masih di sana?", openSentAt());
        message(supervisor, email, externalIds.get(rooms.indexOf(mail)), "Satu lagi", openSentAt());
        assertCountsAgree();

        // resolve all expired in one statement, then undo it
        room(whatsApp, expiredSentAt());
        String batch = Api.as(supervisor).body("{}").post("/api/v1/rooms/resolve-expired")
                .then().statusCode(200).extract().jsonPath().getString("batchId");
        assertCountsAgree();
        Api.as(supervisor).post("/api/v1/rooms/resolve-expired/" + batch + "/undo").then().statusCode(200);
        assertCountsAgree();
    }

    @Test
    void hoursGoneByAreNeverReadAndAreDeleted() {
        room(whatsApp, openSentAt());
        room(whatsApp, expiringSentAt());
        room(whatsApp, expiredSentAt());
        Map<String, Object> before = counts(agent).getMap("$");
        // a counter of an hour gone by, as a room whose window closed then would have left it
        jdbi.useHandle(handle -> handle.createUpdate("insert into room_window_count"
                        + " (tenant_id, expires_hour, channel_id, assignee_id, status, slot, rooms)"
                        + " values (:tenant, date_trunc('hour', now(), 'UTC') - interval '3 hours', :channel, 0, 'UNASSIGNED', 0, 7)")
                .bind("tenant", tenant.id()).bind("channel", whatsApp.id()).execute());

        assertThat(counts(agent).getMap("$")).isEqualTo(before);
        windowCounts.deletePastHours();
        assertThat(lines("select channel_id, assignee_id, status, true, rooms from room_window_count"
                + " where tenant_id = :tenant and expires_hour < now() - interval '2 hours'")).isEmpty();
        assertThat(counts(agent).getMap("$")).isEqualTo(before);
        assertCountsAgree();
    }
}
