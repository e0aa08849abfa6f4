package id.inbox.room;

import id.inbox.room.RoomDtos.RoomStatus;
import java.util.List;
import java.util.Set;

/**
 * The filters of the room list and counts, for the caller {@code me} (the Mine tab is theirs). Empty lists mean
 * "no filter".
 */
public record RoomFilter(
        Tab tab,
        long me,
        List<SessionState> sessions,
        List<Long> agentIds,
        List<Long> tagIds,
        List<Long> channelIds,
        String contactQuery) {

    /**
     * The tab values of the status query parameter. All and Mine are rooms still being worked: a resolved room
     * is only on the Resolved tab, so session states and counts are about the rooms an agent can still act on.
     */
    public enum Tab {
        ALL(Set.of(RoomStatus.UNASSIGNED, RoomStatus.ASSIGNED)),
        /** The caller's own rooms: assigned to them and not resolved. */
        MINE(Set.of(RoomStatus.ASSIGNED)),
        UNASSIGNED(Set.of(RoomStatus.UNASSIGNED)),
        ASSIGNED(Set.of(RoomStatus.ASSIGNED)),
        RESOLVED(Set.of(RoomStatus.RESOLVED));

        private final Set<RoomStatus> statuses;

        Tab(Set<RoomStatus> statuses) {
            this.statuses = statuses;
        }

        /** The statuses of the tab's rooms. */
        public Set<RoomStatus> statuses() {
            return statuses;
        }
    }

    public enum Sort { LATEST, OLDEST, DEADLINE }

    /** The same filters with other assignees. */
    RoomFilter withAgents(List<Long> agents) {
        return new RoomFilter(tab, me, sessions, agents, tagIds, channelIds, contactQuery);
    }

    /** The same filters on another tab. */
    RoomFilter onTab(Tab other) {
        return new RoomFilter(other, me, sessions, agentIds, tagIds, channelIds, contactQuery);
    }

    /** The same filters without session states. */
    RoomFilter anySession() {
        return new RoomFilter(tab, me, List.of(), agentIds, tagIds, channelIds, contactQuery);
    }

    /**
     * Whether the caller's own rooms pass the agent filter: the Mine tab lists nothing when the filter names
     * only other agents.
     */
    boolean mineVisible() {
        return agentIds.isEmpty() || agentIds.contains(me);
    }
}
