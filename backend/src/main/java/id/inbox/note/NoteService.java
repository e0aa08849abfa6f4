package id.inbox.note;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.message.MessageDtos.MessageView;
import id.inbox.message.MessageRepository;
import id.inbox.note.NoteDtos.NoteRequest;
import id.inbox.room.RoomAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Private notes: a message of the room (direction INTERNAL, kind NOTE) that only the team sees. Anyone of the
 * company who sees the room may write one, whoever the room is assigned to and whatever its state: a note
 * changes nothing of the room (no outbox row, no gateway call, not the window, unread count, deadline,
 * assignee or last message), so it takes no room lock and needs no If-Match.
 */
@ApplicationScoped
public class NoteService {

    private final RoomAccess rooms;
    private final Database db;
    private final MessageRepository messages;
    private final Mentions mentions;
    private final LiveEvents live;
    private final Clock clock;

    NoteService(RoomAccess rooms, Database db, MessageRepository messages, Mentions mentions, LiveEvents live, Clock clock) {
        this.rooms = rooms;
        this.db = db;
        this.messages = messages;
        this.mentions = mentions;
        this.live = live;
        this.clock = clock;
    }

    /** Stores the note and its mentions; tells the room's viewers (message.created) and each mentioned user. */
    @Transactional
    public MessageView write(Caller caller, long roomId, NoteRequest request) {
        long tenantId = caller.tenantId();
        rooms.find(caller, roomId);
        List<Long> mentioned = request.mentionIds() == null ? List.of() : request.mentionIds().stream().distinct().toList();
        checkMentionable(tenantId, mentioned);
        Instant now = clock.instant();
        long messageId = db.withHandle(handle -> Sql.of("""
                        insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, created_at)
                        values (:tenant, :room, 'INTERNAL', 'NOTE', :body, :author, :at)
                        returning id""")
                .bind("tenant", tenantId).bind("room", roomId).bind("body", request.body().strip())
                .bind("author", caller.userId()).bind("at", now).query(handle).mapTo(Long.class).one());
        if (!mentioned.isEmpty()) {
            db.withHandle(handle -> Sql.of("""
                            insert into message_mention (tenant_id, message_id, room_id, user_id, created_at)
                            select :tenant, :message, :room, u, :at from unnest(:users) as u""")
                    .bind("tenant", tenantId).bind("message", messageId).bind("room", roomId).bind("users", mentioned)
                    .bind("at", now).update(handle).execute());
        }
        MessageView note = messages.find(tenantId, messageId);
        live.messageCreated(tenantId, note);
        for (Mentions.Addressed mention : mentions.ofNote(tenantId, messageId)) {
            live.mentioned(tenantId, mention.userId(), mention.mention());
        }
        return note;
    }

    /**
     * 404 mentioned-user-not-found for an id that is no person of the caller's company (another company's user,
     * an API key's service account, no one); 422 mentioned-user-inactive for a deactivated colleague.
     */
    private void checkMentionable(long tenantId, List<Long> userIds) {
        if (userIds.isEmpty()) {
            return;
        }
        record Found(long id, boolean active) {
        }
        List<Found> found = db.withHandle(handle -> Sql.of("""
                        select id, active from app_user where tenant_id = :tenant and kind = 'person' and id = any(:users)""")
                .bind("tenant", tenantId).bind("users", userIds).query(handle)
                .map(rs -> new Found(rs.getLong("id"), rs.getBoolean("active"))).list());
        List<Long> known = found.stream().map(Found::id).toList();
        for (Long id : userIds) {
            if (!known.contains(id)) {
                throw new ApiException(404, ProblemCode.MENTIONED_USER_NOT_FOUND, "Mentioned user not found",
                        "User " + id + " is not a person of your company; mention colleagues from GET /api/v1/agents.");
            }
        }
        found.stream().filter(user -> !user.active()).findFirst().ifPresent(user -> {
            throw ApiException.unprocessable(ProblemCode.MENTIONED_USER_INACTIVE,
                    "User " + user.id() + " is deactivated and would never see the note; nothing was stored.");
        });
    }
}
