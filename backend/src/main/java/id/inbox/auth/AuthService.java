package id.inbox.auth;

import id.inbox.auth.AuthDtos.ChangePasswordRequest;
import id.inbox.auth.AuthDtos.CurrentUser;
import id.inbox.auth.AuthDtos.LoginRequest;
import id.inbox.auth.AuthDtos.LoginResponse;
import id.inbox.auth.session.Sessions;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sign-in, refresh, sign-out and password changes (DESIGN.md 2.9). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthService {

    /** Checked against for unknown usernames, so they take as long to refuse as a wrong password. */
    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("no-such-user-" + System.nanoTime());

    /** A signed-in session: the response body, and the refresh token for the cookie with the time it has left. */
    public record SignedIn(LoginResponse response, String refreshToken, Duration refreshLifetime) {
    }

    private final AppUserRepository users;
    private final LoginThrottle throttle;
    private final TokenIssuer tokens;
    private final Sessions sessions;
    private final Clock clock;

    AuthService(AppUserRepository users, LoginThrottle throttle, TokenIssuer tokens, Sessions sessions, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.tokens = tokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    public SignedIn login(LoginRequest request, String clientAddress, String userAgent) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        Optional<Duration> refused = throttle.refusal(username, clientAddress);
        if (refused.isPresent()) {
            throw tooManyAttempts(refused.get());
        }
        Optional<AppUser> found = users.findPerson(username);
        String hash = found.map(AppUser::passwordHash).orElse(UNKNOWN_USER_HASH);
        boolean passwordMatches = BcryptUtil.matches(request.password(), hash) && found.isPresent();
        if (!passwordMatches) {
            throttle.recordFailure(username, clientAddress);
            throw new ApiException(401, ProblemCode.INVALID_CREDENTIALS, "Invalid credentials",
                    "The username or password is incorrect.");
        }
        AppUser user = found.get();
        if (!user.active()) {
            throw new ApiException(403, ProblemCode.ACCOUNT_INACTIVE, "Account inactive",
                    "This account has been deactivated. Ask your supervisor to reactivate it.");
        }
        throttle.recordSuccess(username, clientAddress);
        Sessions.Started session = sessions.start(user.tenantId(), user.id(), userAgent, clientAddress);
        return signedIn(user, session.id(), session.refreshToken(), session.expiresAt());
    }

    /** A new access token and refresh token for a refresh token that has not been used before. */
    public SignedIn refresh(String refreshToken) {
        Sessions.Refresh outcome = refreshToken == null || refreshToken.isBlank() ? new Sessions.Refresh.Dead()
                : sessions.refresh(refreshToken);
        if (outcome instanceof Sessions.Refresh.Rotated rotated) {
            AppUser user = users.findInTenant(rotated.tenantId(), rotated.userId())
                    .orElseThrow(AuthService::sessionExpired);
            return signedIn(user, rotated.sessionId(), rotated.refreshToken(), rotated.expiresAt());
        }
        if (outcome instanceof Sessions.Refresh.Reused) {
            throw new ApiException(401, ProblemCode.REFRESH_TOKEN_REUSED, "Session revoked",
                    "This refresh token had already been used, so the session was ended to protect the account. Sign in again.");
        }
        throw sessionExpired();
    }

    public void logout(Optional<UUID> sessionFromToken, Optional<String> refreshToken) {
        sessionFromToken.ifPresent(id -> sessions.revoke(id, "logout"));
        refreshToken.filter(t -> !t.isBlank()).flatMap(sessions::sessionOf).ifPresent(id -> sessions.revoke(id, "logout"));
    }

    /** Changes the caller's password and ends their other sessions; the current one continues. */
    @Transactional
    public void changePassword(Caller caller, ChangePasswordRequest request) {
        AppUser user = account(caller);
        if (!BcryptUtil.matches(request.currentPassword(), user.passwordHash())) {
            throw ApiException.unprocessable(ProblemCode.WRONG_PASSWORD, "The current password is incorrect.");
        }
        Passwords.requireStrong("newPassword", request.newPassword(), user.username());
        users.changePassword(user.id(), BcryptUtil.bcryptHash(request.newPassword()), clock.instant());
        sessions.revokeAllOf(user.id(), "password-changed", caller.sessionId().orElse(null));
    }

    /** The caller's own account; a token of a deleted or deactivated user no longer counts. */
    public CurrentUser currentUser(Caller caller) {
        return CurrentUser.of(account(caller));
    }

    private AppUser account(Caller caller) {
        return users.findInTenant(caller.tenantId(), caller.userId())
                .filter(AppUser::active)
                .orElseThrow(UnauthorizedException::new);
    }

    private SignedIn signedIn(AppUser user, UUID sessionId, String refreshToken, Instant refreshExpiresAt) {
        TokenIssuer.IssuedToken token = tokens.issue(user, sessionId);
        LoginResponse response = new LoginResponse(token.token(), "Bearer", token.expiresAt().atOffset(ZoneOffset.UTC),
                CurrentUser.of(user));
        return new SignedIn(response, refreshToken, Duration.between(clock.instant(), refreshExpiresAt));
    }

    private static ApiException sessionExpired() {
        return new ApiException(401, ProblemCode.SESSION_EXPIRED, "Session expired",
                "The session has ended or the refresh token is not valid. Sign in again.");
    }

    private static ApiException tooManyAttempts(Duration remaining) {
        long seconds = Math.max(1, remaining.toSeconds());
        return new ApiException(429, ProblemCode.TOO_MANY_ATTEMPTS, "Too many attempts",
                "Too many failed sign-ins. Try again in " + seconds + " seconds.",
                Map.of("Retry-After", String.valueOf(seconds)));
    }
}
