package id.inbox.message;

import id.inbox.common.ApiException;
import id.inbox.common.Cursor;
import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.message.MessageDtos.DeliveryFailureView;
import id.inbox.message.MessageDtos.DeliveryStatus;
import id.inbox.message.MessageDtos.MessageKind;
import id.inbox.message.MessageDtos.MessagePage;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.message.MessageDtos.ReplyTo;
import id.inbox.message.MessageDtos.SystemNote;
import id.inbox.room.RoomDtos.Direction;
import id.inbox.room.RoomDtos.UserRef;
import id.inbox.room.RoomEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Messages of a room, newest first, by keyset on (created_at, id) over message_room_idx. */
@ApplicationScoped
public class MessageRepository {

    private static final String SELECT = """
            select m.id, m.room_id, m.direction, m.kind, m.body, m.sender_user_id, s.display_name as sender_name,
                   m.template_id, m.delivery_status, m.system_event, m.system_target_user_id, m.system_note,
                   t.display_name as target_name, m.created_at, m.content::text as content, m.reply_to_provider_id,
                   m.reply_to_message_id, m.forwarded, m.reaction, m.failure_reason, m.failure_code, m.failure_title,
                   m.failure_detail,
                   case when m.direction = 'INTERNAL' then array(select u.id from message_mention mm join app_user u on u.id = mm.user_id
                                                                  where mm.message_id = m.id order by mm.id) end as mention_ids,
                   case when m.direction = 'INTERNAL' then array(select u.display_name from message_mention mm join app_user u on u.id = mm.user_id
                                                                  where mm.message_id = m.id order by mm.id) end as mention_names
              from message m
              left join app_user s on s.id = m.sender_user_id
              left join app_user t on t.id = m.system_target_user_id
            """;
    private static final String OLDER = "messages-older";
    private static final String NEWER = "messages-newer";

    private final Database db;

    MessageRepository(Database db) {
        this.db = db;
    }

    private List<MessageView> list(Sql sql) {
        return db.withHandle(handle -> sql.query(handle).map(MessageRepository::row).list());
    }

    public MessageView find(long tenantId, long messageId) {
        return list(Sql.of(SELECT + " where m.tenant_id = :tenant and m.id = :message").bind("tenant", tenantId)
                .bind("message", messageId)).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Message " + messageId));
    }

    /**
     * Up to {@code limit} of the room's messages stored after {@code afterId} that someone other than the user wrote:
     * the customer's, and colleagues' (or integrators') outbound ones; SYSTEM notes do not count. Oldest first, the
     * newest ones when there are more; ids grow in the order a room's messages are stored, which its row lock orders.
     */
    public List<MessageView> newerFromOthers(long tenantId, long roomId, long afterId, long userId, int limit) {
        List<MessageView> newestFirst = new ArrayList<>(list(Sql.of(SELECT + """
                         where m.room_id = :room and m.tenant_id = :tenant and m.id > :after
                           and (m.direction = 'INBOUND' or m.direction = 'OUTBOUND' and m.sender_user_id is distinct from :user)
                         order by m.id desc limit :limit""")
                .bind("room", roomId).bind("tenant", tenantId).bind("after", afterId).bind("user", userId).bind("limit", limit)));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Whether the message is one of the room's. */
    public boolean inRoom(long tenantId, long roomId, long messageId) {
        Sql sql = Sql.of("select exists (select 1 from message where tenant_id = :tenant and room_id = :room and id = :message)")
                .bind("tenant", tenantId).bind("room", roomId).bind("message", messageId);
        return db.withHandle(handle -> sql.query(handle).mapTo(Boolean.class).one());
    }

    /** A page of the room's messages: the newest, or older/newer than a cursor. */
    public MessagePage page(long tenantId, long roomId, int limit, String cursor) {
        if (cursor == null) {
            List<MessageView> rows = older(tenantId, roomId, null, limit + 1);
            return olderPage(rows, limit, null);
        }
        String kind = cursorKind(cursor);
        Cursor position = Cursor.decode(cursor, kind, 2);
        Key key = Key.of(position);
        if (OLDER.equals(kind)) {
            return olderPage(older(tenantId, roomId, key, limit + 1), limit, key);
        }
        List<MessageView> newer = newer(tenantId, roomId, key, limit + 1);
        boolean moreNewer = newer.size() > limit;
        List<MessageView> items = new ArrayList<>(newer.subList(0, Math.min(limit, newer.size())));
        Collections.reverse(items);
        String next = items.isEmpty() ? encode(OLDER, key) : encode(OLDER, Key.of(items.get(items.size() - 1)));
        String previous = moreNewer && !items.isEmpty() ? encode(NEWER, Key.of(items.get(0))) : null;
        return new MessagePage(items, next, previous);
    }

    /** A page with the message in the middle: half newer, the message, the rest older. */
    public MessagePage around(long tenantId, long roomId, long messageId, int limit) {
        MessageView centre = list(Sql.of(SELECT + " where m.tenant_id = :tenant and m.room_id = :room and m.id = :message")
                        .bind("tenant", tenantId).bind("room", roomId).bind("message", messageId)).stream().findFirst()
                .orElseThrow(() -> ApiException.notFound("Message " + messageId + " in this room"));
        Key key = Key.of(centre);
        int newerWanted = (limit - 1) / 2;
        List<MessageView> newer = newer(tenantId, roomId, key, newerWanted + 1);
        boolean moreNewer = newer.size() > newerWanted;
        List<MessageView> items = new ArrayList<>(newer.subList(0, Math.min(newerWanted, newer.size())));
        Collections.reverse(items);
        items.add(centre);
        int olderWanted = limit - items.size();
        List<MessageView> older = older(tenantId, roomId, key, olderWanted + 1);
        boolean moreOlder = older.size() > olderWanted;
        items.addAll(older.subList(0, Math.min(olderWanted, older.size())));
        String next = moreOlder ? encode(OLDER, Key.of(items.get(items.size() - 1))) : null;
        String previous = moreNewer ? encode(NEWER, Key.of(items.get(0))) : null;
        return new MessagePage(items, next, previous);
    }

    private MessagePage olderPage(List<MessageView> rows, int limit, Key from) {
        boolean more = rows.size() > limit;
        List<MessageView> items = rows.subList(0, Math.min(limit, rows.size()));
        String next = more ? encode(OLDER, Key.of(items.get(items.size() - 1))) : null;
        String previous = from == null ? null : encode(NEWER, items.isEmpty() ? from : Key.of(items.get(0)));
        return new MessagePage(List.copyOf(items), next, previous);
    }

    private List<MessageView> older(long tenantId, long roomId, Key before, int count) {
        if (before == null) {
            return list(Sql.of(SELECT + " where m.room_id = :room and m.tenant_id = :tenant order by m.created_at desc, m.id desc limit :count")
                    .bind("room", roomId).bind("tenant", tenantId).bind("count", count));
        }
        return list(before.bind(Sql.of(SELECT + " where m.room_id = :room and m.tenant_id = :tenant and (m.created_at, m.id) < (:createdAt, :id)"
                        + " order by m.created_at desc, m.id desc limit :count"))
                .bind("room", roomId).bind("tenant", tenantId).bind("count", count));
    }

    /** Oldest first. */
    private List<MessageView> newer(long tenantId, long roomId, Key after, int count) {
        return list(after.bind(Sql.of(SELECT + " where m.room_id = :room and m.tenant_id = :tenant and (m.created_at, m.id) > (:createdAt, :id)"
                        + " order by m.created_at asc, m.id asc limit :count"))
                .bind("room", roomId).bind("tenant", tenantId).bind("count", count));
    }

    private record Key(Instant createdAt, long id) {
        Sql bind(Sql sql) {
            return sql.bind("createdAt", createdAt).bind("id", id);
        }

        static Key of(MessageView message) {
            return new Key(message.createdAt(), message.id());
        }

        static Key of(Cursor cursor) {
            return new Key(cursor.instant(0), cursor.id(1));
        }
    }

    private static String encode(String kind, Key key) {
        return new Cursor(kind, List.of(key.createdAt().toString(), String.valueOf(key.id()))).encode();
    }

    private static String cursorKind(String cursor) {
        for (String kind : List.of(OLDER, NEWER)) {
            try {
                Cursor.decode(cursor, kind, 2);
                return kind;
            } catch (ApiException e) {
                // try the other direction
            }
        }
        throw Cursor.invalid();
    }

    static MessageView row(ResultSet rs) throws SQLException {
        Long senderId = rs.getObject("sender_user_id", Long.class);
        Long targetId = rs.getObject("system_target_user_id", Long.class);
        String delivery = rs.getString("delivery_status");
        String event = rs.getString("system_event");
        String replyTo = rs.getString("reply_to_provider_id");
        String failure = rs.getString("failure_reason");
        return new MessageView(rs.getLong("id"), rs.getLong("room_id"), Direction.valueOf(rs.getString("direction")),
                MessageKind.valueOf(rs.getString("kind")), rs.getString("body"),
                senderId == null ? null : new UserRef(senderId, rs.getString("sender_name")),
                rs.getObject("template_id", Long.class),
                delivery == null ? null : DeliveryStatus.valueOf(delivery),
                event == null ? null : new SystemNote(RoomEvents.Event.valueOf(event),
                        targetId == null ? null : new UserRef(targetId, rs.getString("target_name")), rs.getString("system_note")),
                Sql.instant(rs, "created_at"), MessageContents.read(rs.getString("content")),
                replyTo == null ? null : new ReplyTo(replyTo, rs.getObject("reply_to_message_id", Long.class)),
                rs.getBoolean("forwarded"), rs.getString("reaction"),
                failure == null ? null : new DeliveryFailureView(DeliveryFailure.valueOf(failure),
                        rs.getObject("failure_code", Integer.class), rs.getString("failure_title"), rs.getString("failure_detail")),
                mentions(rs));
    }

    private static List<UserRef> mentions(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("mention_ids");
        if (ids == null) {
            return List.of();
        }
        Long[] idValues = (Long[]) ids.getArray();
        String[] names = (String[]) rs.getArray("mention_names").getArray();
        List<UserRef> users = new ArrayList<>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            users.add(new UserRef(idValues[i], names[i]));
        }
        return List.copyOf(users);
    }
}
