package id.inbox.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The room counters (room_count, kept by triggers) against a count of the rooms themselves. */
final class CounterRecount {

    private static final String RECOUNT = "select channel_id || '/' || coalesce(assignee_id, 0) || '/' || status || '/'"
            + " || (window_expires_at is not null) || '=' || count(*) from room where tenant_id = :tenant group by channel_id,"
            + " coalesce(assignee_id, 0), status, window_expires_at is not null";
    private static final String COUNTERS = "select channel_id || '/' || assignee_id || '/' || status || '/' || windowed || '='"
            + " || sum(rooms) from room_count where tenant_id = :tenant group by channel_id, assignee_id, status, windowed"
            + " having sum(rooms) <> 0";

    private CounterRecount() {
    }

    /** Every (channel, assignee, status, has a window) group of the company's counters equals its rooms, and no more. */
    static void assertCountersEqualTheRooms(Jdbi jdbi, long tenantId) {
        assertThat(lines(jdbi, tenantId, COUNTERS)).containsExactlyInAnyOrderElementsOf(lines(jdbi, tenantId, RECOUNT));
    }

    private static List<String> lines(Jdbi jdbi, long tenantId, String sql) {
        return jdbi.withHandle(handle -> handle.createQuery(sql).bind("tenant", tenantId).mapTo(String.class).list());
    }
}
