package id.inbox.presence;

import id.inbox.events.Doorbell;
import id.inbox.events.LiveStreams;
import id.inbox.presence.PresenceDtos.RoomPresence;
import id.inbox.presence.PresenceQueries.RoomKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Sends a {@code presence} event to this instance's streams of a company whenever the presence doorbell rings for
 * one of its rooms (whichever instance made the change): the room's full list of viewers as it is now, read after
 * the change committed, so an event never shows less than what caused it.
 *
 * <p>Notifications sent while the doorbell was reconnecting are lost. Presence is not in the event log, so after a
 * reconnect every room this instance last showed with viewers, and every room viewed now, is announced again.
 */
@ApplicationScoped
public class PresenceBroadcast {

    static final String EVENT = "presence";
    private static final Logger LOG = Logger.getLogger(PresenceBroadcast.class);
    /** Announcements of one room are made one at a time, so an older list is never sent after a newer one. */
    private static final int STRIPES = 64;

    private final PresenceQueries queries;
    private final LiveStreams streams;
    private final Clock clock;
    private final Object[] stripes = new Object[STRIPES];
    /** Rooms last announced with viewers: announced again after a reconnect, since some may have emptied meanwhile. */
    private final Set<RoomKey> shown = ConcurrentHashMap.newKeySet();

    PresenceBroadcast(PresenceQueries queries, LiveStreams streams, Clock clock) {
        this.queries = queries;
        this.streams = streams;
        this.clock = clock;
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    void onRang(@Observes Doorbell.Rang rang) {
        if (!Doorbell.PRESENCE.equals(rang.channel())) {
            return;
        }
        RoomKey room = parse(rang.payload());
        if (room == null) {
            LOG.warnf("Presence doorbell with an unknown payload: %s", rang.payload());
            return;
        }
        announceQuietly(room);
    }

    void onListening(@Observes Doorbell.Listening listening) {
        Set<RoomKey> rooms = new LinkedHashSet<>(shown);
        try {
            rooms.addAll(queries.viewedRooms(clock.instant()));
        } catch (RuntimeException e) {
            LOG.warnf("Presence not read after the doorbell reconnected: %s", e.getClass().getSimpleName());
        }
        rooms.forEach(this::announceQuietly);
    }

    /** Failures stay here: the doorbell goes on ringing for the other rooms. */
    private void announceQuietly(RoomKey room) {
        try {
            announce(room);
        } catch (RuntimeException e) {
            LOG.warnf("Presence of room %d not announced: %s", room.roomId(), e.getClass().getSimpleName());
        }
    }

    private void announce(RoomKey room) {
        if (!streams.hasStreams(room.tenantId())) {
            return; // nobody here to tell: no need to read the room's viewers on this instance
        }
        synchronized (stripes[(int) Math.floorMod(room.roomId(), (long) STRIPES)]) {
            RoomPresence presence = queries.room(room.tenantId(), room.roomId(), clock.instant());
            if (presence.viewers().isEmpty()) {
                shown.remove(room);
            } else {
                shown.add(room);
            }
            streams.pushEphemeral(room.tenantId(), EVENT, presence);
        }
    }

    /** "tenant:room", as {@link PresenceService#ring} and the sweep write it; null when it is not. */
    static RoomKey parse(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            return new RoomKey(Long.parseLong(payload.substring(0, colon)), Long.parseLong(payload.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
