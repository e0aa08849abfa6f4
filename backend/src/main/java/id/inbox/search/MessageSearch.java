package id.inbox.search;

import id.inbox.common.Cursor;
import id.inbox.common.Db;
import id.inbox.room.RoomDtos.Direction;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomReadRepository;
import id.inbox.search.SearchDtos.HitMessage;
import id.inbox.search.SearchDtos.MessageHit;
import id.inbox.search.SearchDtos.MessageHitPage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
    private static final String QUERY = "plainto_tsquery('simple', inbox_unaccent(?))";
    // Customer text is escaped before ts_headline adds the only markup, <mark>.
    private static final String ESCAPED_BODY = "replace(replace(replace(h.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    /** Messages up to this length are shown whole in the snippet; longer ones as fragments around the matches. */
    private static final int WHOLE_SNIPPET_LENGTH = 280;

    private record Hit(long id, long roomId, String body, Direction direction, Instant createdAt, float rank, String snippet) {
    }

    private final Db db;
    private final RoomReadRepository rooms;

    MessageSearch(Db db, RoomReadRepository rooms) {
        this.db = db;
        this.rooms = rooms;
    }

    public MessageHitPage search(long tenantId, String text, int limit, String cursor, Instant now, Duration threshold) {
        List<Object> params = new ArrayList<>(List.of(text, tenantId));
        String after = "";
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, CURSOR_KIND, 3);
            try {
                params.add(Float.parseFloat(position.values().get(0)));
                params.add(Instant.parse(position.values().get(1)));
                params.add(Long.parseLong(position.values().get(2)));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            after = " and (h.rank, h.created_at, h.id) < (?::real, ?, ?)";
        }
        params.add(limit + 1);
        String sql = "with q as (select " + QUERY + " as query),"
                + " h as (select m.id, m.room_id, m.body, m.direction, m.created_at,"
                + "              ts_rank_cd(m.search_vector, q.query) as rank"
                + "         from message m, q"
                + "        where m.tenant_id = ? and m.search_vector @@ q.query and m.direction <> 'SYSTEM')"
                + " select h.*, case when length(h.body) <= " + WHOLE_SNIPPET_LENGTH
                + "   then ts_headline('simple', " + ESCAPED_BODY + ", q.query, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')"
                + "   else ts_headline('simple', " + ESCAPED_BODY + ", q.query,"
                + "        'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, ShortWord=1, MaxFragments=2,"
                + " FragmentDelimiter=\" … \"') end as snippet"
                + "   from h, q where true" + after
                + "  order by h.rank desc, h.created_at desc, h.id desc limit ?";
        List<Hit> hits = db.list(sql,
                rs -> new Hit(rs.getLong("id"), rs.getLong("room_id"), rs.getString("body"),
                        Direction.valueOf(rs.getString("direction")), Db.instant(rs, "created_at"), rs.getFloat("rank"),
                        rs.getString("snippet")),
                params.toArray());
        String next = null;
        if (hits.size() > limit) {
            hits = hits.subList(0, limit);
            Hit last = hits.get(hits.size() - 1);
            next = new Cursor(CURSOR_KIND, List.of(Float.toString(last.rank()), last.createdAt().toString(),
                    String.valueOf(last.id()))).encode();
        }
        Map<Long, RoomView> byId = rooms.findAll(tenantId, hits.stream().map(Hit::roomId).distinct().toList(), now, threshold)
                .stream().collect(Collectors.toMap(RoomView::id, Function.identity()));
        List<MessageHit> items = hits.stream().map(h -> new MessageHit(
                new HitMessage(h.id(), h.body(), h.direction(), h.createdAt()), h.snippet(), byId.get(h.roomId()))).toList();
        return new MessageHitPage(items, next);
    }
}
