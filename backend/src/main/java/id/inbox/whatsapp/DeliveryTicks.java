package id.inbox.whatsapp;

import com.fasterxml.jackson.databind.JsonNode;
import id.inbox.common.Handle;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.message.DeliveryFailure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * One element of a webhook's {@code statuses[]}: the delivery tick of the outbound message it names. Statuses
 * arrive out of order and repeated, so the tick only moves forward ({@code delivery_rank}, V9): one conditional
 * UPDATE, no read-then-write. A failure keeps the provider's code, title and details and a stable reason; 131047
 * (the customer last wrote more than 24 hours ago) also closes the room's window, so the room asks for a template.
 */
@ApplicationScoped
public class DeliveryTicks {

    /** What applying a status did. */
    public enum Applied { MOVED, ALREADY_AHEAD, UNKNOWN_MESSAGE, IGNORED }

    private static final Sql TICK = Sql.of("""
            update message m set delivery_status = :status, failure_code = :code, failure_reason = :reason,
                   failure_title = :title, failure_detail = :detail
             where m.tenant_id = :tenant and m.provider_message_id = :providerId and m.direction = 'OUTBOUND'
               and delivery_rank(:status) > delivery_rank(m.delivery_status)
            returning m.id, m.room_id, m.created_at""");

    /**
     * The session window is closed as of now, unless the customer wrote after the failed message was sent (then
     * Meta's answer concerns a window that has since been opened again).
     */
    private static final Sql CLOSE_WINDOW = Sql.of("""
            update room r set window_expires_at = :now, version = r.version + 1
             where r.tenant_id = :tenant and r.id = :room and r.window_expires_at > :now
               and (r.last_inbound_at is null or r.last_inbound_at <= :sentAt)""");

    private record Ticked(long id, long roomId, Instant createdAt) {
    }

    private final LiveEvents live;

    DeliveryTicks(LiveEvents live) {
        this.live = live;
    }

    Applied apply(Handle handle, long tenantId, JsonNode status, Instant now) {
        String providerId = WhatsAppMessages.text(status, "id", 200);
        String state = status.path("status").asText("").toUpperCase(java.util.Locale.ROOT);
        if (providerId == null || !(state.equals("SENT") || state.equals("DELIVERED") || state.equals("READ") || state.equals("FAILED"))) {
            return Applied.IGNORED;
        }
        boolean failed = state.equals("FAILED");
        JsonNode error = status.path("errors").path(0);
        Integer code = failed && error.path("code").canConvertToInt() ? error.path("code").asInt() : null;
        DeliveryFailure reason = failed ? DeliveryFailure.ofWhatsAppCode(code) : null;
        String detail = failed ? detail(error) : null;
        Optional<Ticked> ticked = TICK.bind("status", state).bind("code", code).bind("reason", reason)
                .bind("title", failed ? WhatsAppMessages.text(error, "title", 500) : null).bind("detail", detail)
                .bind("tenant", tenantId).bind("providerId", providerId)
                .query(handle).map(Rows.of(Ticked.class)).findOne();
        if (ticked.isPresent()) {
            live.messageChanged(tenantId, ticked.get().id());
            if (reason == DeliveryFailure.REENGAGEMENT_REQUIRED
                    && CLOSE_WINDOW.bind("now", now).bind("tenant", tenantId).bind("room", ticked.get().roomId())
                            .bind("sentAt", ticked.get().createdAt()).update(handle).execute() > 0) {
                live.roomChanged(tenantId, ticked.get().roomId());
            }
            return Applied.MOVED;
        }
        boolean known = Sql.of("""
                        select exists (select 1 from message where tenant_id = :tenant and provider_message_id = :providerId
                                                                and direction = 'OUTBOUND')""")
                .bind("tenant", tenantId).bind("providerId", providerId).query(handle).mapTo(Boolean.class).one();
        return known ? Applied.ALREADY_AHEAD : Applied.UNKNOWN_MESSAGE;
    }

    private static String detail(JsonNode error) {
        String details = WhatsAppMessages.text(error.path("error_data"), "details", 2000);
        return details != null ? details : WhatsAppMessages.text(error, "message", 2000);
    }
}
