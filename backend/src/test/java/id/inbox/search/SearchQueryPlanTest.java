package id.inbox.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.QueryPlans;
import id.inbox.support.QueryPlans.PlanNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plan guards for conversation search: a rare word goes through the GIN index, a common one walks recent messages. */
@QuarkusTest
class SearchQueryPlanTest {

    @Inject
    MessageSearch search;

    private List<PlanNode> plan(String word) {
        return QueryPlans.plan(search.searchSql(QueryPlans.largestBenchTenant(), word, 20, MessageSearch.Position.FIRST));
    }

    @Test
    void rareWordIsFoundThroughTheFullTextIndex() {
        List<PlanNode> plan = plan("ORD-000097");
        assertThat(plan).anyMatch(node -> "message_search_idx".equals(node.index()));
        assertThat(plan).noneMatch(node -> node.type().equals("Seq Scan") && "message".equals(node.relation()));
    }

    @Test
    void veryCommonWordWalksTheNewestMessagesInsteadOfRankingEveryMatch() {
        List<PlanNode> plan = plan("kak");
        assertThat(plan).anyMatch(node -> "message_tenant_recent_idx".equals(node.index()));
        assertThat(plan).noneMatch(node -> node.type().equals("Seq Scan") && "message".equals(node.relation()));
    }
}
