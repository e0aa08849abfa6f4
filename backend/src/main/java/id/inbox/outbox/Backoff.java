package id.inbox.outbox;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after attempt n the wait is base * 2^(n-1), capped at max, of which a random
 * half to all is taken ("equal jitter"), so relays retrying after one outage do not all come back at once. A
 * provider's Retry-After is honoured when it asks for longer (still capped at max).
 */
public record Backoff(Duration base, Duration max, DoubleSupplier random) {

    /** The wait after the given (1-based) failed attempt. */
    public Duration after(int attempt, Duration retryAfter) {
        long baseNanos = Math.max(1, base.toNanos());
        long maxNanos = Math.max(baseNanos, max.toNanos());
        long ceiling = baseNanos;
        for (int i = 1; i < attempt && ceiling < maxNanos; i++) {
            ceiling = ceiling > maxNanos / 2 ? maxNanos : ceiling * 2;
        }
        long wait = ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2));
        if (retryAfter != null && retryAfter.toNanos() > wait) {
            wait = Math.min(maxNanos, retryAfter.toNanos());
        }
        return Duration.ofNanos(wait);
    }
}
