package id.inbox.auth.session;

import id.inbox.common.Database;
import id.inbox.common.InboxConfig;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Server-side sessions and their rotating refresh tokens (DESIGN.md 2.9). Every authenticated
 * request asks {@link #live} by primary key, so ending a session is one UPDATE that every API
 * instance sees on its next request: there is no cache to invalidate.
 */
@ApplicationScoped
public class Sessions {

    /** A new session and its first refresh token (the only time the token exists in clear). */
    public record Started(UUID id, String refreshToken, Instant expiresAt) {
    }

    /** What a refresh token was worth. */
    public sealed interface Refresh {
        /** Rotated: the session lives on with a new refresh token. */
        record Rotated(UUID sessionId, long tenantId, long userId, String refreshToken, Instant expiresAt) implements Refresh {
        }

        /** An old token came back: stolen or replayed, so the session has been revoked. */
        record Reused() implements Refresh {
        }

        /** Unknown token, or a session that expired, was revoked or whose user was deactivated. */
        record Dead() implements Refresh {
        }
    }

    /** Who a live session signs in as, read fresh on every request. */
    public record LiveUser(String role) {
    }

    private final Database db;
    private final InboxConfig.Auth config;
    private final Clock clock;
    private final LiveEvents live;

    Sessions(Database db, InboxConfig config, Clock clock, LiveEvents live) {
        this.live = live;
        this.db = db;
        this.config = config.auth();
        this.clock = clock;
    }

    @Transactional
    public Started start(long tenantId, long userId, String userAgent, String clientAddress) {
        UUID id = UUID.randomUUID();
        Instant expiresAt = clock.instant().plus(config.sessionMaxAge());
        db.useHandle(handle -> Sql.of("""
                        insert into auth_session (id, tenant_id, user_id, expires_at, user_agent, client_address)
                        values (:id, :tenant, :user, :expiresAt, :userAgent, :clientAddress)""")
                .bind("id", id)
                .bind("tenant", tenantId)
                .bind("user", userId)
                .bind("expiresAt", expiresAt)
                .bind("userAgent", abbreviate(userAgent, 500))
                .bind("clientAddress", abbreviate(clientAddress, 64)).update(handle)
                .execute());
        String refreshToken = issueRefreshToken(id);
        return new Started(id, refreshToken, expiresAt);
    }

    /** Exchanges a refresh token for its successor; a replayed one revokes its session (and that sticks). */
    @Transactional
    public Refresh refresh(String refreshToken) {
        byte[] hash = Secrets.hash(refreshToken);
        // the session row is locked so two refreshes of one session are serialised
        Optional<TokenState> found = db.withHandle(handle -> Sql.of("""
                        select t.session_id, t.used_at, s.tenant_id, s.user_id, s.expires_at,
                               s.revoked_at is null and s.expires_at > now()
                                   and s.refreshed_at > now() - make_interval(secs => :idleSeconds) and u.active as live
                        from auth_refresh_token t join auth_session s on s.id = t.session_id
                        join app_user u on u.id = s.user_id
                        where t.token_hash = :hash for update of s""")
                .bind("idleSeconds", config.sessionIdleTimeout().toSeconds())
                .bind("hash", hash).query(handle)
                .map(Rows.of(TokenState.class))
                .findOne());
        if (found.isEmpty() || !found.get().live()) {
            return new Refresh.Dead();
        }
        TokenState token = found.get();
        boolean replay = token.usedAt() != null;
        if (replay && !token.usedAt().plus(config.refreshReuseGrace()).isAfter(clock.instant())) {
            revoke(token.sessionId(), "refresh-token-reused");
            return new Refresh.Reused();
        }
        db.useHandle(handle -> {
            if (!replay) {
                Sql.of("update auth_refresh_token set used_at = now() where token_hash = :hash")
                        .bind("hash", hash).update(handle)
                        .execute();
            }
            // within the grace a used token gets another successor: its first answer may never have arrived
            // (a reload aborted it, the network dropped it) or another tab is refreshing at the same moment
            Sql.of("update auth_session set refreshed_at = now() where id = :session")
                    .bind("session", token.sessionId()).update(handle)
                    .execute();
        });
        String next = issueRefreshToken(token.sessionId());
        return new Refresh.Rotated(token.sessionId(), token.tenantId(), token.userId(), next, token.expiresAt());
    }

    private record TokenState(UUID sessionId, Instant usedAt, long tenantId, long userId, Instant expiresAt, boolean live) {
    }

    /** The session of a refresh token, live or not, for logout. */
    public Optional<UUID> sessionOf(String refreshToken) {
        return db.withHandle(handle -> Sql.of("select session_id from auth_refresh_token where token_hash = :hash")
                .bind("hash", Secrets.hash(refreshToken)).query(handle)
                .mapTo(UUID.class)
                .findOne());
    }

    /** Ends a session; its open event streams end too, on every instance. */
    @Transactional
    public void revoke(UUID sessionId, String reason) {
        db.withHandle(handle -> Sql.of("""
                        update auth_session set revoked_at = now(), revoked_reason = :reason
                        where id = :session and revoked_at is null
                        returning tenant_id""")
                .bind("reason", reason)
                .bind("session", sessionId).query(handle)
                .mapTo(Long.class).findOne())
                .ifPresent(tenantId -> live.accessEnded(tenantId, null, sessionId, "signed-out"));
    }

    /** Ends every live session of a user but {@code keep} (null: all). */
    @Transactional
    public int revokeAllOf(long userId, String reason, UUID keep) {
        List<Ended> ended = db.withHandle(handle -> Sql.of("""
                        update auth_session set revoked_at = now(), revoked_reason = :reason
                        where user_id = :user and revoked_at is null and id is distinct from :keep::uuid
                        returning id, tenant_id""")
                .bind("reason", reason)
                .bind("user", userId)
                .bind("keep", keep).query(handle)
                .map(Rows.of(Ended.class)).list());
        String why = "deactivated".equals(reason) ? "deactivated" : "signed-out";
        ended.forEach(session -> live.accessEnded(session.tenantId(), null, session.id(), why));
        return ended.size();
    }

    /**
     * The user behind a live session, when the token's user and company are the session's: one
     * primary-key lookup per request. Only the session id narrows the statement, so the plan is the
     * primary key however many sessions a user has; the ids are compared here.
     */
    public Optional<LiveUser> live(UUID sessionId, long userId, long tenantId) {
        Sql sql = Sql.of("""
                select s.user_id, s.tenant_id, u.role from auth_session s join app_user u on u.id = s.user_id
                where s.id = :session and s.revoked_at is null and s.expires_at > now()
                  and u.active and u.kind = 'person'""").bind("session", sessionId);
        return db.withHandle(handle -> sql.query(handle).map(Rows.of(SessionOwner.class)).findOne())
                .filter(owner -> owner.userId() == userId && owner.tenantId() == tenantId)
                .map(owner -> new LiveUser(owner.role()));
    }

    private record Ended(UUID id, long tenantId) {
    }

    private record SessionOwner(long userId, long tenantId, String role) {
    }

    /** Forgets sessions (and their refresh tokens) a day after they ended, on any instance. */
    @Scheduled(every = "1h", delayed = "10m")
    void purgeEnded() {
        db.useHandle(handle -> Sql.of("""
                delete from auth_session where expires_at < now() - interval '1 day' or revoked_at < now() - interval '1 day'""").update(handle).execute());
    }

    private String issueRefreshToken(UUID sessionId) {
        String token = Secrets.random();
        db.useHandle(handle -> Sql.of("insert into auth_refresh_token (token_hash, session_id) values (:hash, :session)")
                .bind("hash", Secrets.hash(token))
                .bind("session", sessionId).update(handle)
                .execute());
        return token;
    }

    private static String abbreviate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
