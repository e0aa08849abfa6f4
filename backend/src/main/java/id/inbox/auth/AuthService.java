package id.inbox.auth;

import id.inbox.auth.AuthDtos.CurrentUser;
import id.inbox.auth.AuthDtos.LoginRequest;
import id.inbox.auth.AuthDtos.LoginResponse;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthService {

    /** Checked against for unknown usernames, so they take as long to refuse as a wrong password. */
    private static final String UNKNOWN_USER_HASH = BcryptUtil.bcryptHash("no-such-user-" + System.nanoTime());

    private final AppUserRepository users;
    private final LoginThrottle throttle;
    private final TokenIssuer tokens;

    AuthService(AppUserRepository users, LoginThrottle throttle, TokenIssuer tokens) {
        this.users = users;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    public LoginResponse login(LoginRequest request) {
        String username = request.username().trim().toLowerCase(Locale.ROOT);
        Optional<Duration> locked = throttle.lockRemaining(username);
        if (locked.isPresent()) {
            throw tooManyAttempts(locked.get());
        }
        Optional<AppUser> found = users.findByUsernameWithTenant(username);
        String hash = found.map(u -> u.passwordHash).orElse(UNKNOWN_USER_HASH);
        boolean passwordMatches = BcryptUtil.matches(request.password(), hash) && found.isPresent();
        if (!passwordMatches) {
            throttle.recordFailure(username);
            throw new ApiException(401, ProblemCode.INVALID_CREDENTIALS, "Invalid credentials",
                    "The username or password is incorrect.");
        }
        AppUser user = found.get();
        if (!user.active) {
            throw new ApiException(403, ProblemCode.ACCOUNT_INACTIVE, "Account inactive",
                    "This account has been deactivated. Ask your supervisor to reactivate it.");
        }
        throttle.recordSuccess(username);
        TokenIssuer.IssuedToken token = tokens.issue(user);
        return new LoginResponse(token.token(), "Bearer", token.expiresAt().atOffset(ZoneOffset.UTC),
                CurrentUser.of(user));
    }

    /** The caller's own account; a token of a deleted or deactivated user no longer counts. */
    public CurrentUser currentUser(Caller caller) {
        return users.findInTenantWithTenant(caller.tenantId(), caller.userId())
                .filter(u -> u.active)
                .map(CurrentUser::of)
                .orElseThrow(UnauthorizedException::new);
    }

    private static ApiException tooManyAttempts(Duration remaining) {
        long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
        return new ApiException(429, ProblemCode.TOO_MANY_ATTEMPTS, "Too many attempts",
                "Too many failed logins for this username. Try again in " + seconds + " seconds.",
                Map.of("Retry-After", String.valueOf(seconds)));
    }
}
