package id.inbox.auth;

import id.inbox.common.Database;
import id.inbox.common.InboxConfig;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
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

    private final Database db;
    private final InboxConfig.Throttle config;

    LoginThrottle(Database db, InboxConfig config) {
        this.db = db;
        this.config = config.auth().throttle();
    }

    /** How long this username must wait at this address, if it is refused. */
    public Optional<Duration> refusal(String username, String address) {
        Long seconds = db.withHandle(handle -> {
            boolean known = Sql.of("""
                            select exists (select 1 from login_known_address
                                           where username = :username and client_address = :address)""")
                    .bind("username", username)
                    .bind("address", address).query(handle)
                    .mapTo(Boolean.class)
                    .one();
            List<String> keys = known ? List.of(pair(username, address), address(address))
                    : List.of(pair(username, address), address(address), username(username));
            return Sql.of("""
                            select ceil(extract(epoch from max(locked_until) - now()))::bigint from login_throttle
                            where key = any(:keys) and locked_until > now()""")
                    .bind("keys", keys).query(handle)
                    .mapTo(Long.class)
                    .one(); // null when nothing is locked
        });
        return Optional.ofNullable(seconds).filter(s -> s > 0).map(Duration::ofSeconds);
    }

    private record Counted(String key, int failures) {
    }

    public void recordFailure(String username, String address) {
        List<String> keys = List.of(pair(username, address), address(address), username(username));
        db.useHandle(handle -> {
            List<Counted> counted = Sql.of("""
                            insert into login_throttle as t (key, failures, window_started)
                            select key, 1, now() from unnest(:keys) key
                            on conflict (key) do update set
                                failures = case when t.window_started < now() - make_interval(secs => :window)
                                                 and (t.locked_until is null or t.locked_until <= now())
                                                then 1 else t.failures + 1 end,
                                window_started = case when t.window_started < now() - make_interval(secs => :window)
                                                       and (t.locked_until is null or t.locked_until <= now())
                                                      then now() else t.window_started end
                            returning key, failures""")
                    .bind("keys", keys)
                    .bind("window", config.window().toSeconds()).query(handle)
                    .map(Rows.of(Counted.class))
                    .list();
            for (Counted row : counted) {
                int max = row.key().startsWith("pair:") ? config.maxFailures()
                        : row.key().startsWith("address:") ? config.maxAddressFailures() : config.maxUsernameFailures();
                if (row.failures() >= max) {
                    Duration lock = config.firstLock().multipliedBy(1L << Math.min(row.failures() - max, 20));
                    lock = lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock;
                    Sql.of("update login_throttle set locked_until = now() + make_interval(secs => :seconds) where key = :key")
                            .bind("seconds", (double) lock.toMillis() / 1000)
                            .bind("key", row.key()).update(handle)
                            .execute();
                }
            }
        });
    }

    /** Clears this pair's failures and remembers the address as one the owner uses. */
    public void recordSuccess(String username, String address) {
        db.useHandle(handle -> {
            Sql.of("delete from login_throttle where key = :key")
                    .bind("key", pair(username, address)).update(handle)
                    .execute();
            Sql.of("""
                            insert into login_known_address (username, client_address) values (:username, :address)
                            on conflict (username, client_address) do update set last_success_at = now()""")
                    .bind("username", username)
                    .bind("address", address).update(handle)
                    .execute();
        });
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
        db.useHandle(handle -> {
            Sql.of("""
                            delete from login_throttle where window_started < now() - make_interval(secs => :window)
                            and (locked_until is null or locked_until < now())""")
                    .bind("window", config.window().toSeconds()).update(handle)
                    .execute();
            Sql.of("delete from login_known_address where last_success_at < now() - interval '90 days'").update(handle).execute();
        });
    }
}
