package id.inbox.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Exponential backoff with equal jitter, capped, honouring a longer Retry-After. */
class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(5);

    @Test
    void waitDoublesPerAttemptWithinHalfToAllOfIt() {
        Backoff least = new Backoff(BASE, MAX, () -> 0.0);
        Backoff most = new Backoff(BASE, MAX, () -> 0.999_999);

        assertThat(least.after(1, null)).isEqualTo(Duration.ofSeconds(1));
        assertThat(most.after(1, null)).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
        assertThat(least.after(2, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(least.after(3, null)).isEqualTo(Duration.ofSeconds(4));
        assertThat(most.after(4, null)).isBetween(Duration.ofMillis(15_999), Duration.ofSeconds(16));
    }

    @Test
    void waitIsCappedAtTheMaximumHoweverManyAttempts() {
        Backoff most = new Backoff(BASE, MAX, () -> 0.999_999);

        assertThat(most.after(9, null)).isLessThanOrEqualTo(MAX);
        assertThat(most.after(10_000, null)).isLessThanOrEqualTo(MAX).isGreaterThan(MAX.dividedBy(2));
    }

    @Test
    void aLongerRetryAfterIsHonouredUpToTheMaximum() {
        Backoff least = new Backoff(BASE, MAX, () -> 0.0);

        assertThat(least.after(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
        assertThat(least.after(1, Duration.ofHours(1))).isEqualTo(MAX);
        assertThat(least.after(3, Duration.ofMillis(10))).isEqualTo(Duration.ofSeconds(4));
    }
}
