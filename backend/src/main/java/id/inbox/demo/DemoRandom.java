package id.inbox.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/** The seeded random draws the demo data is made of. */
final class DemoRandom {

    private final Random random;

    DemoRandom(Random random) {
        this.random = random;
    }

    double nextDouble() {
        return random.nextDouble();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A duration between from and to minutes. */
    Duration minutes(long from, long to) {
        return Duration.ofSeconds(from * 60 + (long) (random.nextDouble() * (to - from) * 60));
    }
}
