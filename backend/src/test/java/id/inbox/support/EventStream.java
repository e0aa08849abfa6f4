package id.inbox.support;

import io.restassured.path.json.JsonPath;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A client of GET /api/v1/events as a browser's event source reads it: the response is read line by line on
 * its own thread and each event (id, event, data; comments skipped) is queued in arrival order. Waits are
 * bounded by a deadline and end as soon as what is waited for arrives.
 */
public final class EventStream implements AutoCloseable {

    /** How long a test waits for an event before it fails. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    public record Event(String id, String name, String data) {
        public JsonPath json() {
            return JsonPath.from(data);
        }

        public long number() {
            return Long.parseLong(id);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Event END = new Event(null, "(end of stream)", "{}");

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens a stream with the token (a JWT or an API key), resuming after lastEventId when not null. */
    public static EventStream open(URI base, String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/v1/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next event; fails when none comes within {@link #PATIENCE}. */
    public Event next() {
        Event event = poll(PATIENCE).orElseThrow(() -> new AssertionError("No event within " + PATIENCE));
        if (event == END) {
            throw new AssertionError("The stream ended");
        }
        return event;
    }

    /** The next n events. */
    public List<Event> next(int n) {
        List<Event> taken = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            taken.add(next());
        }
        return taken;
    }

    /** The next event of that name, skipping others (those of no interest to the test). */
    public Event next(String name) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = next();
            if (event.name().equals(name)) {
                return event;
            }
        }
        throw new AssertionError("No " + name + " event within " + PATIENCE);
    }

    /** True when the server closed the stream (every event before the end is skipped). */
    public boolean ends() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Event> event = poll(Duration.ofNanos(deadline - System.nanoTime()));
            if (event.isPresent() && event.get() == END) {
                return true;
            }
        }
        return false;
    }

    /** The events already received, without waiting. */
    public List<Event> received() {
        List<Event> drained = new ArrayList<>();
        events.drainTo(drained);
        drained.remove(END);
        return drained;
    }

    private Optional<Event> poll(Duration timeout) {
        try {
            return Optional.ofNullable(events.poll(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void read() {
        String id = null;
        String name = "message";
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(id, name, data.toString()));
                    }
                    id = null;
                    name = "message";
                    data = null;
                } else if (line.startsWith(":")) {
                    continue;
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
        } catch (RuntimeException e) {
            // closed by the test
        } finally {
            events.add(END);
        }
    }

    @Override
    public void close() {
        response.body().close();
        CompletableFuture.runAsync(reader::interrupt);
    }
}
