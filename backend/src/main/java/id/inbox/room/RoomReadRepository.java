package id.inbox.room;

import id.inbox.channel.ChannelKind;
import id.inbox.common.Cursor;
import id.inbox.common.Db;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.ChannelRef;
import id.inbox.room.RoomDtos.ContactRef;
import id.inbox.room.RoomDtos.LastMessage;
import id.inbox.room.RoomDtos.RoomCounts;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomDtos.SessionCounts;
import id.inbox.room.RoomDtos.TabCounts;
import id.inbox.room.RoomDtos.TagView;
import id.inbox.room.RoomDtos.AssigneeRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The room list, counts and single rooms: one query for a page of rooms with contact, channel and
 * assignee, and one for their tags, whatever the page size. The indexes are in V2__inbox.sql and
 * V4__room_counts_and_tag_order.sql.
 */
@ApplicationScoped
public class RoomReadRepository {

    private static final String COLUMNS = """
            select r.id, r.status, r.unread_count, r.last_message_preview, r.last_message_direction, r.last_message_at,
                   r.last_activity_at, r.window_expires_at, r.resolved_at, r.version,
                   c.id as contact_id, c.name as contact_name, c.avatar_url, c.phone,
                   ch.id as channel_id, ch.kind as channel_kind, ch.name as channel_name,
                   u.id as assignee_id, u.display_name as assignee_name, u.active as assignee_active
            """;
    private static final String JOINS = """
              join contact c on c.id = r.contact_id
              join channel ch on ch.id = r.channel_id
              left join app_user u on u.id = r.assignee_id
            """;
    private static final String SELECT = COLUMNS + " from room r " + JOINS;
    static final String DEADLINE = "coalesce(r.window_expires_at, 'infinity'::timestamptz)";

    private final Db db;

    RoomReadRepository(Db db) {
        this.db = db;
    }

    /** A page of rooms and the cursor of the next one (null on the last page). */
    public record Page(List<RoomView> rooms, String nextCursor) {
    }

    public Page list(long tenantId, RoomFilter filter, RoomFilter.Sort sort, int limit, String cursor,
                     Instant now, Duration threshold) {
        Sql sql = listSql(tenantId, filter, sort, limit, cursor, now, threshold);
        List<Row> rows = db.list(sql.text(), RoomReadRepository::row, sql.args());
        String cursorKind = cursorKind(sort);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Row last = rows.get(rows.size() - 1);
            String key = switch (sort) {
                case LATEST, OLDEST -> last.lastActivityAt().toString();
                case DEADLINE -> last.windowExpiresAt() == null ? "infinity" : last.windowExpiresAt().toString();
            };
            next = new Cursor(cursorKind, List.of(key, String.valueOf(last.id()))).encode();
        }
        return new Page(views(tenantId, rows, now, threshold), next);
    }

    /** The statement of one list page (limit + 1 rows, to know whether there is a next page). */
    Sql listSql(long tenantId, RoomFilter filter, RoomFilter.Sort sort, int limit, String cursor, Instant now, Duration threshold) {
        if (!filter.tagIds().isEmpty() && sort != RoomFilter.Sort.DEADLINE) {
            return taggedListSql(tenantId, filter, sort, limit, cursor, now, threshold);
        }
        Where where = where(tenantId, filter, now, threshold);
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, cursorKind(sort), 2);
            long id = position.id(1);
            switch (sort) {
                case LATEST -> where.and("(r.last_activity_at, r.id) < (?::timestamptz, ?)", position.instant(0), id);
                case OLDEST -> where.and("(r.last_activity_at, r.id) > (?::timestamptz, ?)", position.instant(0), id);
                case DEADLINE -> where.and("(" + DEADLINE + ", r.id) > (?::timestamptz, ?)", deadline(position), id);
            }
        }
        String order = switch (sort) {
            case LATEST -> "r.last_activity_at desc, r.id desc";
            case OLDEST -> "r.last_activity_at asc, r.id asc";
            case DEADLINE -> DEADLINE + " asc, r.id asc";
        };
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit + 1);
        // The page's ids first: the filters are on columns the indexes carry, so rooms that do not match
        // (say the recent ones, for the Expired filter) are skipped inside the index, not fetched one by one.
        return new Sql(COLUMNS + " from (select r.id from room r where " + where.sql + " order by " + order + " limit ?) as page"
                + " join room r on r.id = page.id " + JOINS + " order by " + order, params);
    }

    /**
     * A page filtered by tags, sort=latest/oldest: each tag's rooms come in order from room_tag_latest_idx
     * (room_tag keeps its room's last activity), the first limit + 1 matching rooms of each tag are merged,
     * and the page is the first limit + 1 of those. A room with two of the tags is listed once.
     */
    private Sql taggedListSql(long tenantId, RoomFilter filter, RoomFilter.Sort sort, int limit, String cursor,
                              Instant now, Duration threshold) {
        Where where = where(tenantId, new RoomFilter(filter.status(), filter.sessions(), filter.agentIds(), List.of(),
                filter.channelIds(), filter.contactQuery()), now, threshold);
        where.and("rt.tag_id = t.tag_id");
        boolean latest = sort == RoomFilter.Sort.LATEST;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, cursorKind(sort), 2);
            where.and("(rt.last_activity_at, rt.room_id) " + (latest ? "<" : ">") + " (?::timestamptz, ?)",
                    position.instant(0), position.id(1));
        }
        String direction = latest ? " desc" : " asc";
        List<Object> params = new ArrayList<>();
        params.add(filter.tagIds());
        params.addAll(where.params);
        params.add(limit + 1);
        params.add(tenantId);
        params.add(limit + 1);
        return new Sql(SELECT + " where r.id in (select tagged.room_id from unnest(?::bigint[]) as t(tag_id)"
                + " cross join lateral (select rt.room_id from room_tag rt"
                + " join room r on r.tenant_id = rt.tenant_id and r.id = rt.room_id"
                + " where " + where.sql
                + " order by rt.last_activity_at" + direction + ", rt.room_id" + direction + " limit ?) tagged)"
                + " and r.tenant_id = ?"
                + " order by r.last_activity_at" + direction + ", r.id" + direction + " limit ?", params);
    }

    private static String cursorKind(RoomFilter.Sort sort) {
        return "rooms-" + sort.name().toLowerCase();
    }

    public Optional<RoomView> find(long tenantId, long roomId, Instant now, Duration threshold) {
        List<Row> rows = db.list(SELECT + " where r.tenant_id = ? and r.id = ?", RoomReadRepository::row, tenantId, roomId);
        return views(tenantId, rows, now, threshold).stream().findFirst();
    }

    /** The rooms with these ids, in the order of the ids. */
    public List<RoomView> findAll(long tenantId, Collection<Long> roomIds, Instant now, Duration threshold) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = db.list(SELECT + " where r.tenant_id = ? and r.id = any(?)", RoomReadRepository::row,
                tenantId, roomIds);
        Map<Long, RoomView> byId = new HashMap<>();
        views(tenantId, rows, now, threshold).forEach(view -> byId.put(view.id(), view));
        return roomIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Tab and session counts: from the counters when the filters allow ({@link RoomCounter}), else in one
     * pass over the rooms that match the other filters.
     */
    public RoomCounts counts(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        if (RoomCounter.serves(filter)) {
            Sql sql = RoomCounter.sql(tenantId, filter, now, threshold);
            RoomCounter.Tally tally = new RoomCounter.Tally();
            db.list(sql.text(), tally::add, sql.args());
            return tally.counts(filter, threshold);
        }
        Sql sql = countsSql(tenantId, filter, now, threshold);
        return db.one(sql.text(), rs -> new RoomCounts(
                new TabCounts(rs.getLong("tab_all"), rs.getLong("tab_unassigned"), rs.getLong("tab_assigned"),
                        rs.getLong("tab_resolved")),
                new SessionCounts(rs.getLong("open"), rs.getLong("expiring"), rs.getLong("expired")),
                (int) threshold.toMinutes()), sql.args()).orElseThrow();
    }

    Sql countsSql(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        Where base = where(tenantId, new RoomFilter(null, List.of(), filter.agentIds(), filter.tagIds(),
                filter.channelIds(), filter.contactQuery()), now, threshold);
        Where session = sessionCondition(filter.sessions(), now, threshold);
        String status = filter.status() == null ? "true" : "r.status = '" + filter.status().name() + "'";
        Instant expiringFrom = now.plus(threshold);
        String sql = "select count(*) filter (where " + session.sql + ") as tab_all,"
                + " count(*) filter (where r.status = 'UNASSIGNED' and " + session.sql + ") as tab_unassigned,"
                + " count(*) filter (where r.status = 'ASSIGNED' and " + session.sql + ") as tab_assigned,"
                + " count(*) filter (where r.status = 'RESOLVED' and " + session.sql + ") as tab_resolved,"
                + " count(*) filter (where " + status + " and " + SessionState.OPEN.condition() + ") as open,"
                + " count(*) filter (where " + status + " and " + SessionState.EXPIRING.condition() + ") as expiring,"
                + " count(*) filter (where " + status + " and " + SessionState.EXPIRED.condition() + ") as expired"
                + " from room r where " + base.sql;
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            params.addAll(session.params);
        }
        params.addAll(List.of(SessionState.OPEN.parameters(now, expiringFrom)));
        params.addAll(List.of(SessionState.EXPIRING.parameters(now, expiringFrom)));
        params.addAll(List.of(SessionState.EXPIRED.parameters(now, expiringFrom)));
        params.addAll(base.params);
        return new Sql(sql, params);
    }

    // ---------------------------------------------------------------- where clauses

    private static final class Where {
        private final StringBuilder sqlBuilder = new StringBuilder();
        private final List<Object> params = new ArrayList<>();
        private String sql;

        Where(String first, Object... values) {
            and(first, values);
        }

        Where and(String condition, Object... values) {
            if (!sqlBuilder.isEmpty()) {
                sqlBuilder.append(" and ");
            }
            sqlBuilder.append(condition);
            params.addAll(List.of(values));
            sql = sqlBuilder.toString();
            return this;
        }
    }

    private static Where where(long tenantId, RoomFilter filter, Instant now, Duration threshold) {
        Where where = new Where("r.tenant_id = ?", tenantId);
        if (filter.status() != null) {
            where.and("r.status = ?", filter.status().name());
        }
        if (!filter.sessions().isEmpty()) {
            Where sessions = sessionCondition(filter.sessions(), now, threshold);
            where.and(sessions.sql, sessions.params.toArray());
        }
        if (!filter.agentIds().isEmpty()) {
            where.and("r.assignee_id = any(?)", filter.agentIds());
        }
        if (!filter.channelIds().isEmpty()) {
            where.and("r.channel_id = any(?)", filter.channelIds());
        }
        if (!filter.tagIds().isEmpty()) {
            where.and("exists (select 1 from room_tag rt where rt.room_id = r.id and rt.tenant_id = r.tenant_id"
                    + " and rt.tag_id = any(?))", filter.tagIds());
        }
        if (filter.contactQuery() != null) {
            ContactQuery query = ContactQuery.parse(filter.contactQuery());
            // the tenant as a parameter, not r.tenant_id: a correlated subquery would run once per room
            where.and("r.contact_id in (select c.id from contact c where c.tenant_id = ? and "
                    + query.condition() + ")", tenantId, query.parameter());
        }
        return where;
    }

    /** The OR of the selected session states; "true" when none is selected. */
    private static Where sessionCondition(List<SessionState> states, Instant now, Duration threshold) {
        if (states.isEmpty()) {
            Where all = new Where("true");
            return all;
        }
        Instant expiringFrom = now.plus(threshold);
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (SessionState state : states) {
            parts.add(state.condition());
            params.addAll(List.of(state.parameters(now, expiringFrom)));
        }
        return new Where("(" + String.join(" or ", parts) + ")", params.toArray());
    }

    // ---------------------------------------------------------------- rows

    private record Row(long id, String status, int unreadCount, String preview, String direction, Instant lastMessageAt,
                       Instant lastActivityAt, Instant windowExpiresAt, Instant resolvedAt, int version,
                       ContactRef contact, ChannelRef channel, AssigneeRef assignee) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Long assigneeId = Db.nullableLong(rs, "assignee_id");
        String phone = rs.getString("phone");
        return new Row(rs.getLong("id"), rs.getString("status"), rs.getInt("unread_count"),
                rs.getString("last_message_preview"), rs.getString("last_message_direction"),
                Db.instant(rs, "last_message_at"), Db.instant(rs, "last_activity_at"),
                Db.instant(rs, "window_expires_at"), Db.instant(rs, "resolved_at"), rs.getInt("version"),
                new ContactRef(rs.getLong("contact_id"), rs.getString("contact_name"), rs.getString("avatar_url"),
                        phone == null ? null : "+" + phone),
                new ChannelRef(rs.getLong("channel_id"), ChannelKind.valueOf(rs.getString("channel_kind")),
                        rs.getString("channel_name")),
                assigneeId == null ? null : new AssigneeRef(assigneeId, rs.getString("assignee_name"), rs.getBoolean("assignee_active")));
    }

    private List<RoomView> views(long tenantId, List<Row> rows, Instant now, Duration threshold) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TagView>> tags = new LinkedHashMap<>();
        db.list("select rt.room_id, t.id, t.name, t.color from room_tag rt"
                        + " join tag t on t.tenant_id = rt.tenant_id and t.id = rt.tag_id"
                        + " where rt.tenant_id = ? and rt.room_id = any(?) order by lower(t.name), t.id",
                rs -> {
                    tags.computeIfAbsent(rs.getLong("room_id"), k -> new ArrayList<>())
                            .add(new TagView(rs.getLong("id"), rs.getString("name"), rs.getString("color")));
                    return null;
                }, tenantId, rows.stream().map(Row::id).toList());
        int thresholdMinutes = (int) threshold.toMinutes();
        return rows.stream().map(r -> new RoomView(r.id(), r.contact(), r.channel(),
                RoomDtos.RoomStatus.valueOf(r.status()), r.assignee(), tags.getOrDefault(r.id(), List.of()),
                r.preview() == null ? null : new LastMessage(r.preview(), RoomDtos.Direction.valueOf(r.direction()),
                        r.lastMessageAt()),
                r.lastActivityAt(), r.unreadCount(), SessionState.of(r.windowExpiresAt(), now, threshold),
                r.windowExpiresAt(), thresholdMinutes, r.resolvedAt(), r.version())).toList();
    }

    /** A deadline cursor value: the window's expiry, or infinity for rooms without a window. */
    private static Object deadline(Cursor position) {
        return "infinity".equals(position.values().get(0)) ? "infinity" : position.instant(0);
    }
}
