package id.inbox.room;

import static id.inbox.room.SessionState.DEADLINE;

import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.RoomCounts;
import id.inbox.room.RoomDtos.RoomStatus;
import id.inbox.room.RoomDtos.SessionCounts;
import id.inbox.room.RoomDtos.TabCounts;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tab and session counts without counting the tenant's rooms: what is counted, and how the counts follow
 * from it (the tables and triggers are in V4__room_counts_and_tag_order.sql, the design in V8's comments).
 *
 * <p>room_count holds, per status, channel and assignee, how many rooms there are and how many have no
 * window (always OPEN). The session states move with now(), so they cannot be stored: room_window_count
 * holds the rooms whose window is open per hour of expiry, and the two partial hours (the current one,
 * and the one of now + the expiring threshold) are thin slices of room_deadline_idx counted exactly. A
 * room with a window that is not open is EXPIRED ({@link Sums#rooms}).
 */
final class RoomCounter {

    /**
     * The filters the counters serve: the columns of their key besides tenant and status, with the parameter
     * name {@link RoomConditions} gives them too. Session filters are served by the window counters. Any
     * other filter (tags, contact) is not in the key, so those counts count the matching rooms.
     */
    private enum KeyFilter {
        CHANNEL("channel_id", "channels", RoomFilter::channelIds),
        AGENT("assignee_id", "agents", RoomFilter::agentIds);

        private final String column;
        private final String parameter;
        private final Function<RoomFilter, List<Long>> values;

        KeyFilter(String column, String parameter, Function<RoomFilter, List<Long>> values) {
            this.column = column;
            this.parameter = parameter;
            this.values = values;
        }
    }

    /** Every status, as an array literal (a constant: binding it cost more than the statement's other parameters). */
    private static final String STATUSES = Arrays.stream(RoomStatus.values())
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", ", "array[", "]"));

    private RoomCounter() {
    }

    static boolean serves(RoomFilter filter) {
        return filter.tagIds().isEmpty() && filter.contactQuery() == null;
    }

    /**
     * What the counters say of the rooms of one status (one row of {@link #sql}, or their sum): all rooms
     * (total), those without a window (windowless), those whose window closes after now (live) and at or
     * after now + the expiring threshold (openWindowed).
     */
    record Sums(RoomStatus status, long total, long windowless, long live, long openWindowed) {

        Sums plus(Sums other) {
            return new Sums(status, total + other.total, windowless + other.windowless, live + other.live,
                    openWindowed + other.openWindowed);
        }

        /** The rooms in a session state, by the definitions of {@link SessionState}. */
        long rooms(SessionState state) {
            return switch (state) {
                case OPEN -> windowless + openWindowed;
                case EXPIRING -> live - openWindowed;
                case EXPIRED -> total - windowless - live;
            };
        }
    }

    /**
     * Rows of {@link Sums} per status and source: the counter totals (total, windowless); the rooms whose
     * window closes after the current hour (live) and after the hour of now + threshold (open_windowed), from
     * the hourly counters; and the same for the two partial hours, counted from room_deadline_idx.
     */
    static Sql sql(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        Instant expiringFrom = now.plus(threshold);
        Instant currentHour = now.truncatedTo(ChronoUnit.HOURS);
        Instant expiringFromHour = expiringFrom.truncatedTo(ChronoUnit.HOURS);
        String text = "select status, sum(rooms) as total, sum(rooms) filter (where not windowed) as windowless,"
                + " 0 as live, 0 as open_windowed from room_count where tenant_id = :tenant" + keyFilters(filter, "")
                + " group by status union all select status, 0, 0, sum(rooms), sum(rooms) filter (where expires_hour > :expiringFromHour)"
                + " from room_window_count where tenant_id = :tenant and expires_hour > :currentHour" + keyFilters(filter, "")
                + " group by status union all select s.status, 0, 0, live.rooms, open_windowed.rooms"
                + " from unnest(" + STATUSES + ") as s(status)"
                + windowSlice("live", DEADLINE + " > :now and " + DEADLINE + " < :currentHourEnd", filter)
                + windowSlice("open_windowed", DEADLINE + " >= :expiringFrom and " + DEADLINE + " < :expiringFromHourEnd", filter);
        Sql sql = Sql.of(text).bind("tenant", tenantId)
                .bind("now", now).bind("currentHour", currentHour).bind("currentHourEnd", currentHour.plus(1, ChronoUnit.HOURS))
                .bind("expiringFrom", expiringFrom).bind("expiringFromHour", expiringFromHour)
                .bind("expiringFromHourEnd", expiringFromHour.plus(1, ChronoUnit.HOURS));
        for (KeyFilter key : KeyFilter.values()) {
            if (!key.values.apply(filter).isEmpty()) {
                sql = sql.bind(key.parameter, key.values.apply(filter));
            }
        }
        return sql;
    }

    private static String keyFilters(RoomFilter filter, String alias) {
        StringBuilder conditions = new StringBuilder();
        for (KeyFilter key : KeyFilter.values()) {
            if (!key.values.apply(filter).isEmpty()) {
                conditions.append(" and ").append(alias).append(key.column).append(" = any(:").append(key.parameter).append(")");
            }
        }
        return conditions.toString();
    }

    private static String windowSlice(String name, String range, RoomFilter filter) {
        return " cross join lateral (select count(*) as rooms from room r where r.tenant_id = :tenant and r.status = s.status and "
                + range + keyFilters(filter, "r.") + ") as " + name;
    }

    /**
     * Tabs count the selected session states (all when none); sessions count the selected tab. {@code mine}: the
     * rows of the same filters narrowed to the caller as assignee (none when the agent filter leaves them out).
     */
    static RoomCounts counts(List<Sums> rows, List<Sums> mine, RoomFilter filter, Duration threshold) {
        List<SessionState> states = filter.sessions().isEmpty() ? List.of(SessionState.values()) : filter.sessions();
        Map<RoomStatus, Sums> byStatus = byStatus(rows);
        Map<RoomStatus, Sums> mineByStatus = byStatus(mine);
        long unassigned = rooms(byStatus, RoomStatus.UNASSIGNED, states);
        long assigned = rooms(byStatus, RoomStatus.ASSIGNED, states);
        Map<RoomStatus, Sums> sessionSource = filter.tab() == RoomFilter.Tab.MINE ? mineByStatus : byStatus;
        long[] sessions = new long[SessionState.values().length];
        for (SessionState state : SessionState.values()) {
            for (RoomStatus status : filter.tab().statuses()) {
                sessions[state.ordinal()] += rooms(sessionSource, status, List.of(state));
            }
        }
        return new RoomCounts(
                new TabCounts(unassigned + assigned, rooms(mineByStatus, RoomStatus.ASSIGNED, states), unassigned, assigned,
                        rooms(byStatus, RoomStatus.RESOLVED, states)),
                new SessionCounts(sessions[SessionState.OPEN.ordinal()], sessions[SessionState.EXPIRING.ordinal()],
                        sessions[SessionState.EXPIRED.ordinal()]),
                (int) threshold.toMinutes());
    }

    private static Map<RoomStatus, Sums> byStatus(List<Sums> rows) {
        Map<RoomStatus, Sums> byStatus = new EnumMap<>(RoomStatus.class);
        rows.forEach(row -> byStatus.merge(row.status(), row, Sums::plus));
        return byStatus;
    }

    /** The rooms of one status in any of the states. */
    private static long rooms(Map<RoomStatus, Sums> byStatus, RoomStatus status, List<SessionState> states) {
        Sums sums = byStatus.getOrDefault(status, new Sums(status, 0, 0, 0, 0));
        return states.stream().mapToLong(sums::rooms).sum();
    }
}
