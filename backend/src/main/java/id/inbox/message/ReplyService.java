package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.common.IdempotencyKeys;
import id.inbox.message.MessageDtos.ReplyRequest;
import id.inbox.room.RoomETag;
import id.inbox.room.RoomETag.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;

/** An agent's free-text reply, carried out once per Idempotency-Key when the client sends one. */
@ApplicationScoped
public class ReplyService {

    private final OutboundMessages outbound;
    private final IdempotencyKeys keys;

    ReplyService(OutboundMessages outbound, IdempotencyKeys keys) {
        this.outbound = outbound;
        this.keys = keys;
    }

    public IdempotencyKeys.Response reply(Caller caller, long roomId, String idempotencyKey, IfMatch ifMatch, ReplyRequest request) {
        OutboundMessages.Draft text = OutboundMessages.Draft.text(MessageDtos.MessageKind.TEXT, request.text().strip(),
                null, null, null, null);
        return keys.once(caller.tenantId(), caller.userId(), idempotencyKey, keys.hash("reply|" + roomId, request), () -> {
            OutboundMessages.Sent sent = outbound.send(caller, roomId, true, ifMatch, request.seenMessageId(), room -> text);
            return new IdempotencyKeys.Result(201, sent.message(), RoomETag.of(sent.roomVersion()));
        });
    }
}
