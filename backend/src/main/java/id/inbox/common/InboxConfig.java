package id.inbox.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Product settings, given as inbox.* properties or INBOX_* environment variables. */
@ConfigMapping(prefix = "inbox")
public interface InboxConfig {

    Auth auth();

    Demo demo();

    Cursors cursor();

    interface Auth {
        /** How long an access token stays valid; a refresh renews it (short, so revocation needs no denylist). */
        @WithDefault("PT15M")
        Duration accessTokenLifetime();

        /** A session ends when it has not been refreshed for this long (an agent's shift and a break). */
        @WithDefault("PT12H")
        Duration sessionIdleTimeout();

        /** A session ends this long after sign-in, however active it is. */
        @WithDefault("P7D")
        Duration sessionMaxAge();

        /**
         * A refresh token presented again this soon after it was rotated is a race between two tabs or a
         * response that never arrived (a reload, a dropped connection): it gets another successor. Later it
         * is a replay, which revokes the session.
         */
        @WithDefault("PT10S")
        Duration refreshReuseGrace();

        Throttle throttle();
    }

    /** Login throttling (OWASP Authentication Cheat Sheet), shared by every instance through PostgreSQL. */
    interface Throttle {
        /** Failures of one username from one client address before that pair is locked. */
        @WithDefault("5")
        int maxFailures();

        /** Failures from one client address, across all usernames, before the address is refused (spraying). */
        @WithDefault("20")
        int maxAddressFailures();

        /**
         * Failures of one username from all addresses before it is slowed down for addresses it has never
         * signed in from; its owner's usual addresses keep working.
         */
        @WithDefault("50")
        int maxUsernameFailures();

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

    Http http();

    interface Http {
        /**
         * Addresses (or CIDR ranges) of the reverse proxies in front of the API. Only a request whose
         * connection comes from one of them has its client address taken from X-Forwarded-For.
         */
        Optional<List<String>> trustedProxies();
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

    Rooms rooms();

    /** The room core's time limits. */
    interface Rooms {
        /** How long a bulk resolve ("resolve all expired") can be undone. */
        @WithDefault("PT15M")
        Duration undoWindow();

        /** Statement timeout of a bulk resolve and its undo, which write up to every unresolved room of a company. */
        @WithDefault("PT60S")
        Duration bulkStatementTimeout();

        /** How far an inbound message's sentAt may be ahead of our clock (an integrator's clock difference); further is refused. */
        @WithDefault("PT60S")
        Duration inboundClockSkew();
    }

    WhatsApp whatsapp();

    /** The WhatsApp Cloud API webhook (installation-wide: one Meta app for every company). */
    interface WhatsApp {
        /**
         * The Meta app secret: the key of the HMAC-SHA256 in X-Hub-Signature-256. Unset: POST /webhooks/whatsapp
         * answers 503 whatsapp-not-configured (Meta retries), nothing unsigned is ever accepted.
         */
        Optional<String> appSecret();

        /** The token typed into Meta's webhook settings, checked by the subscription handshake. Unset: 503. */
        Optional<String> verifyToken();

        /** How often each instance looks for webhook events to process ("off" in tests, which call the worker). */
        @WithDefault("1s")
        String pollInterval();
    }
}
