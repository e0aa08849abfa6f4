package id.inbox.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current time at PostgreSQL's precision, so what the API returns equals what it stored. For the packages not
 * yet moved to the injected {@link java.time.Clock} ({@link Database}); new code takes the Clock.
 */
public final class Now {

    private Now() {
    }

    public static Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
