package id.inbox.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** Where the backend's time comes from. */
@ApplicationScoped
public class Clocks {

    /**
     * Now, at PostgreSQL's precision (microseconds), so what the API returns equals what it stored. Tests
     * replace this bean to move time instead of waiting for it.
     */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
