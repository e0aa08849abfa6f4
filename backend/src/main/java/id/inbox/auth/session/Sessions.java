package id.inbox.auth.session;

import id.inbox.common.Db;
import id.inbox.common.InboxConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

    private final Db db;
    private final InboxConfig.Auth config;

    Sessions(Db db, InboxConfig config) {
        this.db = db;
        this.config = config.auth();
    }

    @Transactional
    public Started start(long tenantId, long userId, String userAgent, String clientAddress) {
        UUID id = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(config.sessionMaxAge());
        db.update("insert into auth_session (id, tenant_id, user_id, expires_at, user_agent, client_address)"
                        + " values (?, ?, ?, ?, ?, ?)",
                id, tenantId, userId, expiresAt, abbreviate(userAgent, 500), abbreviate(clientAddress, 64));
        String refreshToken = issueRefreshToken(id);
        return new Started(id, refreshToken, expiresAt);
    }

    /** Exchanges a refresh token for its successor; a replayed one revokes its session (and that sticks). */
    @Transactional
    public Refresh refresh(String refreshToken) {
        byte[] hash = Secrets.hash(refreshToken);
        // the session row is locked so two refreshes of one session are serialised
        Optional<TokenState> found = db.one("select t.session_id, t.used_at, s.tenant_id, s.user_id, s.expires_at,"
                        + " s.revoked_at is null and s.expires_at > now() and s.refreshed_at > now() - ?::interval and u.active as live"
                        + " from auth_refresh_token t join auth_session s on s.id = t.session_id"
                        + " join app_user u on u.id = s.user_id"
                        + " where t.token_hash = ? for update of s",
                rs -> new TokenState(rs.getObject("session_id", UUID.class), Db.instant(rs, "used_at"),
                        rs.getLong("tenant_id"), rs.getLong("user_id"), Db.instant(rs, "expires_at"), rs.getBoolean("live")),
                config.sessionIdleTimeout().toSeconds() + " seconds", hash);
        if (found.isEmpty() || !found.get().live()) {
            return new Refresh.Dead();
        }
        TokenState token = found.get();
        boolean replay = token.usedAt() != null;
        if (replay && !token.usedAt().plus(config.refreshReuseGrace()).isAfter(Instant.now())) {
            revoke(token.sessionId(), "refresh-token-reused");
            return new Refresh.Reused();
        }
        if (!replay) {
            db.update("update auth_refresh_token set used_at = now() where token_hash = ?", hash);
        }
        // within the grace a used token gets another successor: its first answer may never have arrived
        // (a reload aborted it, the network dropped it) or another tab is refreshing at the same moment
        db.update("update auth_session set refreshed_at = now() where id = ?", token.sessionId());
        String next = issueRefreshToken(token.sessionId());
        return new Refresh.Rotated(token.sessionId(), token.tenantId(), token.userId(), next, token.expiresAt());
    }

    private record TokenState(UUID sessionId, Instant usedAt, long tenantId, long userId, Instant expiresAt, boolean live) {
    }

    /** The session of a refresh token, live or not, for logout. */
    public Optional<UUID> sessionOf(String refreshToken) {
        return db.one("select session_id from auth_refresh_token where token_hash = ?",
                rs -> rs.getObject(1, UUID.class), (Object) Secrets.hash(refreshToken));
    }

    @Transactional
    public void revoke(UUID sessionId, String reason) {
        db.update("update auth_session set revoked_at = now(), revoked_reason = ? where id = ? and revoked_at is null",
                reason, sessionId);
    }

    /** Ends every live session of a user but {@code keep} (null: all). */
    @Transactional
    public int revokeAllOf(long userId, String reason, UUID keep) {
        return db.update("update auth_session set revoked_at = now(), revoked_reason = ?"
                        + " where user_id = ? and revoked_at is null and id is distinct from ?::uuid",
                reason, userId, keep);
    }

    /**
     * The user behind a live session, when the token's user and company are the session's: one
     * primary-key lookup per request. Only the session id narrows the statement, so the plan is the
     * primary key however many sessions a user has; the ids are compared here.
     */
    public Optional<LiveUser> live(UUID sessionId, long userId, long tenantId) {
        return db.one("select s.user_id, s.tenant_id, u.role from auth_session s join app_user u on u.id = s.user_id"
                        + " where s.id = ? and s.revoked_at is null and s.expires_at > now() and u.active and u.kind = 'person'",
                rs -> new SessionOwner(rs.getLong("user_id"), rs.getLong("tenant_id"), rs.getString("role")), sessionId)
                .filter(owner -> owner.userId() == userId && owner.tenantId() == tenantId)
                .map(owner -> new LiveUser(owner.role()));
    }

    private record SessionOwner(long userId, long tenantId, String role) {
    }

    /** Forgets sessions (and their refresh tokens) a day after they ended, on any instance. */
    @Scheduled(every = "1h", delayed = "10m")
    void purgeEnded() {
        db.update("delete from auth_session where expires_at < now() - interval '1 day'"
                + " or revoked_at < now() - interval '1 day'");
    }

    private String issueRefreshToken(UUID sessionId) {
        String token = Secrets.random();
        db.update("insert into auth_refresh_token (token_hash, session_id) values (?, ?)", Secrets.hash(token), sessionId);
        return token;
    }

    private static String abbreviate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
