package id.inbox.auth;

import id.inbox.common.InboxConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts failed logins per username and locks the username with a doubling delay once too many
 * fail. Unknown usernames are counted the same way, so the answer never tells which usernames exist.
 * State is per API instance: enough for one node; a cluster would move it to a shared store.
 */
@ApplicationScoped
public class LoginThrottle {

    private record Failures(int count, Instant lastFailure, Instant lockedUntil) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final InboxConfig.Throttle config;
    private final Clock clock;

    LoginThrottle(InboxConfig config) {
        this.config = config.auth().throttle();
        this.clock = Clock.systemUTC();
    }

    /** How long the username must still wait, if it is locked. */
    public Optional<Duration> lockRemaining(String username) {
        Failures current = failures.get(username);
        Instant now = clock.instant();
        if (current == null || current.lockedUntil() == null || !now.isBefore(current.lockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.lockedUntil()));
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.compute(username, (key, previous) -> {
            int count = previous == null || isStale(previous, now) ? 1 : previous.count() + 1;
            Instant lockedUntil = null;
            if (count >= config.maxFailures()) {
                int doublings = Math.min(count - config.maxFailures(), 20);
                Duration lock = config.firstLock().multipliedBy(1L << doublings);
                lockedUntil = now.plus(lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock);
            }
            return new Failures(count, now, lockedUntil);
        });
    }

    public void recordSuccess(String username) {
        failures.remove(username);
    }

    private boolean isStale(Failures entry, Instant now) {
        boolean locked = entry.lockedUntil() != null && now.isBefore(entry.lockedUntil());
        return !locked && entry.lastFailure().plus(config.window()).isBefore(now);
    }

    /** Forgets usernames whose failures are stale, so the map cannot grow without bound. */
    @Scheduled(every = "5m", delayed = "5m")
    void evictStale() {
        Instant now = clock.instant();
        failures.entrySet().removeIf(entry -> isStale(entry.getValue(), now));
    }
}
