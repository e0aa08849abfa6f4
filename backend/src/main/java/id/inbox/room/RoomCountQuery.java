package id.inbox.room;

import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.RoomCounts;
import id.inbox.room.RoomDtos.SessionCounts;
import id.inbox.room.RoomDtos.TabCounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tab and session counts: from the counters when the filters are on their key ({@link RoomCounter}), else
 * in one pass over the rooms that match the other filters.
 */
@ApplicationScoped
public class RoomCountQuery {

    private final Database db;

    RoomCountQuery(Database db) {
        this.db = db;
    }

    public RoomCounts counts(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        if (RoomCounter.serves(filter)) {
            List<RoomCounter.Sums> rows = sums(tenantId, filter, now, threshold);
            // the Mine tab: the same counters narrowed to the caller as assignee
            List<RoomCounter.Sums> mine = !filter.mineVisible() ? List.of()
                    : filter.agentIds().equals(List.of(filter.me())) ? rows
                    : sums(tenantId, filter.withAgents(List.of(filter.me())), now, threshold);
            return RoomCounter.counts(rows, mine, filter, threshold);
        }
        Sql sql = countsSql(tenantId, filter, now, threshold);
        return db.withHandle(handle -> sql.query(handle).map(rs -> new RoomCounts(
                new TabCounts(rs.getLong("tab_all"), rs.getLong("tab_mine"), rs.getLong("tab_unassigned"),
                        rs.getLong("tab_assigned"), rs.getLong("tab_resolved")),
                new SessionCounts(rs.getLong("open"), rs.getLong("expiring"), rs.getLong("expired")),
                (int) threshold.toMinutes())).one());
    }

    private List<RoomCounter.Sums> sums(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        Sql sql = RoomCounter.sql(tenantId, filter, now, threshold);
        return db.withHandle(handle -> sql.query(handle).map(Rows.of(RoomCounter.Sums.class)).list());
    }

    /** Counting the rooms: tabs with every filter but status, sessions with every filter but session. */
    Sql countsSql(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        RoomConditions base = RoomConditions.everyTab(tenantId, filter.anySession(), now, threshold);
        String session = SessionState.anyOf(filter.sessions());
        String tab = RoomConditions.tabCondition(filter);
        String all = RoomConditions.tabCondition(filter.onTab(RoomFilter.Tab.ALL));
        String mine = RoomConditions.tabCondition(filter.onTab(RoomFilter.Tab.MINE));
        Sql sql = base.within("select count(*) filter (where " + all + " and " + session + ") as tab_all,"
                + " count(*) filter (where " + mine + " and " + session + ") as tab_mine,"
                + " count(*) filter (where r.status = 'UNASSIGNED' and " + session + ") as tab_unassigned,"
                + " count(*) filter (where r.status = 'ASSIGNED' and " + session + ") as tab_assigned,"
                + " count(*) filter (where r.status = 'RESOLVED' and " + session + ") as tab_resolved,"
                + " count(*) filter (where " + tab + " and " + SessionState.OPEN.condition() + ") as open,"
                + " count(*) filter (where " + tab + " and " + SessionState.EXPIRING.condition() + ") as expiring,"
                + " count(*) filter (where " + tab + " and " + SessionState.EXPIRED.condition() + ") as expired"
                + " from room r where ", "");
        return SessionState.bind(sql, now, threshold).bind("me", filter.me());
    }
}
