package id.inbox.auth;

import id.inbox.common.Db;
import id.inbox.common.InboxConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins counted in PostgreSQL, so every API instance shares them (OWASP Authentication
 * Cheat Sheet). Three counters per failure:
 * <ul>
 * <li>the username from this address: locks that pair, never the owner at their own address;</li>
 * <li>the address across usernames: refuses a client that sprays passwords over many accounts;</li>
 * <li>the username across addresses: slows an account under a distributed attack, but only for
 * addresses it has never signed in from.</li>
 * </ul>
 * Each lock starts at the first-lock duration and doubles with every further failure up to the maximum.
 * Unknown usernames are counted the same way, so the answers never tell which usernames exist.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Db db;
    private final InboxConfig.Throttle config;

    LoginThrottle(Db db, InboxConfig config) {
        this.db = db;
        this.config = config.auth().throttle();
    }

    /** How long this username must wait at this address, if it is refused. */
    public Optional<Duration> refusal(String username, String address) {
        boolean known = db.one("select 1 from login_known_address where username = ? and client_address = ?",
                rs -> true, username, address).isPresent();
        List<String> keys = known ? List.of(pair(username, address), address(address))
                : List.of(pair(username, address), address(address), username(username));
        return db.one("select ceil(extract(epoch from max(locked_until) - now()))::bigint from login_throttle"
                        + " where key = any(?) and locked_until > now()",
                        rs -> rs.getLong(1), keys)
                .filter(seconds -> seconds > 0)
                .map(Duration::ofSeconds);
    }

    public void recordFailure(String username, String address) {
        List<String> keys = List.of(pair(username, address), address(address), username(username));
        List<Object[]> counted = db.list("""
                insert into login_throttle as t (key, failures, window_started)
                select key, 1, now() from unnest(?) key
                on conflict (key) do update set
                    failures = case when t.window_started < now() - make_interval(secs => ?)
                                     and (t.locked_until is null or t.locked_until <= now())
                                    then 1 else t.failures + 1 end,
                    window_started = case when t.window_started < now() - make_interval(secs => ?)
                                           and (t.locked_until is null or t.locked_until <= now())
                                          then now() else t.window_started end
                returning key, failures
                """, rs -> new Object[] {rs.getString(1), rs.getInt(2)}, keys, config.window().toSeconds(), config.window().toSeconds());
        for (Object[] row : counted) {
            String key = (String) row[0];
            int failures = (Integer) row[1];
            int max = key.startsWith("pair:") ? config.maxFailures()
                    : key.startsWith("address:") ? config.maxAddressFailures() : config.maxUsernameFailures();
            if (failures >= max) {
                Duration lock = config.firstLock().multipliedBy(1L << Math.min(failures - max, 20));
                lock = lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock;
                db.update("update login_throttle set locked_until = now() + make_interval(secs => ?) where key = ?",
                        (double) lock.toMillis() / 1000, key);
            }
        }
    }

    /** Clears this pair's failures and remembers the address as one the owner uses. */
    public void recordSuccess(String username, String address) {
        db.update("delete from login_throttle where key = ?", pair(username, address));
        db.update("insert into login_known_address (username, client_address) values (?, ?)"
                + " on conflict (username, client_address) do update set last_success_at = now()", username, address);
    }

    private static String pair(String username, String address) {
        return "pair:" + address + " " + username;
    }

    private static String address(String address) {
        return "address:" + address;
    }

    private static String username(String username) {
        return "username:" + username;
    }

    /** Forgets stale counters and addresses unused for 90 days, so the tables stay small. */
    @Scheduled(every = "5m", delayed = "5m")
    void purge() {
        db.update("delete from login_throttle where window_started < now() - make_interval(secs => ?)"
                + " and (locked_until is null or locked_until < now())", config.window().toSeconds());
        db.update("delete from login_known_address where last_success_at < now() - interval '90 days'");
    }
}
