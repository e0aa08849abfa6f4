package id.inbox.room;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.common.Sql;
import id.inbox.room.RoomActionDtos.BulkAction;
import id.inbox.support.QueryPlans;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Plan guard of the bulk changes (on RoomQueryPlanTest's generated dataset): a change reads the selected rooms by key
 * (the primary key, or the (tenant_id, id) key), never a whole table of rooms, tags or messages.
 */
@QuarkusTest
class BulkRoomPlanTest {

    private static final List<String> BIG_TABLES = List.of("room", "room_tag", "message");

    private static void assertServedBy(Sql sql, String... indexes) {
        assertThat(QueryPlans.plan(sql)).as("plan of %s", sql.text())
                .noneMatch(node -> node.type().equals("Seq Scan") && BIG_TABLES.contains(node.relation()))
                .anyMatch(node -> node.index() != null && List.of(indexes).contains(node.index()));
    }

    private static Sql bound(Sql sql, long tenant, List<Long> rooms) {
        return sql.bind("tenant", tenant).bind("rooms", rooms).bind("batch", UUID.randomUUID()).bind("supervisor", false)
                .bind("user", 0L).bind("now", Instant.now()).bind("agent", 0L).bind("tag", 0L);
    }

    @Test
    void aChangeReadsTheSelectedRoomsByPrimaryKey() {
        long tenant = QueryPlans.largestBenchTenant();
        List<Long> rooms = List.of(QueryPlans.scalar("select min(id) from room where tenant_id = :tenant", tenant),
                QueryPlans.scalar("select max(id) from room where tenant_id = :tenant", tenant));
        for (BulkAction action : BulkAction.values()) {
            assertServedBy(bound(BulkRoomSql.change(action), tenant, rooms), "room_pkey", "room_tenant_id_key");
        }
    }
}
