package id.inbox.room;

import id.inbox.common.Database;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Writes the SYSTEM notes of a room's timeline (assigned, unassigned, resolved, reopened, handed over). The body
 * is an English rendering for integrators; clients render the event in their own language.
 */
@ApplicationScoped
public class RoomEvents {

    /** What a system note records; also the wire value of a message's system.event. */
    @Schema(name = "SystemEvent")
    public enum Event { ASSIGNED, UNASSIGNED, RESOLVED, REOPENED, HANDED_OVER }

    private final Database db;
    private final LiveEvents live;

    RoomEvents(Database db, LiveEvents live) {
        this.db = db;
        this.live = live;
    }

    /** Writes the note (and tells the live stream). */
    public void note(long tenantId, long roomId, Event event, Long actorId, Long targetUserId, Instant at) {
        note(tenantId, roomId, event, actorId, targetUserId, null, at);
    }

    /** The same with the words an agent added (a hand-over's note for the colleague), or null. */
    public void note(long tenantId, long roomId, Event event, Long actorId, Long targetUserId, String words, Instant at) {
        long id = db.withHandle(handle -> Sql.of("""
                        insert into message (tenant_id, room_id, direction, kind, body, sender_user_id, created_at,
                                             system_event, system_target_user_id, system_note)
                        select :tenant, :room, 'SYSTEM', 'NOTE',
                               case :event when 'ASSIGNED' then 'Assigned to ' || coalesce(target.display_name, '?')
                                      when 'UNASSIGNED' then 'Unassigned'
                                      when 'RESOLVED' then 'Resolved' || coalesce(' by ' || actor.display_name, '')
                                      when 'HANDED_OVER' then 'Handed over by ' || coalesce(actor.display_name, '?')
                                           || ' to ' || coalesce(target.display_name, '?') || coalesce(': ' || cast(:words as text), '')
                                      else coalesce('Reopened by ' || actor.display_name, 'Reopened by a customer message') end,
                               :actor, :at, :event, :target, cast(:words as text)
                          from (select 1) one
                          left join app_user actor on actor.id = :actor and actor.tenant_id = :tenant
                          left join app_user target on target.id = :target and target.tenant_id = :tenant
                        returning id""")
                .bind("tenant", tenantId).bind("room", roomId).bind("event", event.name())
                .bind("actor", actorId).bind("target", targetUserId).bind("words", words).bind("at", at).query(handle)
                .mapTo(Long.class).one());
        live.messageCreated(tenantId, id);
    }
}
