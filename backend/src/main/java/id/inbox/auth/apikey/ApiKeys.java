package id.inbox.auth.apikey;

import id.inbox.auth.Caller;
import id.inbox.auth.apikey.ApiKeyDtos.ApiKeyView;
import id.inbox.auth.apikey.ApiKeyDtos.CreatedApiKey;
import id.inbox.auth.session.Secrets;
import id.inbox.common.ApiException;
import id.inbox.common.Database;
import id.inbox.common.Handle;
import id.inbox.common.ProblemCode;
import id.inbox.common.Rows;
import id.inbox.common.Sql;
import id.inbox.events.LiveEvents;
import id.inbox.room.RoomDtos.UserRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named API keys for integrators (DESIGN.md 2.9): {@code inbx_<8-character prefix>_<256-bit secret>},
 * shown once, stored as a SHA-256 hash, found by prefix. Each key acts as a service account of its own
 * (supervisor role, never signs in, never assigned), so what an integration sends or resolves carries
 * the key's name.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApiKeys {

    private static final Pattern FORMAT = Pattern.compile("inbx_([a-z0-9]{8})_[A-Za-z0-9_-]{43}");
    /** Active keys per company: a bound, not a product limit anyone should meet. */
    static final int MAX_ACTIVE = 50;

    public record LiveKey(long id, long tenantId, long userId, String prefix) {
    }

    private record StoredKey(long id, long tenantId, long userId, byte[] keyHash) {
    }

    private final Database db;

    private final LiveEvents live;

    ApiKeys(Database db, LiveEvents live) {
        this.live = live;
        this.db = db;
    }

    /** The live key behind a presented secret; marks it used at most once a minute (no write per request). */
    public Optional<LiveKey> authenticate(String presented) {
        var match = FORMAT.matcher(presented);
        if (!match.matches()) {
            return Optional.empty();
        }
        String prefix = match.group(1);
        byte[] presentedHash = Secrets.hash(presented);
        return db.withHandle(handle -> {
            Optional<LiveKey> key = Sql.of("""
                            select k.id, k.tenant_id, k.user_id, k.key_hash from api_key k
                            join app_user u on u.id = k.user_id
                            where k.prefix = :prefix and k.revoked_at is null and u.active""")
                    .bind("prefix", prefix).query(handle)
                    .map(Rows.of(StoredKey.class))
                    .findOne()
                    .filter(stored -> MessageDigest.isEqual(stored.keyHash(), presentedHash))
                    .map(stored -> new LiveKey(stored.id(), stored.tenantId(), stored.userId(), prefix));
            key.ifPresent(k -> Sql.of("""
                            update api_key set last_used_at = now() where id = :id
                            and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                    .bind("id", k.id()).update(handle)
                    .execute());
            return key;
        });
    }

    public List<ApiKeyView> list(Caller caller) {
        return db.withHandle(handle -> Sql.of(SELECT + " where k.tenant_id = :tenant order by k.created_at desc, k.id desc")
                .bind("tenant", caller.tenantId()).query(handle)
                .map(Rows.of(KeyRow.class))
                .list()).stream().map(KeyRow::view).toList();
    }

    @Transactional
    public CreatedApiKey create(Caller caller, String name) {
        return db.withHandle(handle -> {
            long active = Sql.of("select count(*) from api_key where tenant_id = :tenant and revoked_at is null")
                    .bind("tenant", caller.tenantId()).query(handle)
                    .mapTo(Long.class)
                    .one();
            if (active >= MAX_ACTIVE) {
                throw ApiException.unprocessable(ProblemCode.TOO_MANY_API_KEYS,
                        "Your company already has " + MAX_ACTIVE + " active API keys. Revoke one you no longer use.");
            }
            String prefix = Secrets.randomAlphanumeric(8);
            String key = ApiKeyRequest.PREFIX + prefix + "_" + Secrets.random();
            long userId = Sql.of("""
                            insert into app_user (tenant_id, username, password_hash, display_name, role, kind)
                            values (:tenant, :username, '!', :name, 'supervisor', 'api_key') returning id""")
                    .bind("tenant", caller.tenantId())
                    .bind("username", "api-key-" + prefix + "@keys.inbox.invalid")
                    .bind("name", name).query(handle)
                    .mapTo(Long.class)
                    .one();
            long id = Sql.of("""
                            insert into api_key (tenant_id, name, prefix, key_hash, user_id, created_by)
                            values (:tenant, :name, :prefix, :hash, :user, :creator) returning id""")
                    .bind("tenant", caller.tenantId())
                    .bind("name", name)
                    .bind("prefix", prefix)
                    .bind("hash", Secrets.hash(key))
                    .bind("user", userId)
                    .bind("creator", caller.userId()).query(handle)
                    .mapTo(Long.class)
                    .one();
            return new CreatedApiKey(find(handle, caller.tenantId(), id), key);
        });
    }

    private static ApiKeyView find(Handle handle, long tenantId, long id) {
        return Sql.of(SELECT + " where k.tenant_id = :tenant and k.id = :id")
                .bind("tenant", tenantId)
                .bind("id", id).query(handle)
                .map(Rows.of(KeyRow.class))
                .one()
                .view();
    }

    /** Revokes the key and deactivates its service account; revoking a revoked key changes nothing. */
    @Transactional
    public void revoke(Caller caller, long id) {
        db.useHandle(handle -> {
            long userId = Sql.of("select user_id from api_key where tenant_id = :tenant and id = :id")
                    .bind("tenant", caller.tenantId())
                    .bind("id", id).query(handle)
                    .mapTo(Long.class)
                    .findOne()
                    .orElseThrow(() -> ApiException.notFound("API key " + id));
            Sql.of("update api_key set revoked_at = now() where id = :id and revoked_at is null")
                    .bind("id", id).update(handle)
                    .execute();
            Sql.of("update app_user set active = false where id = :user")
                    .bind("user", userId).update(handle)
                    .execute();
            live.accessEnded(caller.tenantId(), userId, null, "deactivated");
        });
    }

    private static final String SELECT = """
            select k.id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at,
                   c.id as creator_id, c.display_name as creator_name
            from api_key k join app_user c on c.id = k.created_by""";

    private record KeyRow(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                          long creatorId, String creatorName) {
        ApiKeyView view() {
            return new ApiKeyView(id, name, ApiKeyRequest.PREFIX + prefix, createdAt, new UserRef(creatorId, creatorName),
                    lastUsedAt, revokedAt);
        }
    }
}
