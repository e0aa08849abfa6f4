package id.inbox.room;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.ProblemCode;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.room.RoomAccess.RoomState;
import id.inbox.room.RoomActionDtos.HandoverRequest;
import id.inbox.room.RoomDtos.RoomView;
import id.inbox.room.RoomETag.IfMatch;
import id.inbox.room.RoomEvents.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Hand-over: the caller passes a room they may act on (an agent their own or an unassigned one, a supervisor
 * any) to an active colleague, with an optional note that the conversation keeps as a SYSTEM note.
 */
@ApplicationScoped
@Transactional
public class HandoverService {

    private final Database db;
    private final RoomAccess access;
    private final RoomEvents events;
    private final LiveEvents live;
    private final Clock clock;

    HandoverService(Database db, RoomAccess access, RoomEvents events, LiveEvents live, Clock clock) {
        this.db = db;
        this.access = access;
        this.events = events;
        this.live = live;
        this.clock = clock;
    }

    public RoomView handOver(Caller caller, long roomId, HandoverRequest request, IfMatch ifMatch) {
        RoomState room = access.forWrite(caller, roomId);
        long colleague = request.toUserId();
        if (colleague == caller.userId()) {
            throw ApiException.unprocessable(ProblemCode.HANDOVER_TO_SELF, "A room is handed over to a colleague, not to yourself.");
        }
        record Person(boolean person, boolean active) {
        }
        Person to = db.withHandle(handle -> Sql.of("select kind = 'person', active from app_user where tenant_id = :tenant and id = :user")
                        .bind("tenant", caller.tenantId()).bind("user", colleague).query(handle)
                        .map(rs -> new Person(rs.getBoolean(1), rs.getBoolean(2))).findOne())
                .filter(Person::person)
                .orElseThrow(() -> ApiException.notFound("User " + colleague + " (a colleague in your company)"));
        if (!to.active()) {
            throw ApiException.unprocessable(ProblemCode.COLLEAGUE_INACTIVE,
                    "This colleague's account is deactivated; hand the room over to an active colleague.");
        }
        access.checkVersion(caller, room, ifMatch);
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        Instant now = clock.instant();
        Sql update = RoomAccess.bindCaller(ifMatch.bind(Sql.of("""
                update room r set assignee_id = :colleague,
                       status = case when r.status = 'RESOLVED' then 'RESOLVED' else 'ASSIGNED' end,
                       last_activity_at = greatest(r.last_activity_at, :now), version = r.version + 1
                 where r.tenant_id = :tenant and r.id = :room and\s""" + RoomAccess.MAY_ACT + ifMatch.sql())), caller)
                .bind("colleague", colleague).bind("now", now).bind("tenant", caller.tenantId()).bind("room", roomId);
        if (db.withHandle(handle -> update.update(handle).execute()) == 0) {
            throw access.diagnose(caller, roomId, ifMatch);
        }
        events.note(caller.tenantId(), roomId, Event.HANDED_OVER, caller.userId(), colleague, note, now);
        RoomView view = access.view(caller, roomId);
        live.roomChanged(caller.tenantId(), view);
        return view;
    }
}
