package id.inbox.room;

import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.RoomCounts;
import id.inbox.room.RoomDtos.RoomStatus;
import id.inbox.room.RoomDtos.SessionCounts;
import id.inbox.room.RoomDtos.TabCounts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tab and session counts without counting the tenant's rooms (V4__room_counts_and_tag_order.sql).
 *
 * <p>room_count holds, per status, how many rooms there are and how many have no window (always OPEN).
 * The session states move with now(): room_window_count holds the rooms whose window is open per hour of
 * expiry, and the two partial hours (the current one, and the one of now + the expiring threshold) are
 * thin slices of room_deadline_idx counted exactly. A room with a window that is not open is EXPIRED.
 * This serves counts filtered by status, session, channel and agent; a tag or contact filter needs the
 * rooms themselves ({@link RoomReadRepository#countsSql}).
 */
final class RoomCounter {

    private RoomCounter() {
    }

    static boolean serves(RoomFilter filter) {
        return filter.tagIds().isEmpty() && filter.contactQuery() == null;
    }

    /**
     * One row per status and source: the counter totals (total, windowless); the rooms whose window closes
     * after the current hour (live) and after the hour of now + threshold (open_windowed), from the hourly
     * counters; and the same for the two partial hours, counted from room_deadline_idx.
     */
    static Sql sql(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        Instant expiringFrom = now.plus(threshold);
        Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
        Instant expiringFromHour = expiringFrom.truncatedTo(ChronoUnit.HOURS);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select status, sum(rooms) as total, sum(rooms) filter (where not windowed)"
                + " as windowless, 0 as live, 0 as open_windowed from room_count where tenant_id = ?");
        params.add(tenantId);
        filters(sql, params, filter, "");
        sql.append(" group by status union all select status, 0, 0, sum(rooms), sum(rooms) filter (where expires_hour > ?)")
                .append(" from room_window_count where tenant_id = ? and expires_hour > ?");
        params.addAll(List.of(expiringFromHour, tenantId, currentHour));
        filters(sql, params, filter, "");
        sql.append(" group by status union all select s.status, 0, 0, live.rooms, open_windowed.rooms")
                .append(" from unnest(?::text[]) as s(status)");
        params.add(statusNames());
        windowSlice(sql, params, "live", "%s > ? and %s < ?", tenantId, filter, now, currentHour.plus(1, ChronoUnit.HOURS));
        windowSlice(sql, params, "open_windowed", "%s >= ? and %s < ?", tenantId, filter, expiringFrom,
                expiringFromHour.plus(1, ChronoUnit.HOURS));
        return new Sql(sql.toString(), params);
    }

    private static void filters(StringBuilder sql, List<Object> params, RoomFilter filter, String alias) {
        if (!filter.channelIds().isEmpty()) {
            sql.append(" and ").append(alias).append("channel_id = any(?)");
            params.add(filter.channelIds());
        }
        if (!filter.agentIds().isEmpty()) {
            sql.append(" and ").append(alias).append("assignee_id = any(?)");
            params.add(filter.agentIds());
        }
    }

    private static void windowSlice(StringBuilder sql, List<Object> params, String name, String range, long tenantId,
                                    RoomFilter filter, Object... bounds) {
        String deadline = RoomReadRepository.DEADLINE;
        sql.append(" cross join lateral (select count(*) as rooms from room r where r.tenant_id = ? and r.status = s.status and ")
                .append(range.formatted(deadline, deadline));
        params.add(tenantId);
        params.addAll(List.of(bounds));
        filters(sql, params, filter, "r.");
        sql.append(") as ").append(name);
    }

    private static List<String> statusNames() {
        return List.of(RoomStatus.UNASSIGNED.name(), RoomStatus.ASSIGNED.name(), RoomStatus.RESOLVED.name());
    }

    /** Rooms per status and session state, summed from the rows of {@link #sql}. */
    static final class Tally {
        private final Map<RoomStatus, long[]> byStatus = new EnumMap<>(RoomStatus.class);

        Void add(ResultSet row) throws SQLException {
            long[] sums = byStatus.computeIfAbsent(RoomStatus.valueOf(row.getString("status")), s -> new long[4]);
            sums[0] += row.getLong("total");
            sums[1] += row.getLong("windowless");
            sums[2] += row.getLong("live");
            sums[3] += row.getLong("open_windowed");
            return null;
        }

        private long rooms(RoomStatus status, SessionState state) {
            long[] sums = byStatus.getOrDefault(status, new long[4]);
            // sums: total, windowless, live (window open: closes after now), open_windowed (closes at or
            // after now + threshold)
            return switch (state) {
                case OPEN -> sums[1] + sums[3];
                case EXPIRING -> sums[2] - sums[3];
                case EXPIRED -> sums[0] - sums[1] - sums[2];
            };
        }

        /** Tabs count the selected session states (all when none); sessions count the selected tab. */
        RoomCounts counts(RoomFilter filter, Duration threshold) {
            List<SessionState> states = filter.sessions().isEmpty() ? List.of(SessionState.values()) : filter.sessions();
            long[] tabs = new long[RoomStatus.values().length];
            long[] sessions = new long[SessionState.values().length];
            for (RoomStatus status : RoomStatus.values()) {
                for (SessionState state : SessionState.values()) {
                    long rooms = rooms(status, state);
                    if (states.contains(state)) {
                        tabs[status.ordinal()] += rooms;
                    }
                    if (filter.status() == null || filter.status() == status) {
                        sessions[state.ordinal()] += rooms;
                    }
                }
            }
            long all = 0;
            for (long tab : tabs) {
                all += tab;
            }
            return new RoomCounts(
                    new TabCounts(all, tabs[RoomStatus.UNASSIGNED.ordinal()], tabs[RoomStatus.ASSIGNED.ordinal()],
                            tabs[RoomStatus.RESOLVED.ordinal()]),
                    new SessionCounts(sessions[SessionState.OPEN.ordinal()], sessions[SessionState.EXPIRING.ordinal()],
                            sessions[SessionState.EXPIRED.ordinal()]),
                    (int) threshold.toMinutes());
        }
    }
}
