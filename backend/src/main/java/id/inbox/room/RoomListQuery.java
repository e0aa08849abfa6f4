package id.inbox.room;

import static id.inbox.room.SessionState.DEADLINE;

import id.inbox.common.Cursor;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One keyset page of the room list: the page's ids from an index that carries the filter columns, then the
 * rooms ({@link RoomViews}). The indexes are in V2__inbox.sql and V4__room_counts_and_tag_order.sql.
 */
@ApplicationScoped
public class RoomListQuery {

    /** A page of rooms and the cursor of the next one (null on the last page). */
    public record Page(List<RoomView> rooms, String nextCursor) {
    }

    private final RoomViews views;

    RoomListQuery(RoomViews views) {
        this.views = views;
    }

    public Page list(long tenantId, RoomFilter filter, RoomFilter.Sort sort, int limit, String cursor,
                     Instant now, Duration threshold) {
        List<RoomView> rooms = views.list(tenantId, listSql(tenantId, filter, sort, limit, cursor, now, threshold), threshold);
        String next = null;
        if (rooms.size() > limit) {
            rooms = rooms.subList(0, limit);
            RoomView last = rooms.get(rooms.size() - 1);
            List<String> key = switch (sort) {
                case LATEST, OLDEST -> List.of(last.lastActivityAt().toString(), String.valueOf(last.id()));
                case DEADLINE -> {
                    String deadline = last.windowExpiresAt() == null ? "infinity" : last.windowExpiresAt().toString();
                    boolean expired = last.windowExpiresAt() != null && !last.windowExpiresAt().isAfter(now);
                    yield List.of(expired ? EXPIRED_PART : SAVABLE_PART, deadline, String.valueOf(last.id()));
                }
            };
            next = new Cursor(cursorKind(sort), key).encode();
        }
        return new Page(rooms, next);
    }

    /** The statement of one list page (limit + 1 rows, to know whether there is a next page). */
    Sql listSql(long tenantId, RoomFilter filter, RoomFilter.Sort sort, int limit, String cursor, Instant now, Duration threshold) {
        if (sort == RoomFilter.Sort.DEADLINE) {
            return deadlineListSql(tenantId, filter, limit, cursor, now, threshold);
        }
        if (!filter.tagIds().isEmpty()) {
            return taggedListSql(tenantId, filter, sort, limit, cursor, now, threshold);
        }
        RoomConditions where = RoomConditions.of(tenantId, filter, now, threshold);
        boolean latest = sort == RoomFilter.Sort.LATEST;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, cursorKind(sort), 2);
            where.and("(r.last_activity_at, r.id) " + (latest ? "<" : ">") + " (:after::timestamptz, :afterId)")
                    .bind("after", position.instant(0)).bind("afterId", position.id(1));
        }
        String order = latest ? "r.last_activity_at desc, r.id desc" : "r.last_activity_at asc, r.id asc";
        // The page's ids first: the filters are on columns the indexes carry, so rooms that do not match
        // (say the recent ones, for the Expired filter) are skipped inside the index, not fetched one by one.
        Sql sql = where.within(RoomViews.COLUMNS + " from (select r.id from room r where ",
                " order by " + order + " limit :limit) as page join room r on r.id = page.id " + RoomViews.JOINS
                        + " order by " + order);
        return SessionState.bind(sql, now, threshold).bind("limit", limit + 1);
    }

    private static final String SAVABLE_PART = "savable";
    private static final String EXPIRED_PART = "expired";

    /**
     * sort=deadline: the rooms an agent can still save first, their windows closing soonest first (rooms without
     * a window, which never close, after them); then the expired rooms, the most recently expired first. Each part
     * is a walk of room_deadline_idx (forwards, then backwards); the cursor says in which part the page ends.
     */
    private Sql deadlineListSql(long tenantId, RoomFilter filter, int limit, String cursor, Instant now, Duration threshold) {
        RoomConditions savable = RoomConditions.of(tenantId, filter, now, threshold).and(DEADLINE + " > :now");
        RoomConditions expired = RoomConditions.of(tenantId, filter, now, threshold).and(DEADLINE + " <= :now");
        boolean inExpiredPart = false;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, cursorKind(RoomFilter.Sort.DEADLINE), 3);
            inExpiredPart = switch (position.values().get(0)) {
                case SAVABLE_PART -> false;
                case EXPIRED_PART -> true;
                default -> throw Cursor.invalid();
            };
            (inExpiredPart ? expired : savable).and("(" + DEADLINE + ", r.id) " + (inExpiredPart ? "<" : ">")
                    + " (:after::timestamptz, :afterId)").bind("after", deadline(position)).bind("afterId", position.id(2));
        }
        Sql savableIds = savable.within("(select r.id, 0 as part from room r where ",
                " order by " + DEADLINE + " asc, r.id asc limit :limit)");
        Sql expiredIds = expired.within("(select r.id, 1 as part from room r where ",
                " order by " + DEADLINE + " desc, r.id desc limit :limit)");
        Sql sql = expiredIds.wrap(RoomViews.COLUMNS + " from (" + (inExpiredPart ? "" : savableIds.text() + " union all "),
                ") as page join room r on r.id = page.id " + RoomViews.JOINS + " order by page.part,"
                        + " case when page.part = 0 then " + DEADLINE + " end asc, case when page.part = 0 then r.id end asc,"
                        + " " + DEADLINE + " desc, r.id desc limit :limit");
        if (!inExpiredPart) {
            for (Map.Entry<String, Object> param : savableIds.params().entrySet()) {
                sql = sql.bind(param.getKey(), param.getValue());
            }
        }
        return SessionState.bind(sql, now, threshold).bind("limit", limit + 1);
    }

    /**
     * A page filtered by tags, sort=latest/oldest: each tag's rooms come in order from room_tag_latest_idx
     * (room_tag keeps its room's last activity), the first limit + 1 matching rooms of each tag are merged,
     * and the page is the first limit + 1 of those. A room with two of the tags is listed once.
     */
    private Sql taggedListSql(long tenantId, RoomFilter filter, RoomFilter.Sort sort, int limit, String cursor,
                              Instant now, Duration threshold) {
        RoomConditions where = RoomConditions.of(tenantId, new RoomFilter(filter.tab(), filter.me(), filter.sessions(),
                filter.agentIds(), List.of(), filter.channelIds(), filter.contactQuery()), now, threshold);
        where.and("rt.tag_id = t.tag_id");
        boolean latest = sort == RoomFilter.Sort.LATEST;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, cursorKind(sort), 2);
            where.and("(rt.last_activity_at, rt.room_id) " + (latest ? "<" : ">") + " (:after::timestamptz, :afterId)")
                    .bind("after", position.instant(0)).bind("afterId", position.id(1));
        }
        String direction = latest ? " desc" : " asc";
        Sql sql = where.within(RoomViews.SELECT + " where r.id in (select tagged.room_id from unnest(:tags::bigint[]) as t(tag_id)"
                        + " cross join lateral (select rt.room_id from room_tag rt"
                        + " join room r on r.tenant_id = rt.tenant_id and r.id = rt.room_id"
                        + " where ",
                " order by rt.last_activity_at" + direction + ", rt.room_id" + direction + " limit :limit) tagged)"
                        + " and r.tenant_id = :tenant"
                        + " order by r.last_activity_at" + direction + ", r.id" + direction + " limit :limit");
        return SessionState.bind(sql, now, threshold).bind("tags", filter.tagIds()).bind("limit", limit + 1);
    }

    private static String cursorKind(RoomFilter.Sort sort) {
        return "rooms-" + sort.name().toLowerCase();
    }

    /** A deadline cursor value: the window's expiry, or infinity for rooms without a window. */
    private static Object deadline(Cursor position) {
        return "infinity".equals(position.values().get(1)) ? "infinity" : position.instant(1);
    }
}
