package id.inbox.room;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.common.Sql;
import id.inbox.support.QueryPlans;
import id.inbox.support.QueryPlans.PlanNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plan guards: on a generated dataset (40k rooms, the largest tenant about 8k), each room query the API
 * issues is served by the index made for it and never reads a whole table. These assert plans, not times.
 */
@QuarkusTest
class RoomQueryPlanTest {

    private static final Duration THRESHOLD = Duration.ofHours(4);
    /**
     * The tables no query may read whole. (On this small dataset PostgreSQL may hash-join the 40k contacts
     * for a contact search that matches many rooms; that choice is checked at scale by the benchmark.)
     */
    private static final List<String> BIG_TABLES = List.of("room", "room_tag", "message");

    @Inject
    RoomListQuery reads;

    @Inject
    RoomCountQuery counts;

    long tenant;
    Instant now;

    @BeforeEach
    void dataset() {
        tenant = QueryPlans.largestBenchTenant();
        now = Instant.now();
    }

    private static RoomFilter filter(RoomFilter.Tab tab) {
        return new RoomFilter(tab, 0, List.of(), List.of(), List.of(), List.of(), null);
    }

    private Sql list(RoomFilter filter, RoomFilter.Sort sort) {
        return reads.listSql(tenant, filter, sort, 50, null, now, THRESHOLD);
    }

    /**
     * The plan reads rooms through one of the indexes made for the query (PostgreSQL may prefer walking
     * the latest-activity index and filtering when the filter matches many rooms; both stop after a page),
     * never through a whole-table scan nor an index that only narrows to the tenant.
     */
    private static void assertServedBy(Sql sql, String... indexes) {
        List<PlanNode> plan = QueryPlans.plan(sql);
        assertThat(plan).as("plan of %s", sql.text())
                .noneMatch(node -> node.type().equals("Seq Scan") && BIG_TABLES.contains(node.relation()))
                .noneMatch(node -> node.index() != null && TENANT_WIDE.contains(node.index()) && node.narrowsOnlyToTheTenant())
                .anyMatch(node -> node.index() != null && List.of(indexes).contains(node.index()));
    }

    /** Indexes that, narrowed only by the tenant, would read every room of the tenant in no useful order. */
    private static final List<String> TENANT_WIDE = List.of("room_tenant_id_key", "room_contact_channel_key", "message_tenant_id_key");

    private long someId(String sql) {
        return QueryPlans.scalar(sql, tenant);
    }

    @Test
    void allTabIsAWalkOfTheActiveRoomsIndex() {
        assertServedBy(list(filter(RoomFilter.Tab.ALL), RoomFilter.Sort.LATEST), "room_active_latest_idx");
        assertServedBy(list(filter(RoomFilter.Tab.ALL), RoomFilter.Sort.OLDEST), "room_active_latest_idx");
    }

    @Test
    void statusTabsWalkTheStatusIndex() {
        for (RoomFilter.Tab tab : List.of(RoomFilter.Tab.UNASSIGNED, RoomFilter.Tab.ASSIGNED, RoomFilter.Tab.RESOLVED)) {
            assertServedBy(list(filter(tab), RoomFilter.Sort.LATEST), "room_status_latest_idx", "room_active_latest_idx");
        }
    }

    @Test
    void mineTabWalksTheCallersRoomsInTheAssigneeIndex() {
        long agent = someId("select id from app_user where tenant_id = :tenant and role = 'agent' order by id limit 1");
        assertServedBy(list(new RoomFilter(RoomFilter.Tab.MINE, agent, List.of(), List.of(), List.of(), List.of(), null),
                RoomFilter.Sort.LATEST), "room_assignee_latest_idx", "room_active_latest_idx");
    }

    @Test
    void deepPageByCursorStartsInsideTheIndex() {
        RoomListQuery.Page first = reads.list(tenant, filter(RoomFilter.Tab.ALL), RoomFilter.Sort.LATEST, 100, null, now, THRESHOLD);
        String cursor = first.nextCursor();
        for (int page = 0; page < 20; page++) {
            cursor = reads.list(tenant, filter(RoomFilter.Tab.ALL), RoomFilter.Sort.LATEST, 100, cursor, now, THRESHOLD).nextCursor();
        }
        assertServedBy(reads.listSql(tenant, filter(RoomFilter.Tab.ALL), RoomFilter.Sort.LATEST, 50, cursor, now, THRESHOLD), "room_active_latest_idx");
    }

    @Test
    void agentFilterUsesTheAssigneeIndex() {
        long agent = someId("select id from app_user where tenant_id = :tenant and role = 'agent' order by id limit 1");
        assertServedBy(list(new RoomFilter(RoomFilter.Tab.ALL, 0, List.of(), List.of(agent), List.of(), List.of(), null), RoomFilter.Sort.LATEST),
                "room_assignee_latest_idx", "room_active_latest_idx");
    }

    @Test
    void anAgentsStartViewOfTheirOwnAndTheUnassignedRoomsWalksTheActiveRoomsIndex() {
        long agent = someId("select id from app_user where tenant_id = :tenant and role = 'agent' order by id limit 1");
        assertServedBy(list(new RoomFilter(RoomFilter.Tab.ALL, agent, List.of(), List.of(agent, RoomFilter.NOBODY), List.of(),
                List.of(), null), RoomFilter.Sort.LATEST), "room_active_latest_idx", "room_assignee_latest_idx");
    }

    @Test
    void channelFilterUsesTheChannelIndex() {
        long channel = someId("select id from channel where tenant_id = :tenant order by id desc limit 1");
        assertServedBy(list(new RoomFilter(RoomFilter.Tab.ALL, 0, List.of(), List.of(), List.of(), List.of(channel), null), RoomFilter.Sort.LATEST),
                "room_channel_latest_idx", "room_active_latest_idx");
    }

    @Test
    void tagFilterWalksEachTagsRoomsNewestFirst() {
        long tag = someId("select id from tag where tenant_id = :tenant order by id limit 1");
        long other = someId("select id from tag where tenant_id = :tenant order by id desc limit 1");
        for (List<Long> tags : List.of(List.of(tag), List.of(tag, other))) {
            for (RoomFilter.Sort sort : List.of(RoomFilter.Sort.LATEST, RoomFilter.Sort.OLDEST)) {
                assertServedBy(list(new RoomFilter(RoomFilter.Tab.ALL, 0, List.of(), List.of(), tags, List.of(), null), sort),
                        "room_tag_latest_idx");
            }
        }
        assertServedBy(list(new RoomFilter(RoomFilter.Tab.UNASSIGNED, 0, List.of(), List.of(), List.of(tag), List.of(), null),
                RoomFilter.Sort.LATEST), "room_tag_latest_idx");
    }

    @Test
    void expiredUnassignedRoomsByDeadlineUseTheDeadlineIndex() {
        RoomFilter expired = new RoomFilter(RoomFilter.Tab.UNASSIGNED, 0, List.of(SessionState.EXPIRED), List.of(), List.of(),
                List.of(), null);
        assertServedBy(list(expired, RoomFilter.Sort.DEADLINE), "room_deadline_idx");
    }

    @Test
    void contactSearchUsesTrigramIndexes() {
        assertServedBy(list(new RoomFilter(RoomFilter.Tab.ALL, 0, List.of(), List.of(), List.of(), List.of(), "santoso"), RoomFilter.Sort.LATEST),
                "contact_name_trgm_idx", "room_active_latest_idx");
        assertServedBy(list(new RoomFilter(RoomFilter.Tab.ALL, 0, List.of(), List.of(), List.of(), List.of(), "0812 345"), RoomFilter.Sort.LATEST),
                "contact_phone_trgm_idx", "room_active_latest_idx");
    }

    @Test
    void countsReadTheCountersAndOnlyTheRoomsWithAnOpenWindow() {
        long agent = someId("select id from app_user where tenant_id = :tenant and role = 'agent' order by id limit 1");
        long channel = someId("select id from channel where tenant_id = :tenant order by id limit 1");
        for (RoomFilter filter : List.of(filter(RoomFilter.Tab.ALL), filter(RoomFilter.Tab.ASSIGNED),
                new RoomFilter(RoomFilter.Tab.ALL, 0, List.of(SessionState.EXPIRED), List.of(agent), List.of(), List.of(channel), null))) {
            Sql sql = RoomCounter.sql(tenant, filter, now, THRESHOLD);
            assertServedBy(sql, "room_count_pkey");
            assertThat(QueryPlans.plan(sql)).as("plan of %s", sql.text())
                    .anyMatch(node -> node.type().equals("Index Only Scan") && "room_deadline_idx".equals(node.index()));
        }
    }

    @Test
    void countsFilteredByTagStartFromTheTagsRooms() {
        long tag = someId("select id from tag where tenant_id = :tenant order by id limit 1");
        assertServedBy(counts.countsSql(tenant, new RoomFilter(RoomFilter.Tab.ALL, 0, List.of(), List.of(), List.of(tag), List.of(), null), now,
                THRESHOLD), "room_tag_latest_idx");
    }

    @Test
    void resolveAllExpiredWalksOnlyExpiredUnresolvedRooms() {
        Sql scope = BulkResolveService.expiredScope(tenant, 0, true, List.of(), true, now);
        assertServedBy(BulkResolveService.resolveExpiredSql(scope, now, UUID.randomUUID()), "room_deadline_idx");
    }

    @Test
    void unreadCountReadsOnlyTheCallersAndTheUnassignedUnreadRooms() {
        long agent = someId("select assignee_id from room where tenant_id = :tenant and status = 'ASSIGNED' and unread_count > 0"
                + " order by id limit 1");
        Sql sql = UnreadCountQuery.sql(tenant, agent);
        assertServedBy(sql, "room_unread_idx");
        assertThat(QueryPlans.plan(sql)).as("plan of %s", sql.text())
                .filteredOn(node -> "room".equals(node.relation())).hasSize(2)
                .allSatisfy(node -> {
                    assertThat(node.index()).isEqualTo("room_unread_idx");
                    assertThat(node.indexCondition()).as("a range of one assignee (or none), not the company").contains("assignee_id");
                });
    }
}
