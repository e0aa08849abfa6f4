package id.inbox.outbox;

import id.inbox.common.Handle;
import id.inbox.common.InboxConfig;
import id.inbox.common.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;

/**
 * Puts an outbound message in the outbox, in the caller's transaction (the one that stores or re-queues the
 * message), so the message and its row commit together. After the commit the local relay is woken
 * ({@link OutboxRelay#onQueued}); the others find the row when they poll.
 */
@ApplicationScoped
public class Outbox {

    /** Fired in the enqueuing transaction; observed after it commits. */
    public record Queued(long messageId) {
    }

    private final InboxConfig config;
    private final Event<Queued> queued;

    Outbox(InboxConfig config, Event<Queued> queued) {
        this.config = config;
        this.queued = queued;
    }

    public void enqueue(Handle handle, long tenantId, long messageId, long roomId, long channelId, Instant now) {
        Sql.of("""
                        insert into outbox (tenant_id, message_id, room_id, channel_id, next_attempt_at, deadline_at, created_at)
                        values (:tenant, :message, :room, :channel, :now, :deadline, :now)""")
                .bind("tenant", tenantId).bind("message", messageId).bind("room", roomId).bind("channel", channelId)
                .bind("now", now).bind("deadline", now.plus(config.outbox().retryDeadline())).update(handle)
                .execute();
        queued.fire(new Queued(messageId));
    }
}
