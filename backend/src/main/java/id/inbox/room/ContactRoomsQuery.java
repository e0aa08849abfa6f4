package id.inbox.room;

import id.inbox.channel.ChannelKind;
import id.inbox.common.Cursor;
import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.ChannelRef;
import id.inbox.room.RoomDtos.RoomPage;
import id.inbox.room.RoomDtos.RoomView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rooms of one person on every channel: the contact's own rooms and those of the company's other
 * contacts with the same phone number (WhatsApp and, say, Telegram or web chat, each its own contact),
 * resolved ones too, newest activity first, one keyset page at a time. The contacts come from
 * contact_phone_idx, their rooms from room_contact_channel_key (V18__contact_panel.sql).
 */
@ApplicationScoped
public class ContactRoomsQuery {

    private static final String CURSOR_KIND = "contact-rooms";

    /** The contacts that are the same person as :contact (phone :phone, null for none); parameter :tenant. */
    static final String PEOPLE = """
            with people as (
                select p.id from contact p where p.tenant_id = :tenant and p.id = :contact
                union
                select p.id from contact p where p.tenant_id = :tenant and p.phone = :phone
            )
            """;

    private final Database db;
    private final RoomViews views;

    ContactRoomsQuery(Database db, RoomViews views) {
        this.db = db;
        this.views = views;
    }

    public RoomPage page(long tenantId, long contactId, String phone, int limit, String cursor, Instant now, Duration threshold) {
        List<RoomView> rooms = views.list(tenantId, pageSql(tenantId, contactId, phone, limit, cursor, now, threshold), threshold);
        String next = null;
        if (rooms.size() > limit) {
            rooms = rooms.subList(0, limit);
            RoomView last = rooms.get(rooms.size() - 1);
            next = new Cursor(CURSOR_KIND, List.of(last.lastActivityAt().toString(), String.valueOf(last.id()))).encode();
        }
        return new RoomPage(rooms, next);
    }

    /** The statement of one page (limit + 1 rows, to know whether there is a next page). */
    public Sql pageSql(long tenantId, long contactId, String phone, int limit, String cursor, Instant now, Duration threshold) {
        String after = "";
        Sql sql = Sql.of("");
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, CURSOR_KIND, 2);
            after = " and (r.last_activity_at, r.id) < (:after::timestamptz, :afterId)";
            sql = sql.bind("after", position.instant(0)).bind("afterId", position.id(1));
        }
        String text = PEOPLE + RoomViews.COLUMNS + " from people join room r on r.tenant_id = :tenant and r.contact_id = people.id "
                + RoomViews.JOINS + " where true" + after + " order by r.last_activity_at desc, r.id desc limit :limit";
        return SessionState.bind(new Sql(text, sql.params()), now, threshold)
                .bind("tenant", tenantId).bind("contact", contactId).bind("phone", phone).bind("limit", limit + 1);
    }

    /** The channels the person has rooms on, by name. */
    public List<ChannelRef> channels(long tenantId, long contactId, String phone) {
        Sql sql = channelsSql(tenantId, contactId, phone);
        return db.withHandle(handle -> sql.query(handle).map(rs -> new ChannelRef(rs.getLong("id"),
                ChannelKind.valueOf(rs.getString("kind")), rs.getString("name"))).list());
    }

    public Sql channelsSql(long tenantId, long contactId, String phone) {
        return Sql.of(PEOPLE + """
                        select distinct ch.id, ch.kind, ch.name
                          from people join room r on r.tenant_id = :tenant and r.contact_id = people.id
                          join channel ch on ch.id = r.channel_id
                         order by ch.name, ch.id""")
                .bind("tenant", tenantId).bind("contact", contactId).bind("phone", phone);
    }
}
