package id.inbox.search;

import static org.assertj.core.api.Assertions.assertThat;

import id.inbox.support.Api;
import id.inbox.support.TestData;
import id.inbox.support.TestData.TestChannel;
import id.inbox.support.TestData.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Ranking happens in windows of the newest matches; paging must still return every match exactly once. */
@QuarkusTest
class SearchWindowTest {

    @Inject
    TestData data;

    @Inject
    Jdbi jdbi;

    void manyMatches(long tenantId, long roomId, int count, int daysAgo) {
        // one message in three mentions the word twice, so ranks differ inside every window
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into message (tenant_id, room_id, direction, kind, body, created_at)
                        select :tenant, :room, 'INBOUND', 'TEXT',
                               case when g % 3 = 0 then 'jendela jendela nomor ' || g else 'jendela nomor ' || g end,
                               now() - make_interval(days => :daysAgo, secs => g)
                        from generate_series(1, :count) g""")
                .bind("tenant", tenantId)
                .bind("room", roomId)
                .bind("count", count)
                .bind("daysAgo", daysAgo)
                .execute());
    }

    /** Every hit of every page, in page order. */
    private List<Long> walk(TestUser supervisor) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = Api.as(supervisor).queryParam("q", "jendela").queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/search/messages").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.message.id", Long.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 50);
        return seen;
    }

    @Test
    void pagingThroughMoreMatchesThanOneWindowReturnsEachExactlyOnce() {
        TestData.TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        TestChannel channel = data.whatsApp(tenant);
        long roomId = Api.inbound(supervisor, channel, "window-walker", "halo", null);
        int total = MessageSearch.WINDOW + 130;
        manyMatches(tenant.id(), roomId, total, 0);

        List<Long> seen = walk(supervisor);

        Set<Long> distinct = new HashSet<>(seen);
        assertThat(distinct).hasSize(seen.size());
        assertThat(seen).hasSize(total);
    }

    @Test
    void aWindowIsTheNewestMatchesAcrossDaysAndBeyondTheDaysSearchedOneByOne() {
        TestData.TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        TestChannel channel = data.whatsApp(tenant);
        long roomId = Api.inbound(supervisor, channel, "day-walker", "halo", null);
        // today, a few days ago, and older than the days searched one by one; ids grow with age here
        manyMatches(tenant.id(), roomId, 300, 0);
        manyMatches(tenant.id(), roomId, 300, 5);
        manyMatches(tenant.id(), roomId, 300, MessageSearch.DAYS + 6);
        List<Long> newest = jdbi.withHandle(handle -> handle.createQuery("""
                        select id from message where tenant_id = :tenant and body like 'jendela%'
                        order by created_at desc, id desc""")
                .bind("tenant", tenant.id()).mapTo(Long.class).list());

        List<Long> seen = walk(supervisor);

        assertThat(seen).hasSize(900).doesNotHaveDuplicates();
        assertThat(seen.subList(0, MessageSearch.WINDOW)).containsExactlyInAnyOrderElementsOf(newest.subList(0, MessageSearch.WINDOW));
        assertThat(seen.subList(MessageSearch.WINDOW, 900)).containsExactlyInAnyOrderElementsOf(newest.subList(MessageSearch.WINDOW, 900));
    }
}
