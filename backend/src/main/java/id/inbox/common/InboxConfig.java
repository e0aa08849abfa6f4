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

    Presence presence();

    /** Who is viewing a room and who is typing (PUT /rooms/{id}/presence). */
    interface Presence {
        /** Someone counts as viewing a room this long after their last call (the SPA calls every 10 s). */
        @WithDefault("PT25S")
        Duration viewingFor();

        /** Someone counts as typing this long after their last call with typing: true. */
        @WithDefault("PT6S")
        Duration typingFor();

        /** How often each instance looks for viewing and typing that ran out, to tell the rooms' viewers ("off" in tests). */
        @WithDefault("3s")
        String sweepInterval();
    }

    Secrets secrets();

    interface Secrets {
        /**
         * Base64 of 32 random bytes: the AES-256-GCM key that encrypts stored provider credentials (WhatsApp
         * access tokens). Needed to connect a number and to send through one; the same on every instance.
         */
        Optional<String> key();
    }

    WhatsApp whatsapp();

    /** WhatsApp Business Cloud API (Meta's Graph API): installation-wide, one Meta app for every company. */
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

        /**
         * Whether storing an event wakes this instance's worker once its row is committed (the poll stays the
         * fallback); off in tests, which call the worker.
         */
        @WithDefault("true")
        boolean wakeUp();

        /** How many due events the worker claims and processes in one transaction (a savepoint each). */
        @WithDefault("100")
        int batchSize();

        /**
         * How long a processed event (its raw payload) is kept before it is deleted; pending events are never
         * deleted. The messages it carried stay in the inbox.
         */
        @WithDefault("P30D")
        Duration retention();

        /** The Graph API base including its version; messages go to {graph-url}/{phone-number-id}/messages. */
        @WithDefault("https://graph.facebook.com/v21.0")
        String graphUrl();

        /** Longest wait for a connection to the Graph API; a failed connect sent nothing and is retried. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /**
         * Longest wait for Meta's answer once the request was sent. Past it the outcome is unknown (the message
         * may have gone out): it is failed as ambiguous-timeout, never resent on its own.
         */
        @WithDefault("PT20S")
        Duration requestTimeout();
    }

    Media media();

    /** Files of messages (GET /messages/{id}/media, attachments). */
    interface Media {
        /**
         * The largest file fetched from the Graph API or attached by an agent, in bytes (default 16 MiB). Meta's own
         * limits apply below it (images 5 MB, video and audio 16 MB, documents 100 MB).
         */
        @WithDefault("16777216")
        long maxBytes();
    }

    Outbox outbox();

    /** The relay that sends queued messages (OutboxRelay). */
    interface Outbox {
        /** Run the relay on this instance (every instance may; they never send the same message). */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for due messages when it has not been woken by a send. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Most messages one relay claims at a time. */
        @WithDefault("100")
        int batchSize();

        /** Sends in flight at once per instance (HTTP calls run outside any transaction, on these threads). */
        @WithDefault("16")
        int senders();

        /** Messages per second per number, across all instances (Meta's default throughput is 80/s). */
        @WithDefault("80")
        int ratePerNumber();

        /** Retryable failures (429, 130429, 131056, 5xx, no connection) are retried this long after queueing, then FAILED. */
        @WithDefault("PT1H")
        Duration retryDeadline();

        /** First backoff; it doubles per attempt, with jitter (half to all of it), up to {@link #backoffMax()}. */
        @WithDefault("PT2S")
        Duration backoffBase();

        /** Longest backoff between two attempts. */
        @WithDefault("PT5M")
        Duration backoffMax();

        /**
         * How long a claim holds a message: a relay that dies is replaced after this. Longer than the pacing wait
         * plus connect and request timeouts.
         */
        @WithDefault("PT2M")
        Duration lease();
    }

    Events events();

    /** The live stream's log (issue 13). */
    interface Events {
        /** How long the log keeps events: a client away for longer reloads (resync) instead of replaying. */
        @WithDefault("P1D")
        Duration retention();
    }
}
