package id.inbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One planned demo room: the customer, the room's state and what was said in it, ready to be written. */
/** window: the reply window this room's customer opened (72 hours after an ad click); null: the channel has none. */
record DemoRoom(DemoCompany.ChannelRow channel, Contact contact, String status, Long assignee, Long resolvedBy,
                Duration window, List<Line> lines, List<String> tags) {

    record Contact(String externalId, String name, String avatarUrl, String phone) {
    }

    /** A message row; systemEvent and systemTarget only for SYSTEM notes. */
    record Line(String direction, String kind, String body, Long senderId, Instant at, String deliveryStatus,
                String systemEvent, Long systemTarget) {

        Line(String direction, String kind, String body, Long senderId, Instant at, String deliveryStatus) {
            this(direction, kind, body, senderId, at, deliveryStatus, null, null);
        }

        boolean inbound() {
            return "INBOUND".equals(direction);
        }
    }

    boolean resolved() {
        return "RESOLVED".equals(status);
    }

    Instant createdAt() {
        return lines.get(0).at();
    }

    /** The last message a person wrote (not a system note): the room list's preview. */
    Line lastMessage() {
        Line last = null;
        for (Line line : lines) {
            if (!"SYSTEM".equals(line.direction())) {
                last = line;
            }
        }
        return last;
    }

    Instant lastInbound() {
        Instant last = null;
        for (Line line : lines) {
            if (line.inbound()) {
                last = line.at();
            }
        }
        return last;
    }

    /** When the resolve note was written; null unless resolved. */
    Instant resolvedAt() {
        return lines.stream().filter(line -> "RESOLVED".equals(line.systemEvent())).map(Line::at).findFirst().orElse(null);
    }

    Instant windowExpiresAt() {
        Instant lastInbound = lastInbound();
        return window == null || lastInbound == null ? null : lastInbound.plus(window);
    }

    Instant lastActivity() {
        return lines.stream().map(Line::at).max(Instant::compareTo).orElseThrow();
    }

    /** Customer messages since the last reply; none once resolved. */
    int unread() {
        int unread = 0;
        for (Line line : lines) {
            if (line.inbound()) {
                unread++;
            } else if ("OUTBOUND".equals(line.direction())) {
                unread = 0;
            }
        }
        return resolved() ? 0 : unread;
    }
}
