package id.inbox.search;

import id.inbox.auth.Caller;
import id.inbox.common.Cursor;
import id.inbox.common.Database;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.Direction;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomViews;
import id.inbox.search.SearchDtos.HitMessage;
import id.inbox.search.SearchDtos.MessageHit;
import id.inbox.search.SearchDtos.MessageHitPage;
import id.inbox.tenant.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Conversation search: PostgreSQL full text over the stored tsvector (message_search_idx), best
 * matches first, then newest. The text is taken literally (plainto_tsquery: every word must match,
 * no operators), so no input can make the query fail.
 */
@ApplicationScoped
public class MessageSearch {

    private static final String CURSOR_KIND = "message-search";
    private static final String QUERY = "plainto_tsquery('simple', inbox_unaccent(:text))";
    // Customer text is escaped before ts_headline adds the only markup, <mark>.
    private static final String ESCAPED_BODY = "replace(replace(replace(h.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    /** Messages up to this length are shown whole in the snippet; longer ones as fragments around the matches. */
    private static final int WHOLE_SNIPPET_LENGTH = 280;

    /** Matches ranked per page: the newest this many, then the next this many, and so on. */
    static final int WINDOW = 500;

    /**
     * Days searched one by one, newest first, before older matches are read all at once: for the first window the
     * day after the clock's, today and two before. Each day costs a rare word a GIN probe, so they are few; a word
     * in one message in 300 fills its window within them in a company of 50,000 messages a day or more.
     */
    static final int DAYS = 4;

    /** inbox_search_day: company * this + day. */
    private static final long DAY_KEYS_PER_TENANT = 100_000;
    private static final long SECONDS_PER_DAY = 86_400;

    private record Hit(long id, long roomId, String body, Direction direction, Instant createdAt, float rank, String snippet,
                       int windowSize, Instant oldestCreatedAt, long oldestId) {
    }

    private final Database db;
    private final RoomViews rooms;
    private final TenantSettings settings;
    private final Clock clock;

    MessageSearch(Database db, RoomViews rooms, TenantSettings settings, Clock clock) {
        this.db = db;
        this.rooms = rooms;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MessageHitPage search(Caller caller, String text, int limit, String cursor) {
        long tenantId = caller.tenantId();
        Position position = cursor == null ? Position.FIRST : Position.decode(cursor);
        Sql sql = searchSql(tenantId, text, limit, position);
        List<Hit> hits = db.withHandle(handle -> sql.query(handle).map(Rows.of(Hit.class)).list());
        String next = null;
        if (hits.size() > limit) {
            hits = hits.subList(0, limit);
            Hit last = hits.get(hits.size() - 1);
            next = new Position(position.windowCreatedAt(), position.windowId(), last.rank(), last.createdAt(), last.id()).encode();
        } else if (!hits.isEmpty() && hits.get(0).windowSize() == WINDOW) {
            // this window is exhausted, and older matches may exist: the next page ranks the next window
            Hit any = hits.get(0);
            next = new Position(any.oldestCreatedAt(), any.oldestId(), null, null, null).encode();
        }
        Map<Long, RoomView> byId = rooms.findAll(tenantId, hits.stream().map(Hit::roomId).distinct().toList(), clock.instant(),
                        settings.expiringThreshold(tenantId))
                .stream().collect(Collectors.toMap(RoomView::id, Function.identity()));
        List<MessageHit> items = hits.stream().map(h -> new MessageHit(
                new HitMessage(h.id(), h.body(), h.direction(), h.createdAt()), h.snippet(), byId.get(h.roomId()))).toList();
        return new MessageHitPage(items, next);
    }

    /**
     * The statement of one page of hits (limit + 1 rows). Matches are ranked within a window of the
     * {@value #WINDOW} newest matches (older than the window's start), so a very common word costs no
     * more than a rare one. The window is filled one UTC day at a time, newest first, through
     * inbox_search_day (message_search_day_idx walks a day newest first for common words, message_search_idx
     * fetches a day's matches of other words), and stops at the day that completes it; only when the
     * {@value #DAYS} days from the window's start hold fewer are older matches read, in one statement, from
     * the company's GIN entries or newest first. The window is sorted again after the union, so it is the
     * newest matches whatever order the union's parts come in.
     */
    Sql searchSql(long tenantId, String text, int limit, Position position) {
        String windowStart = position.windowCreatedAt() == null ? "" : " and (m.created_at, m.id) < (:windowCreatedAt, :windowId)";
        String after = position.rank() == null ? "" : " where (h.rank, h.created_at, h.id) < (:rank::real, :createdAt, :id)";
        String match = " and m.search_vector @@ " + QUERY + " and m.direction <> 'SYSTEM'" + windowStart
                + " order by m.created_at desc, m.id desc limit :window";
        String columns = "select m.id, m.room_id, m.body, m.direction, m.created_at, m.search_vector from message m";
        String statement = "with recent as (select d.* from generate_series(:firstDay, :firstDay - " + (DAYS - 1) + ", -1) as days(k)"
                + "   cross join lateral (" + columns + " where inbox_search_day(m.tenant_id, m.created_at) = days.k" + match + ") d"
                + "   limit :window),"
                + " candidates as (select * from recent union all (" + columns
                + "   where (select count(*) from recent) < :window and m.tenant_id = :tenant and m.created_at < :olderThan" + match + ")"
                + "   order by created_at desc, id desc limit :window),"
                + " h as (select c.id, c.room_id, c.body, c.direction, c.created_at,"
                + "              ts_rank_cd(c.search_vector, " + QUERY + ") as rank,"
                + "              count(*) over () as window_size,"
                + "              first_value(c.created_at) over oldest as oldest_created_at,"
                + "              first_value(c.id) over oldest as oldest_id"
                + "         from candidates c window oldest as (order by c.created_at, c.id))"
                + " select h.*, case when length(h.body) <= " + WHOLE_SNIPPET_LENGTH
                + "   then ts_headline('simple', " + ESCAPED_BODY + ", " + QUERY + ", 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')"
                + "   else ts_headline('simple', " + ESCAPED_BODY + ", " + QUERY + ","
                + "        'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=1, MaxFragments=2,"
                + " FragmentDelimiter=\" … \"') end as snippet"
                + "   from h" + after
                + "  order by h.rank desc, h.created_at desc, h.id desc limit :limit";
        // the first window starts a day ahead of the clock: no message is dated further ahead than the inbound clock skew
        long firstDay = position.windowCreatedAt() == null ? day(clock.instant()) + 1 : day(position.windowCreatedAt());
        Sql sql = Sql.of(statement).bind("tenant", tenantId).bind("text", text).bind("window", WINDOW).bind("limit", limit + 1)
                .bind("firstDay", tenantId * DAY_KEYS_PER_TENANT + firstDay)
                .bind("olderThan", Instant.ofEpochSecond((firstDay - DAYS + 1) * SECONDS_PER_DAY));
        if (position.windowCreatedAt() != null) {
            sql = sql.bind("windowCreatedAt", position.windowCreatedAt()).bind("windowId", position.windowId());
        }
        if (position.rank() != null) {
            sql = sql.bind("rank", position.rank()).bind("createdAt", position.createdAt()).bind("id", position.id());
        }
        return sql;
    }

    /** The UTC day of an instant, in days since 1970-01-01, as inbox_search_day counts it. */
    private static long day(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), SECONDS_PER_DAY);
    }

    /** Where a page starts: the candidate window (matches older than a message) and the place in its ranking. */
    record Position(Instant windowCreatedAt, Long windowId, Float rank, Instant createdAt, Long id) {

        static final Position FIRST = new Position(null, null, null, null, null);

        String encode() {
            return new Cursor(CURSOR_KIND, java.util.Arrays.asList(text(windowCreatedAt), text(windowId), text(rank),
                    text(createdAt), text(id))).encode();
        }

        static Position decode(String cursor) {
            Cursor position = Cursor.decode(cursor, CURSOR_KIND, 5);
            return new Position(position.isEmpty(0) ? null : position.instant(0),
                    position.isEmpty(1) ? null : position.id(1),
                    position.isEmpty(2) ? null : rank(position.values().get(2)),
                    position.isEmpty(3) ? null : position.instant(3),
                    position.isEmpty(4) ? null : position.id(4));
        }

        private static Float rank(String value) {
            try {
                float rank = Float.parseFloat(value);
                if (!Float.isFinite(rank)) {
                    throw Cursor.invalid();
                }
                return rank;
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }
}
