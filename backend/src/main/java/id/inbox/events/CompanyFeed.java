package id.inbox.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * A company's open streams on this instance and the one pump that feeds them from the log. A ring asks the
 * pump to read what is new; the pump runs on one thread at a time, so every stream gets the company's events
 * in id order, each once. Rings that come while it runs make it read again before it stops.
 */
final class CompanyFeed {

    /** Events read from the log per query. */
    static final int PAGE = 500;
    /** The event that ends streams (a sign-out, a deactivated user): acted on here, never sent to clients. */
    static final String ACCESS_ENDED = "access.ended";

    private static final Logger LOG = Logger.getLogger(CompanyFeed.class);

    final long tenantId;
    final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();
    /** The newest id this feed has read from the log. */
    volatile long readUpTo;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final EventLog log;
    private final ObjectMapper json;
    private final Executor executor;

    CompanyFeed(long tenantId, EventLog log, ObjectMapper json, Executor executor) {
        this.tenantId = tenantId;
        this.log = log;
        this.json = json;
        this.executor = executor;
    }

    /** Something may be new in the log: read it soon (now, or right after the current read). */
    void ring() {
        pending.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::pump);
        }
    }

    private void pump() {
        try {
            while (pending.getAndSet(false)) {
                drain();
            }
        } catch (RuntimeException e) {
            // the database may be down: the next ring (a write, the doorbell's reconnection, the periodic
            // check) tries again from where each stream stands; nothing was marked sent that was not
            LOG.warnf("Could not read company %d's events: %s", tenantId, e.getMessage());
        } finally {
            running.set(false);
        }
        if (pending.get() && running.compareAndSet(false, true)) {
            executor.execute(this::pump);
        }
    }

    private void drain() {
        List<LiveStream> open = new ArrayList<>();
        for (LiveStream stream : streams) {
            if (stream.isClosed()) {
                streams.remove(stream);
            } else {
                open.add(stream);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        long after = Long.MAX_VALUE;
        for (LiveStream stream : open) {
            if (stream.start == LiveStream.Start.FRESH) {
                stream.send(stream.lastSent, "ready", "{\"resumed\":false}");
                stream.start = LiveStream.Start.STARTED;
            } else if (stream.start == LiveStream.Start.RESYNC) {
                stream.send(stream.lastSent, "resync", "{}");
                stream.start = LiveStream.Start.STARTED;
            }
            after = Math.min(after, stream.lastSent);
        }
        List<EventLog.Entry> page;
        do {
            page = log.after(tenantId, after, PAGE);
            for (EventLog.Entry event : page) {
                deliver(open, event);
                after = event.id();
            }
            readUpTo = Math.max(readUpTo, after);
        } while (page.size() == PAGE);
        for (LiveStream stream : open) {
            if (stream.start == LiveStream.Start.RESUMED) {
                stream.send(null, "ready", "{\"resumed\":true}");
                stream.start = LiveStream.Start.STARTED;
            }
        }
    }

    private void deliver(List<LiveStream> open, EventLog.Entry event) {
        boolean accessEnded = ACCESS_ENDED.equals(event.type());
        Ended ended = accessEnded ? ended(event) : null;
        Long addressee = LiveEvents.MENTION_CREATED.equals(event.type()) ? addressee(event) : null;
        for (LiveStream stream : open) {
            if (event.id() <= stream.lastSent) {
                continue;
            }
            stream.lastSent = event.id();
            if (addressee != null) {
                if (addressee == stream.userId) {
                    stream.send(event.id(), event.type(), event.data());
                }
            } else if (!accessEnded) {
                stream.send(event.id(), event.type(), event.data());
            } else if (ended.endsStreamOf(stream)) {
                stream.end(ended.reason());
                streams.remove(stream);
            }
        }
    }

    private record Ended(Long userId, String sessionId, String reason) {
        boolean endsStreamOf(LiveStream stream) {
            return (userId != null && userId == stream.userId)
                    || (sessionId != null && stream.sessionId != null && sessionId.equals(stream.sessionId.toString()));
        }
    }

    /** The one user an event is for (mention.created), whose streams alone receive it. */
    private Long addressee(EventLog.Entry event) {
        try {
            return json.readTree(event.data()).path("userId").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable " + event.type() + " event " + event.id(), e);
        }
    }

    private Ended ended(EventLog.Entry event) {
        try {
            JsonNode data = json.readTree(event.data());
            return new Ended(data.hasNonNull("userId") ? data.get("userId").asLong() : null,
                    data.hasNonNull("sessionId") ? data.get("sessionId").asText() : null,
                    data.path("reason").asText("signed-out"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable access.ended event " + event.id(), e);
        }
    }
}
