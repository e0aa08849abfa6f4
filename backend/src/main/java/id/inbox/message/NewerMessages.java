package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.common.ApiException;
import id.inbox.common.Problem;
import id.inbox.common.ProblemCode;
import id.inbox.message.MessageDtos.MessageView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The traffic cop: a reply written on a screen that had not shown the room's newest messages (the customer wrote
 * again, or a colleague answered) is refused with those messages (409 newer-messages), so the agent reads them
 * first and sends anyway, or not, with one more click. The client says what its screen shows with seenMessageId;
 * without it (integrators) nothing is checked.
 *
 * <p>{@link OutboundMessages#send} checks after taking the room's row lock and before storing the reply, in the
 * transaction that stores it. Every message of a room is stored under that lock (customer messages, replies,
 * templates, files), so a message committed before the lock was taken is seen by the check, and one that is not
 * committed yet waits for the lock and is stored after the reply: the agent could not have seen it, and it
 * really is newer than the reply. A refused reply stores nothing and leaves nothing under its Idempotency-Key.
 */
@ApplicationScoped
public class NewerMessages {

    /** At most this many newer messages are returned (the newest ones). */
    static final int SHOWN = 20;
    public static final String SEEN_DOC = "The id of the newest message your screen shows of this room (the largest id). "
            + "When the room has a newer message from the customer, or from someone other than you, the reply is refused "
            + "with 409 newer-messages carrying them, and nothing is stored; send again with the newest of them (and a new "
            + "Idempotency-Key) to send anyway. SYSTEM notes do not count. Without it nothing is checked.";

    /** The 409 of a send that takes seenMessageId. */
    public static final String CONFLICT_DOC = "The room has messages newer than seenMessageId from the customer or someone else "
            + "(newer-messages, with them in 'messages'; nothing was stored), or another agent took the room meanwhile "
            + "(room-taken), or the first request with this Idempotency-Key is still in flight (request-in-flight)";
    public static final String EXAMPLE = """
            {"type": "urn:inbox:problem:newer-messages", "title": "Newer messages", "status": 409,
             "detail": "The room has messages your screen did not show when you wrote this reply; nothing was sent.",
             "code": "newer-messages",
             "messages": [{"id": 1043, "roomId": 12, "direction": "INBOUND", "kind": "TEXT", "body": "Kak, jadi dikirim hari ini?",
                           "sender": null, "templateId": null, "deliveryStatus": null, "system": null,
                           "createdAt": "2026-12-02T06:41:07Z", "content": null, "replyTo": null, "forwarded": false,
                           "reaction": null, "failure": null, "mentions": []}]}""";

    private final MessageRepository messages;

    NewerMessages(MessageRepository messages) {
        this.messages = messages;
    }

    /** Refuses the caller's reply when the room has messages newer than seenMessageId from others (null: no check). */
    void check(Caller caller, long roomId, Long seenMessageId) {
        if (seenMessageId == null) {
            return;
        }
        if (!messages.inRoom(caller.tenantId(), roomId, seenMessageId)) {
            throw ApiException.invalid("seenMessageId", "must be the id of a message of this room");
        }
        List<MessageView> newer = messages.newerFromOthers(caller.tenantId(), roomId, seenMessageId, caller.userId(), SHOWN);
        if (!newer.isEmpty()) {
            throw new Stale(newer);
        }
    }

    /** 409 whose problem carries the messages the reply was written without. */
    static final class Stale extends ApiException {
        private final List<MessageView> newer;

        Stale(List<MessageView> newer) {
            super(409, ProblemCode.NEWER_MESSAGES, "Newer messages",
                    "The room has messages your screen did not show when you wrote this reply; nothing was sent. They are in "
                            + "'messages'; read them, then send again with the newest one's id as seenMessageId to send anyway.");
            this.newer = List.copyOf(newer);
        }

        @Override
        public Problem problem() {
            return super.problem().withMessages(newer);
        }
    }
}
