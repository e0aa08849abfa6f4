package id.inbox.room;

import java.util.List;

/**
 * The filters of the room list and counts. Empty lists mean "no filter"; status null means the All tab.
 */
public record RoomFilter(
        RoomDtos.RoomStatus status,
        List<SessionState> sessions,
        List<Long> agentIds,
        List<Long> tagIds,
        List<Long> channelIds,
        String contactQuery) {

    /** The tab values of the status query parameter. */
    public enum Tab { ALL, UNASSIGNED, ASSIGNED, RESOLVED;

        RoomDtos.RoomStatus status() {
            return this == ALL ? null : RoomDtos.RoomStatus.valueOf(name());
        }
    }

    public enum Sort { LATEST, OLDEST, DEADLINE }
}
