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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plan guards of the contact panel (the generated dataset: 40k contacts with phones): the same person's contacts
 * come from contact_phone_idx and their rooms from room_contact_channel_key; no table is read whole.
 */
@QuarkusTest
class ContactRoomsQueryPlanTest {

    private static final List<String> BIG_TABLES = List.of("room", "contact", "room_tag", "message");

    @Inject
    ContactRoomsQuery query;

    long tenant;
    long contactId;
    String phone;

    @BeforeEach
    void dataset() {
        tenant = QueryPlans.largestBenchTenant();
        contactId = QueryPlans.scalar("select max(id) from contact where tenant_id = :tenant", tenant);
        phone = String.valueOf(QueryPlans.scalar("select phone::bigint from contact where id = (select max(id) from contact"
                + " where tenant_id = :tenant)", tenant));
    }

    private static void assertServedBy(Sql sql, String... indexes) {
        List<PlanNode> plan = QueryPlans.plan(sql);
        assertThat(plan).as("plan of %s", sql.text())
                .noneMatch(node -> node.type().equals("Seq Scan") && BIG_TABLES.contains(node.relation()))
                .noneMatch(node -> "room_contact_channel_key".equals(node.index()) && node.narrowsOnlyToTheTenant());
        for (String index : indexes) {
            assertThat(plan).as("plan of %s", sql.text()).anyMatch(node -> index.equals(node.index()));
        }
    }

    @Test
    void thePersonsRoomsAreFoundByPhoneThroughTheirIndexes() {
        assertServedBy(query.pageSql(tenant, contactId, phone, 20, null, Instant.now(), Duration.ofHours(4)),
                "contact_phone_idx", "room_contact_channel_key");
    }

    @Test
    void thePersonsChannelsAreFoundByPhoneThroughTheirIndexes() {
        assertServedBy(query.channelsSql(tenant, contactId, phone), "contact_phone_idx", "room_contact_channel_key");
    }
}
