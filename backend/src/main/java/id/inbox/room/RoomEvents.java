package id.inbox.room;

import id.inbox.common.Db;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Writes the SYSTEM notes of a room's timeline (assigned, unassigned, resolved, reopened). The body
 * is an English rendering for integrators; clients render the event in their own language.
 */
@ApplicationScoped
public class RoomEvents {

    /** What a system note records; also the wire value of a message's system.event. */
    @Schema(name = "SystemEvent")
    public enum Event { ASSIGNED, UNASSIGNED, RESOLVED, REOPENED }

    private final Db db;

    RoomEvents(Db db) {
        this.db = db;
    }

    public void note(long tenantId, long roomId, Event event, Long actorId, Long targetUserId, Instant at) {
        db.update("""
                insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, created_at,
                                     system_event, system_target_user_id)
                select ?, ?, 'SYSTEM', 'NOTE',
                       case ? when 'ASSIGNED' then 'Assigned to ' || coalesce(target.display_name, '?')
                              when 'UNASSIGNED' then 'Unassigned'
                              when 'RESOLVED' then 'Resolved' || coalesce(' by ' || actor.display_name, '')
                              else 'Reopened by a customer message' end,
                       ?, ?, ?, ?
                  from (select 1) one
                  left join app_user actor on actor.id = ? and actor.tenant_id = ?
                  left join app_user target on target.id = ? and target.tenant_id = ?
                """, tenantId, roomId, event.name(), actorId, at, event.name(), targetUserId,
                actorId, tenantId, targetUserId, tenantId);
    }
}
