package id.inbox.events;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.UUID;

/**
 * One open event stream: whose it is, how far it got, and its connection. Events are written whole, one at
 * a time (sends from the feed and ephemeral sends may come from different threads).
 */
final class LiveStream {

    /** How a stream starts: what it is sent before (or after) the events it has missed. */
    enum Start {
        /** No Last-Event-ID: {@code ready} with the company's newest id first. */
        FRESH,
        /** A Last-Event-ID the log still holds: the events after it, then {@code ready} without id. */
        RESUMED,
        /** An id the log no longer holds (or never had): {@code resync} with the newest id first. */
        RESYNC,
        /** Started: only events from now on. */
        STARTED
    }

    final long tenantId;
    final long userId;
    final UUID sessionId;
    final Instant expiresAt;
    private final SseEventSink sink;
    private final Sse sse;
    /** The id of the last durable event this stream was sent; only the company's feed reads and moves it. */
    long lastSent;
    /** Only the company's feed reads and moves it. */
    Start start;
    private volatile long lastWriteNanos = System.nanoTime();
    private volatile boolean closed;

    LiveStream(long tenantId, long userId, UUID sessionId, Instant expiresAt, long lastSent, Start start,
               SseEventSink sink, Sse sse) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.sessionId = sessionId;
        this.expiresAt = expiresAt;
        this.lastSent = lastSent;
        this.start = start;
        this.sink = sink;
        this.sse = sse;
    }

    /** Sends an event (id null: an event without id). False when the stream has closed. */
    synchronized boolean send(Long id, String name, String json) {
        if (isClosed()) {
            return false;
        }
        OutboundSseEvent.Builder event = sse.newEventBuilder().name(name).mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, json);
        if (id != null) {
            event.id(Long.toString(id));
        }
        write(event.build());
        return true;
    }

    /** A comment line that keeps proxies from closing an idle stream. */
    synchronized void keepAlive() {
        if (!isClosed()) {
            write(sse.newEventBuilder().comment("keep-alive").build());
        }
    }

    /** Says why the stream ends, and ends it. */
    synchronized void end(String reason) {
        if (!isClosed()) {
            send(null, "goodbye", "{\"reason\":\"" + reason + "\"}");
        }
        close();
    }

    synchronized void close() {
        closed = true;
        if (!sink.isClosed()) {
            sink.close();
        }
    }

    boolean isClosed() {
        return closed || sink.isClosed();
    }

    boolean idleFor(long nanos) {
        return System.nanoTime() - lastWriteNanos >= nanos;
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    private void write(OutboundSseEvent event) {
        lastWriteNanos = System.nanoTime();
        sink.send(event).whenComplete((sent, failure) -> {
            if (failure != null) {
                closed = true;
            }
        });
    }
}
