package id.inbox.room;

import static id.inbox.room.CounterRecount.assertCountersEqualTheRooms;
import static id.inbox.room.RoomFixtures.assignTo;
import static id.inbox.room.RoomFixtures.expiredRoom;
import static id.inbox.room.RoomFixtures.openRoom;
import static id.inbox.support.Api.resolveExpired;
import static id.inbox.support.Api.roomIds;
import static id.inbox.support.Api.undo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestTenant;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What keeps a bulk resolve and its undo cheap per room (one statement, counters adjusted once per statement,
 * RoomAccess.REOPEN_MANY reading the company's active users once) must not change what they do: the counters equal a
 * count of the rooms after the bulk resolve and after its undo, the lists filtered by agent or channel follow the rooms
 * from tab to tab, the undo gives a room back only to an active assignee, and a room cannot name a batch that does not
 * exist, nor a batch named by rooms go away.
 */
@QuarkusTest
class BulkResolveCostTest {

    @Inject
    TestData data;
    @Inject
    Jdbi jdbi;

    TestTenant tenant;
    TestUser supervisor;
    TestUser agent;
    TestUser otherAgent;
    TestChannel first;
    TestChannel second;

    @BeforeEach
    void tenant() {
        tenant = data.tenant();
        supervisor = data.supervisor(tenant);
        agent = data.agent(tenant);
        otherAgent = data.agent(tenant);
        first = data.whatsApp(tenant);
        second = data.whatsApp(tenant);
    }

    /** Expired rooms of both channels: unassigned, the agent's and the other agent's. */
    private List<Long> expiredRooms() {
        List<Long> rooms = new ArrayList<>();
        for (TestChannel channel : List.of(first, second)) {
            for (TestUser assignee : new TestUser[] {null, agent, otherAgent}) {
                long room = expiredRoom(supervisor, channel);
                if (assignee != null) {
                    assignTo(supervisor, room, assignee);
                }
                rooms.add(room);
            }
        }
        return rooms;
    }

    @Test
    void countersAndFilteredListsFollowABulkResolveAndItsUndo() {
        List<Long> expired = expiredRooms();
        long open = openRoom(supervisor, first);
        assignTo(supervisor, open, agent);
        List<Long> agentsExpired = List.of(expired.get(1), expired.get(4));
        List<Long> firstChannelsExpired = expired.subList(0, 3);
        assertCountersEqualTheRooms(jdbi, tenant.id());

        String batch = resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().jsonPath().getString("batchId");
        assertCountersEqualTheRooms(jdbi, tenant.id());
        assertThat(roomIds(supervisor, "agentId", agent.id())).containsExactly(open);
        assertThat(roomIds(supervisor, "channelId", first.id())).containsExactly(open);
        assertThat(roomIds(supervisor, "status", "resolved", "agentId", agent.id())).containsExactlyInAnyOrderElementsOf(agentsExpired);
        assertThat(roomIds(supervisor, "status", "resolved", "channelId", first.id()))
                .containsExactlyInAnyOrderElementsOf(firstChannelsExpired);

        // the undo reads the company's active users once (RoomAccess.REOPEN_MANY): a deactivated agent's rooms come back unassigned
        data.deactivate(otherAgent);
        undo(supervisor, batch).then().statusCode(200);
        assertCountersEqualTheRooms(jdbi, tenant.id());
        assertThat(roomIds(supervisor, "status", "resolved", "agentId", agent.id())).isEmpty();
        assertThat(roomIds(supervisor, "status", "unassigned")).containsExactlyInAnyOrderElementsOf(
                List.of(expired.get(0), expired.get(2), expired.get(3), expired.get(5)));
        assertThat(roomIds(supervisor, "agentId", agent.id())).containsExactlyInAnyOrderElementsOf(
                List.of(open, agentsExpired.get(0), agentsExpired.get(1)));
        assertThat(roomIds(supervisor, "channelId", first.id())).containsExactlyInAnyOrderElementsOf(
                List.of(open, expired.get(0), expired.get(1), expired.get(2)));
    }

    private int execute(String sql, Object... arguments) {
        return jdbi.withHandle(handle -> handle.execute(sql, arguments));
    }

    /** The SQLState a statement fails with. */
    private String failure(String sql, Object... arguments) {
        Throwable thrown = catchThrowable(() -> execute(sql, arguments));
        assertThat(thrown).as("%s", sql).hasRootCauseInstanceOf(SQLException.class);
        return ((SQLException) thrown.getCause()).getSQLState();
    }

    @Test
    void aRoomNamesOnlyABatchThatExistsAndABatchItsRoomsNameStays() {
        long room = expiredRooms().get(0);
        String nameABatch = "update room set resolve_batch_id = ? where tenant_id = ? and id = ?";
        assertThat(failure(nameABatch, UUID.randomUUID(), tenant.id(), room)).isEqualTo("23503");

        UUID batch = UUID.fromString(resolveExpired(supervisor, null, null, null).then().statusCode(200).extract().jsonPath()
                .getString("batchId"));
        String deleteTheBatch = "delete from resolve_batch where tenant_id = ? and id = ?";
        assertThat(failure(deleteTheBatch, tenant.id(), batch)).isEqualTo("23503");
        assertThat(failure("update resolve_batch set id = ? where tenant_id = ? and id = ?", UUID.randomUUID(), tenant.id(), batch))
                .isEqualTo("23503");

        undo(supervisor, batch.toString()).then().statusCode(200);
        assertThat(execute(deleteTheBatch, tenant.id(), batch)).as("no room names the batch after its undo").isEqualTo(1);
    }
}
