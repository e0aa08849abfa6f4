package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.room.RoomAccess.RoomState;
import id.inbox.room.RoomDtos.RoomStatus;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomETag.IfMatch;
import id.inbox.room.RoomEvents.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The room's state changes: resolve, assign, tag and mark read. Each change is one conditional UPDATE
 * that repeats the rules, so concurrent writers cannot overwrite each other; a write that loses is a 409.
 */
@ApplicationScoped
@Transactional
public class RoomService {

    private final Database db;
    private final RoomAccess access;
    private final RoomEvents events;
    private final LiveEvents live;
    private final Clock clock;

    RoomService(Database db, RoomAccess access, RoomEvents events, LiveEvents live, Clock clock) {
        this.db = db;
        this.access = access;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    /** The room as it is now, also told to the live stream. */
    private RoomView changed(Caller caller, long roomId) {
        RoomView room = access.view(caller, roomId);
        live.roomChanged(caller.tenantId(), room);
        return room;
    }

    /** An agent giving up their own room: only while it is still theirs. */
    private static final String GIVE_UP = "r.assignee_id = :user";

    private int update(Sql sql) {
        return db.withHandle(handle -> sql.update(handle).execute());
    }

    /** An UPDATE of room r of the caller's tenant (parameters :tenant, :room), applied only under the If-Match. */
    private static Sql roomUpdate(Caller caller, long roomId, IfMatch ifMatch, String update) {
        return ifMatch.bind(Sql.of(update + ifMatch.sql()).bind("tenant", caller.tenantId()).bind("room", roomId));
    }

    /**
     * Resolves the room; resolving a resolved room changes nothing. With an If-Match from an out-of-date screen
     * (say the customer wrote since) it is 412 and the room stays as it is, unread messages included.
     */
    public RoomView resolve(Caller caller, long roomId, IfMatch ifMatch) {
        RoomState room = access.forWrite(caller, roomId);
        access.checkVersion(caller, room, ifMatch);
        if (room.status() == RoomStatus.RESOLVED) {
            return access.view(caller, roomId);
        }
        Instant now = clock.instant();
        int updated = update(RoomAccess.bindCaller(roomUpdate(caller, roomId, ifMatch, """
                update room r set status = 'RESOLVED', resolved_at = :now, resolved_by = :user, resolve_batch_id = null,
                       unread_count = 0, last_activity_at = greatest(r.last_activity_at, :now), version = r.version + 1
                 where r.tenant_id = :tenant and r.id = :room and r.status <> 'RESOLVED' and\s""" + RoomAccess.MAY_ACT), caller)
                .bind("now", now));
        if (updated == 0) {
            RoomState current = access.find(caller, roomId);
            if (current.status() == RoomStatus.RESOLVED && ifMatch.accepts(current.version())) {
                return access.view(caller, roomId);
            }
            throw access.diagnose(caller, roomId, ifMatch);
        }
        events.note(caller.tenantId(), roomId, Event.RESOLVED, caller.userId(), null, now);
        return changed(caller, roomId);
    }

    /**
     * Reopens a resolved room (Reopen, and Undo of a resolve): back to its kept assignee while that user is active,
     * else unassigned ({@link RoomAccess#REOPEN}). Reopening a room that is not resolved changes nothing.
     */
    public RoomView reopen(Caller caller, long roomId, IfMatch ifMatch) {
        RoomState room = access.forWrite(caller, roomId);
        access.checkVersion(caller, room, ifMatch);
        if (room.status() != RoomStatus.RESOLVED) {
            return access.view(caller, roomId);
        }
        Instant now = clock.instant();
        int updated = update(RoomAccess.bindCaller(roomUpdate(caller, roomId, ifMatch, "update room r set " + RoomAccess.REOPEN
                + ", last_activity_at = greatest(r.last_activity_at, :now), version = r.version + 1"
                + " where r.tenant_id = :tenant and r.id = :room and r.status = 'RESOLVED' and " + RoomAccess.MAY_ACT), caller)
                .bind("now", now));
        if (updated == 0) {
            RoomState current = access.find(caller, roomId);
            if (current.status() != RoomStatus.RESOLVED && ifMatch.accepts(current.version())) {
                return access.view(caller, roomId);
            }
            throw access.diagnose(caller, roomId, ifMatch);
        }
        events.note(caller.tenantId(), roomId, Event.REOPENED, caller.userId(), null, now);
        return changed(caller, roomId);
    }

    /**
     * Assigns the room to an active user of the tenant, or unassigns it (agentId null). Agents may take
     * an unassigned room for themselves and give up their own; supervisors may assign anyone.
     */
    public RoomView assign(Caller caller, long roomId, Long agentId, IfMatch ifMatch) {
        RoomState room = access.find(caller, roomId);
        if (agentId != null) {
            boolean active = db.withHandle(handle -> Sql.of(
                            "select active and kind = 'person' from app_user where tenant_id = :tenant and id = :agent")
                    .bind("tenant", caller.tenantId()).bind("agent", agentId).query(handle).mapTo(Boolean.class).findOne()).orElse(false);
            if (!active) {
                throw ApiException.notFound("Agent " + agentId + " (an active user of your company)");
            }
        }
        if (Objects.equals(room.assigneeId(), agentId)) {
            access.checkVersion(caller, room, ifMatch);
            return access.view(caller, roomId);
        }
        String condition;
        if (caller.isSupervisor()) {
            condition = "true";
        } else if (agentId != null && agentId == caller.userId()) {
            // taking a room: only while nobody has it
            if (room.assigneeId() != null) {
                throw RoomAccess.taken();
            }
            condition = "r.assignee_id is null";
        } else if (agentId == null && room.assigneeId() == caller.userId()) {
            condition = GIVE_UP;
        } else {
            throw ApiException.forbidden("Agents may take unassigned rooms and give up their own; ask a supervisor to assign others.");
        }
        access.checkVersion(caller, room, ifMatch);
        Instant now = clock.instant();
        Sql sql = roomUpdate(caller, roomId, ifMatch, """
                update room r set assignee_id = :agent,
                       status = case when r.status = 'RESOLVED' then 'RESOLVED' else :status end,
                       last_activity_at = greatest(r.last_activity_at, :now), version = r.version + 1
                 where r.tenant_id = :tenant and r.id = :room and\s""" + condition)
                .bind("agent", agentId).bind("status", agentId == null ? "UNASSIGNED" : "ASSIGNED").bind("now", now);
        if (update(condition.equals(GIVE_UP) ? sql.bind("user", caller.userId()) : sql) == 0) {
            throw access.diagnose(caller, roomId, ifMatch);
        }
        events.note(caller.tenantId(), roomId, agentId == null ? Event.UNASSIGNED : Event.ASSIGNED,
                caller.userId(), agentId, now);
        return changed(caller, roomId);
    }

    public RoomView tag(Caller caller, long roomId, long tagId, IfMatch ifMatch) {
        lockForWrite(caller, roomId, tagId, ifMatch);
        db.useHandle(handle -> Sql.of(
                        "insert into room_tag (tenant_id, room_id, tag_id) values (:tenant, :room, :tag) on conflict do nothing")
                .bind("tenant", caller.tenantId()).bind("room", roomId).bind("tag", tagId).update(handle).execute());
        return changed(caller, roomId);
    }

    public RoomView untag(Caller caller, long roomId, long tagId, IfMatch ifMatch) {
        lockForWrite(caller, roomId, tagId, ifMatch);
        db.useHandle(handle -> Sql.of("delete from room_tag where tenant_id = :tenant and room_id = :room and tag_id = :tag")
                .bind("tenant", caller.tenantId()).bind("room", roomId).bind("tag", tagId).update(handle).execute());
        return changed(caller, roomId);
    }

    /** Checks room and tag, and bumps the room's version under the write rules. */
    private void lockForWrite(Caller caller, long roomId, long tagId, IfMatch ifMatch) {
        RoomState room = access.forWrite(caller, roomId);
        boolean tagExists = db.withHandle(handle -> Sql.of("select 1 from tag where tenant_id = :tenant and id = :tag")
                .bind("tenant", caller.tenantId()).bind("tag", tagId).query(handle).mapTo(Integer.class).findOne()).isPresent();
        if (!tagExists) {
            throw ApiException.notFound("Tag " + tagId);
        }
        access.checkVersion(caller, room, ifMatch);
        if (update(RoomAccess.bindCaller(roomUpdate(caller, roomId, ifMatch,
                "update room r set version = r.version + 1 where r.tenant_id = :tenant and r.id = :room and " + RoomAccess.MAY_ACT),
                caller)) == 0) {
            throw access.diagnose(caller, roomId, ifMatch);
        }
    }

    /** Unread back to 0; any user of the tenant may mark a room read. */
    public RoomView markRead(Caller caller, long roomId, IfMatch ifMatch) {
        RoomState room = access.find(caller, roomId);
        access.checkVersion(caller, room, ifMatch);
        int updated = update(roomUpdate(caller, roomId, ifMatch, "update room r set unread_count = 0, version = r.version + 1"
                + " where r.tenant_id = :tenant and r.id = :room and r.unread_count <> 0"));
        if (updated == 0 && !ifMatch.accepts(access.find(caller, roomId).version())) {
            throw access.diagnose(caller, roomId, ifMatch);
        }
        return updated == 0 ? access.view(caller, roomId) : changed(caller, roomId);
    }
}
