package id.inbox.room;

import id.inbox.channel.ChannelKind;
import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.Sql;
import id.inbox.room.RoomDtos.AssigneeRef;
import id.inbox.room.RoomDtos.ChannelRef;
import id.inbox.room.RoomDtos.ContactRef;
import id.inbox.room.RoomDtos.LastMessage;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomDtos.TagView;
import id.inbox.room.RoomDtos.UserRef;
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
import java.util.Objects;
import java.util.Optional;

/**
 * Rooms as clients see them: the room with contact, channel and assignee in one query, and their tags in
 * one more, whatever the number of rooms. The session state is selected with the room
 * ({@link SessionState#COLUMN}), so it is the one the filters use.
 */
@ApplicationScoped
public class RoomViews {

    /** The columns of a room view; parameters :now and :expiringFrom (for the session state). */
    static final String COLUMNS = """
            select r.id, r.status, r.unread_count, r.last_message_preview, r.last_message_direction, r.last_message_at,
                   r.last_activity_at, r.window_expires_at, r.resolved_at, r.version, r.ad_referral::text as ad_referral,
                   c.id as contact_id, c.name as contact_name, c.avatar_url, c.phone,
                   ch.id as channel_id, ch.kind as channel_kind, ch.name as channel_name,
                   u.id as assignee_id, u.display_name as assignee_name, u.active as assignee_active,
                   ls.id as last_sender_id, ls.display_name as last_sender_name,
            """ + "       " + SessionState.COLUMN + " as session\n";
    static final String JOINS = """
              join contact c on c.id = r.contact_id
              join channel ch on ch.id = r.channel_id
              left join app_user u on u.id = r.assignee_id
              left join app_user ls on ls.id = r.last_message_sender_id
            """;
    static final String SELECT = COLUMNS + " from room r " + JOINS;

    private final Database db;

    RoomViews(Database db) {
        this.db = db;
    }

    public Optional<RoomView> find(long tenantId, long roomId, Instant now, Duration threshold) {
        return findAll(tenantId, List.of(roomId), now, threshold).stream().findFirst();
    }

    /** The rooms with these ids, in the order of the ids. */
    public List<RoomView> findAll(long tenantId, Collection<Long> roomIds, Instant now, Duration threshold) {
        if (roomIds.isEmpty()) {
            return List.of();
        }
        Sql sql = SessionState.bind(Sql.of(SELECT + " where r.tenant_id = :tenant and r.id = any(:rooms)"), now, threshold)
                .bind("tenant", tenantId).bind("rooms", List.copyOf(roomIds));
        Map<Long, RoomView> byId = new HashMap<>();
        list(tenantId, sql, threshold).forEach(view -> byId.put(view.id(), view));
        return roomIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The rooms a statement selecting {@link #COLUMNS} finds, in its order, with their tags. */
    List<RoomView> list(long tenantId, Sql sql, Duration threshold) {
        return db.withHandle(handle -> {
            List<Row> rows = sql.query(handle).map(RoomViews::row).list();
            return views(handle, tenantId, rows, threshold);
        });
    }

    private record Row(long id, String status, int unreadCount, String preview, String direction, UserRef lastSender,
                       Instant lastMessageAt,
                       Instant lastActivityAt, Instant windowExpiresAt, Instant resolvedAt, int version,
                       ContactRef contact, ChannelRef channel, AssigneeRef assignee, SessionState session,
                       RoomDtos.AdReferral adReferral) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Long assigneeId = rs.getObject("assignee_id", Long.class);
        String phone = rs.getString("phone");
        Long lastSenderId = rs.getObject("last_sender_id", Long.class);
        return new Row(rs.getLong("id"), rs.getString("status"), rs.getInt("unread_count"),
                rs.getString("last_message_preview"), rs.getString("last_message_direction"),
                lastSenderId == null ? null : new UserRef(lastSenderId, rs.getString("last_sender_name")),
                Sql.instant(rs, "last_message_at"), Sql.instant(rs, "last_activity_at"),
                Sql.instant(rs, "window_expires_at"), Sql.instant(rs, "resolved_at"), rs.getInt("version"),
                new ContactRef(rs.getLong("contact_id"), rs.getString("contact_name"), rs.getString("avatar_url"),
                        phone == null ? null : "+" + phone),
                new ChannelRef(rs.getLong("channel_id"), ChannelKind.valueOf(rs.getString("channel_kind")),
                        rs.getString("channel_name")),
                assigneeId == null ? null : new AssigneeRef(assigneeId, rs.getString("assignee_name"), rs.getBoolean("assignee_active")),
                SessionState.valueOf(rs.getString("session")), RoomDtos.AdReferral.read(rs.getString("ad_referral")));
    }

    private record RoomTag(long roomId, TagView tag) {
    }

    private static List<RoomView> views(Handle handle, long tenantId, List<Row> rows, Duration threshold) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TagView>> tags = new LinkedHashMap<>();
        Sql.of("""
                        select rt.room_id, t.id, t.name, t.color from room_tag rt
                          join tag t on t.tenant_id = rt.tenant_id and t.id = rt.tag_id
                         where rt.tenant_id = :tenant and rt.room_id = any(:rooms) order by lower(t.name), t.id""")
                .bind("tenant", tenantId)
                .bind("rooms", rows.stream().map(Row::id).toList())
                .query(handle)
                .map(rs -> new RoomTag(rs.getLong("room_id"),
                        new TagView(rs.getLong("id"), rs.getString("name"), rs.getString("color"))))
                .forEach(tag -> tags.computeIfAbsent(tag.roomId(), k -> new ArrayList<>()).add(tag.tag()));
        int thresholdMinutes = (int) threshold.toMinutes();
        return rows.stream().map(r -> new RoomView(r.id(), r.contact(), r.channel(),
                RoomDtos.RoomStatus.valueOf(r.status()), r.assignee(), tags.getOrDefault(r.id(), List.of()),
                r.preview() == null ? null : new LastMessage(r.preview(), RoomDtos.Direction.valueOf(r.direction()),
                        r.lastSender(), r.lastMessageAt()),
                r.lastActivityAt(), r.unreadCount(), r.session(),
                r.windowExpiresAt(), thresholdMinutes, r.resolvedAt(), r.version(), r.adReferral())).toList();
    }
}
