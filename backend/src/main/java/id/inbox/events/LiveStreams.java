package id.inbox.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This instance's open event streams, by company. The doorbell says which company's log has something new;
 * its feed reads it once and sends it to each of the company's streams here. Nothing here must survive the
 * instance: a client whose instance went away reconnects (to any instance) with its Last-Event-ID.
 */
@ApplicationScoped
public class LiveStreams {

    /** At most this long between two writes on a stream (proxies close idle connections). */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private final ConcurrentMap<Long, CompanyFeed> feeds = new ConcurrentHashMap<>();
    private final EventLog log;
    private final ObjectMapper json;
    private final Clock clock;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "inbox-live-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    LiveStreams(EventLog log, ObjectMapper json, Clock clock) {
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Opens a stream for a member of a company, from the event after {@code lastEventId} (null: from now).
     * An id the log no longer holds, or never held, starts it with {@code resync}.
     */
    void open(long tenantId, long userId, UUID sessionId, Instant expiresAt, String lastEventId, SseEventSink sink, Sse sse) {
        EventLog.Position position = log.position(tenantId);
        long from = position.lastId();
        LiveStream.Start start = LiveStream.Start.FRESH;
        if (lastEventId != null) {
            Long last = parse(lastEventId);
            if (last != null && last >= position.keptFrom() - 1 && last <= position.lastId()) {
                from = last;
                start = LiveStream.Start.RESUMED;
            } else {
                start = LiveStream.Start.RESYNC;
            }
        }
        LiveStream stream = new LiveStream(tenantId, userId, sessionId, expiresAt, from, start, sink, sse);
        stream.greet();
        // atomic per company with the removal of an empty feed in check(), so no stream joins a forgotten feed
        CompanyFeed feed = feeds.compute(tenantId, (id, existing) -> {
            CompanyFeed joined = existing != null ? existing : new CompanyFeed(id, log, json, executor);
            joined.streams.add(stream);
            return joined;
        });
        feed.ring();
    }

    /** Sends an event without id (ephemeral: presence) to every stream of the company open on this instance. */
    public void pushEphemeral(long tenantId, String event, Object data) {
        CompanyFeed feed = feeds.get(tenantId);
        if (feed == null || feed.streams.isEmpty()) {
            return;
        }
        String text;
        try {
            text = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a " + event + " event", e);
        }
        for (LiveStream stream : feed.streams) {
            stream.send(null, event, text);
        }
    }

    /** Whether this instance holds a stream of the company (ephemeral events for others need not be read). */
    public boolean hasStreams(long tenantId) {
        CompanyFeed feed = feeds.get(tenantId);
        return feed != null && !feed.streams.isEmpty();
    }

    /** How many streams are open on this instance. */
    public int openStreams() {
        return feeds.values().stream().mapToInt(feed -> feed.streams.size()).sum();
    }

    void rang(@Observes Doorbell.Rang rang) {
        if (!Doorbell.EVENTS.equals(rang.channel())) {
            return;
        }
        Doorbell.company(rang.payload()).map(feeds::get).ifPresent(CompanyFeed::ring);
    }

    /** The doorbell reconnected: what rang meanwhile was not heard, so every feed reads what is new. */
    void listening(@Observes Doorbell.Listening listening) {
        feeds.values().forEach(CompanyFeed::ring);
    }

    /**
     * Every few seconds: keep idle streams open, end those whose access token expired, forget closed ones,
     * and ring the feeds the log has moved past (a doorbell that missed a ring while it reconnected).
     */
    @Scheduled(every = "${inbox.events.check-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        Instant now = clock.instant();
        List<Long> companies = new ArrayList<>();
        for (CompanyFeed feed : feeds.values()) {
            for (LiveStream stream : feed.streams) {
                if (stream.isClosed()) {
                    feed.streams.remove(stream);
                } else if (stream.expiredAt(now)) {
                    stream.end("token-expired");
                    feed.streams.remove(stream);
                } else if (stream.idleFor(KEEP_ALIVE.toNanos())) {
                    stream.keepAlive();
                }
            }
            if (feeds.computeIfPresent(feed.tenantId, (id, kept) -> kept.streams.isEmpty() ? null : kept) != null) {
                companies.add(feed.tenantId);
            }
        }
        if (!companies.isEmpty()) {
            for (EventLog.Head head : log.heads(companies)) {
                CompanyFeed feed = feeds.get(head.tenantId());
                if (feed != null && head.lastId() > feed.readUpTo) {
                    feed.ring();
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        for (CompanyFeed feed : feeds.values()) {
            feed.streams.forEach(LiveStream::close);
        }
        executor.shutdownNow();
    }

    private static Long parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(id);
    }
}
