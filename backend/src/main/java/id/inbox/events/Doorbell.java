package id.inbox.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The instance's one LISTEN connection to PostgreSQL. A committed change rings it on every instance
 * ({@code pg_notify}); it only says "look": what changed is read from the database. Notifications sent while
 * the connection is down are lost, so after every (re)connection it fires {@link Listening} and the
 * listeners catch up from the database. It reconnects by itself, once a second, for as long as it takes.
 */
@ApplicationScoped
public class Doorbell {

    public static final String EVENTS = "inbox_events";
    public static final String PRESENCE = "inbox_presence";
    /** The connection's application_name, by which an operator (or a test) finds it in pg_stat_activity. */
    public static final String APPLICATION_NAME = "inbox-doorbell";

    /** Fired as a synchronous CDI event on the doorbell's own thread for every notification on a channel. */
    public record Rang(String channel, String payload) {
    }

    /** Fired after the doorbell (re)connected and listens again: notifications sent in between were lost. */
    public record Listening() {
    }

    private static final Logger LOG = Logger.getLogger(Doorbell.class);

    private final Vertx vertx;
    private final Event<Rang> rang;
    private final Event<Listening> listening;
    private final PgConnectOptions options;
    // observers run one at a time, in the order the notifications came, off the event loop
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "inbox-doorbell");
        thread.setDaemon(true);
        return thread;
    });
    private PgSubscriber subscriber;

    Doorbell(Vertx vertx, Event<Rang> rang, Event<Listening> listening,
             @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
             @ConfigProperty(name = "quarkus.datasource.username") String user,
             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.rang = rang;
        this.listening = listening;
        this.options = options(jdbcUrl, user, password.orElse(""));
    }

    void start(@Observes StartupEvent started) {
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> {
            if (retries == 0) {
                LOG.warn("The doorbell lost its connection to PostgreSQL; reconnecting");
            }
            return 1000L;
        });
        for (String channel : new String[] {EVENTS, PRESENCE}) {
            subscriber.channel(channel).handler(payload -> worker.execute(() -> fire(new Rang(channel, payload))));
        }
        subscriber.channel(EVENTS).subscribeHandler(subscribed -> worker.execute(() -> {
            try {
                listening.fire(new Listening());
            } catch (RuntimeException e) {
                LOG.error("A doorbell listener failed to catch up", e);
            }
        }));
        connect();
    }

    private void connect() {
        subscriber.connect().onFailure(e -> {
            LOG.warnf("The doorbell cannot reach PostgreSQL (%s); trying again in a second", e.getMessage());
            vertx.setTimer(1000, tick -> connect());
        });
    }

    private void fire(Rang notification) {
        try {
            rang.fire(notification);
        } catch (RuntimeException e) {
            LOG.errorf(e, "A doorbell listener failed on %s", notification);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (subscriber != null) {
            subscriber.close();
        }
        worker.shutdownNow();
    }

    /**
     * The company an {@link #EVENTS} ring names: its payload is the company's id, followed by ":" and what else
     * changed when something else did (for example {@code 12:settings}). Empty for anything else.
     */
    public static Optional<Long> company(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        String id = colon < 0 ? payload : payload.substring(0, colon);
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }

    /** The datasource's JDBC URL (jdbc:postgresql://host:port/database?...) as Vert.x connect options. */
    static PgConnectOptions options(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String database = uri.getPath() == null || uri.getPath().length() < 2 ? "postgres" : uri.getPath().substring(1);
        return new PgConnectOptions()
                .setHost(uri.getHost() == null ? "127.0.0.1" : uri.getHost())
                .setPort(uri.getPort() < 0 ? 5432 : uri.getPort())
                .setDatabase(database)
                .setUser(user)
                .setPassword(password)
                .setConnectTimeout(2000)
                .setTcpKeepAlive(true)
                .setProperties(Map.of("application_name", APPLICATION_NAME));
    }
}
