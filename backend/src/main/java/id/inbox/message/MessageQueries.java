package id.inbox.message;

import id.inbox.auth.Caller;
import id.inbox.message.MessageDtos.MessagePage;
import id.inbox.room.RoomAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** A room's conversation for a caller of its tenant: 404 for a room of another tenant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessageQueries {

    private final RoomAccess rooms;
    private final MessageRepository messages;

    MessageQueries(RoomAccess rooms, MessageRepository messages) {
        this.rooms = rooms;
        this.messages = messages;
    }

    /** A page of the room's messages: around a message when aroundId is given, else the newest or from a cursor. */
    public MessagePage page(Caller caller, long roomId, int limit, String cursor, Long aroundId) {
        rooms.find(caller, roomId);
        return aroundId != null
                ? messages.around(caller.tenantId(), roomId, aroundId, limit)
                : messages.page(caller.tenantId(), roomId, limit, cursor);
    }
}
