package id.inbox.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.QueryPlans;
import id.inbox.support.QueryPlans.PlanNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plan guards for conversation search: the window is filled day by day (a day is one key of inbox_search_day), a
 * word's matches of a day through the GIN index, or the day's messages newest first; older ones only after.
 */
@QuarkusTest
class SearchQueryPlanTest {

    @Inject
    MessageSearch search;

    private List<PlanNode> plan(String word) {
        return QueryPlans.plan(search.searchSql(QueryPlans.largestBenchTenant(), word, 20, MessageSearch.Position.FIRST));
    }

    /** The day's key in an index condition, as PostgreSQL prints inbox_search_day once inlined. */
    private static boolean byDay(PlanNode node) {
        return node.indexCondition() != null && node.indexCondition().contains("AT TIME ZONE 'UTC'");
    }

    @Test
    void rareWordIsFoundThroughTheFullTextIndexDayByDay() {
        List<PlanNode> plan = plan("ORD-000097");
        assertThat(plan).anyMatch(node -> node.type().equals("Function Scan"));
        assertThat(plan).anyMatch(node -> "message_search_idx".equals(node.index()) && byDay(node)
                && node.indexCondition().contains("search_vector @@"));
        assertThat(plan).noneMatch(node -> node.type().equals("Seq Scan") && "message".equals(node.relation()));
        assertThat(plan).noneMatch(PlanNode::narrowsOnlyToTheTenant);
    }

    @Test
    void veryCommonWordReadsADayAtATimeInsteadOfRankingEveryMatch() {
        List<PlanNode> plan = plan("kak");
        // a day's messages newest first (message_search_day_idx) or its matches (message_search_idx): the planner
        // takes the cheaper for the day's size; older messages only below the days, never the whole company
        assertThat(plan).anyMatch(SearchQueryPlanTest::byDay);
        assertThat(plan).noneMatch(node -> node.type().equals("Seq Scan") && "message".equals(node.relation()));
        assertThat(plan).noneMatch(PlanNode::narrowsOnlyToTheTenant);
    }
}
