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

    void manyMatches(long tenantId, long roomId, int count) {
        // one message in three mentions the word twice, so ranks differ inside every window
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into message (tenant_id, room_id, direction, kind, body, created_at)
                        select :tenant, :room, 'INBOUND', 'TEXT',
                               case when g % 3 = 0 then 'jendela jendela nomor ' || g else 'jendela nomor ' || g end,
                               now() - make_interval(secs => g)
                        from generate_series(1, :count) g""")
                .bind("tenant", tenantId)
                .bind("room", roomId)
                .bind("count", count)
                .execute());
    }

    @Test
    void pagingThroughMoreMatchesThanOneWindowReturnsEachExactlyOnce() {
        TestData.TestTenant tenant = data.tenant();
        TestUser supervisor = data.supervisor(tenant);
        TestChannel channel = data.whatsApp(tenant);
        long roomId = Api.inbound(supervisor, channel, "window-walker", "halo", null);
        int total = MessageSearch.WINDOW + 130;
        manyMatches(tenant.id(), roomId, total);

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

        Set<Long> distinct = new HashSet<>(seen);
        assertThat(distinct).hasSize(seen.size());
        assertThat(seen).hasSize(total);
    }
}
