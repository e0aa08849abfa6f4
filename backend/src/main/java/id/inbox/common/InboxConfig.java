package id.inbox.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Product settings, given as inbox.* properties or INBOX_* environment variables. */
@ConfigMapping(prefix = "inbox")
public interface InboxConfig {

    Auth auth();

    Demo demo();

    Cursors cursor();

    interface Auth {
        /** How long an access token stays valid; an agent's working day by default. */
        @WithDefault("PT12H")
        Duration tokenLifetime();

        Throttle throttle();
    }

    /** Login throttling per username, so a password cannot be brute-forced. */
    interface Throttle {
        /** Failed logins allowed before the username is locked. */
        @WithDefault("5")
        int maxFailures();

        /** First lock; each further failure doubles it up to {@link #maxLock()}. */
        @WithDefault("PT30S")
        Duration firstLock();

        /** Longest lock. */
        @WithDefault("PT15M")
        Duration maxLock();

        /** Failures older than this are forgotten. */
        @WithDefault("PT15M")
        Duration window();
    }

    interface Demo {
        /** Seed the two demo tenants at start-up. Never on in production unless asked for. */
        @WithDefault("false")
        boolean seed();
    }

    interface Cursors {
        /**
         * Secret (at least 32 bytes) that signs list cursors; the same on every instance. When unset, a
         * random key kept in the database (table server_secret) is used, shared by all instances on it.
         */
        Optional<String> key();
    }
}
