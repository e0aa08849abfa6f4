package id.inbox.note;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Cursor;
import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.note.NoteDtos.MentionPage;
import id.inbox.note.NoteDtos.MentionView;
import id.inbox.room.RoomDtos.UserRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * A user's mentions (their notifications of private notes), newest first by keyset on (created_at, id) over
 * message_mention_user_idx, and marking them read. Only the caller's own rows, of the caller's tenant.
 */
@ApplicationScoped
public class Mentions {

    private static final String CURSOR = "mentions";
    private static final String SELECT = """
            select mm.id, mm.message_id, mm.room_id, c.name as contact_name, m.sender_user_id, s.display_name as sender_name,
                   m.body, mm.created_at, mm.read_at, mm.user_id
              from message_mention mm
              join message m on m.id = mm.message_id
              left join app_user s on s.id = m.sender_user_id
              join room r on r.id = mm.room_id
              join contact c on c.id = r.contact_id
            """;

    /** A mention with the user it notifies (for the live event). */
    public record Addressed(long userId, MentionView mention) {
    }

    private final Database db;
    private final Clock clock;

    Mentions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MentionPage page(Caller caller, int limit, String cursor) {
        Sql sql = Sql.of(SELECT + " where mm.user_id = :user and mm.tenant_id = :tenant"
                + (cursor == null ? "" : " and (mm.created_at, mm.id) < (:createdAt, :id)")
                + " order by mm.created_at desc, mm.id desc limit :count")
                .bind("user", caller.userId()).bind("tenant", caller.tenantId()).bind("count", limit + 1);
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, CURSOR, 2);
            sql = sql.bind("createdAt", position.instant(0)).bind("id", position.id(1));
        }
        Sql rows = sql;
        List<MentionView> found = db.withHandle(handle -> rows.query(handle).map(Mentions::view).list());
        List<MentionView> items = List.copyOf(found.subList(0, Math.min(limit, found.size())));
        String next = found.size() > limit
                ? new Cursor(CURSOR, List.of(items.get(items.size() - 1).createdAt().toString(),
                        String.valueOf(items.get(items.size() - 1).id()))).encode()
                : null;
        return new MentionPage(items, next, unread(caller));
    }

    /** The mentions a note made, each with the user it notifies. */
    public List<Addressed> ofNote(long tenantId, long messageId) {
        Sql sql = Sql.of(SELECT + " where mm.message_id = :message and mm.tenant_id = :tenant order by mm.id")
                .bind("message", messageId).bind("tenant", tenantId);
        return db.withHandle(handle -> sql.query(handle).map(rs -> new Addressed(rs.getLong("user_id"), view(rs))).list());
    }

    /** Marks one of the caller's mentions read (again is fine); 404 for anyone else's. */
    @Transactional
    public void markRead(Caller caller, long mentionId) {
        Sql sql = Sql.of("update message_mention set read_at = coalesce(read_at, :now)"
                        + " where id = :mention and user_id = :user and tenant_id = :tenant")
                .bind("now", clock.instant()).bind("mention", mentionId).bind("user", caller.userId())
                .bind("tenant", caller.tenantId());
        if (db.withHandle(handle -> sql.update(handle).execute()) == 0) {
            throw ApiException.notFound("Mention " + mentionId);
        }
    }

    /** Marks all the caller's unread mentions read. */
    @Transactional
    public void markAllRead(Caller caller) {
        Sql sql = Sql.of("update message_mention set read_at = :now"
                        + " where user_id = :user and read_at is null and tenant_id = :tenant")
                .bind("now", clock.instant()).bind("user", caller.userId()).bind("tenant", caller.tenantId());
        db.withHandle(handle -> sql.update(handle).execute());
    }

    private long unread(Caller caller) {
        Sql sql = Sql.of("select count(*) from message_mention where user_id = :user and read_at is null and tenant_id = :tenant")
                .bind("user", caller.userId()).bind("tenant", caller.tenantId());
        return db.withHandle(handle -> sql.query(handle).mapTo(Long.class).one());
    }

    private static MentionView view(ResultSet rs) throws SQLException {
        Long authorId = rs.getObject("sender_user_id", Long.class);
        return new MentionView(rs.getLong("id"), rs.getLong("message_id"), rs.getLong("room_id"), rs.getString("contact_name"),
                authorId == null ? null : new UserRef(authorId, rs.getString("sender_name")), rs.getString("body"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "read_at"));
    }
}
