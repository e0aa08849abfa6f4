package id.inbox.auth.apikey;

import id.inbox.auth.Caller;
import id.inbox.auth.apikey.ApiKeyDtos.ApiKeyView;
import id.inbox.auth.apikey.ApiKeyDtos.CreatedApiKey;
import id.inbox.auth.session.Secrets;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Db;
import id.inbox.room.RoomDtos.UserRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
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

    private record StoredKey(LiveKey key, byte[] hash) {
    }

    private final Db db;

    ApiKeys(Db db) {
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
        Optional<LiveKey> key = db.one("select k.id, k.tenant_id, k.user_id, k.key_hash from api_key k"
                        + " join app_user u on u.id = k.user_id"
                        + " where k.prefix = ? and k.revoked_at is null and u.active",
                rs -> new StoredKey(new LiveKey(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("user_id"), prefix),
                        rs.getBytes("key_hash")), prefix)
                .filter(stored -> MessageDigest.isEqual(stored.hash(), presentedHash))
                .map(StoredKey::key);
        key.ifPresent(k -> db.update("update api_key set last_used_at = now() where id = ?"
                + " and (last_used_at is null or last_used_at < now() - interval '1 minute')", k.id()));
        return key;
    }

    public List<ApiKeyView> list(Caller caller) {
        return db.list(SELECT + " where k.tenant_id = ? order by k.created_at desc, k.id desc", ApiKeys::view, caller.tenantId());
    }

    @Transactional
    public CreatedApiKey create(Caller caller, String name) {
        long active = db.one("select count(*) from api_key where tenant_id = ? and revoked_at is null",
                rs -> rs.getLong(1), caller.tenantId()).orElse(0L);
        if (active >= MAX_ACTIVE) {
            throw ApiException.unprocessable(ProblemCode.TOO_MANY_API_KEYS,
                    "Your company already has " + MAX_ACTIVE + " active API keys. Revoke one you no longer use.");
        }
        String prefix = Secrets.randomAlphanumeric(8);
        String key = ApiKeyRequest.PREFIX + prefix + "_" + Secrets.random();
        long userId = db.one("insert into app_user (tenant_id, username, password_hash, display_name, role, kind)"
                        + " values (?, ?, '!', ?, 'supervisor', 'api_key') returning id",
                rs -> rs.getLong(1), caller.tenantId(), "api-key-" + prefix + "@keys.inbox.invalid", name).orElseThrow();
        long id = db.one("insert into api_key (tenant_id, name, prefix, key_hash, user_id, created_by)"
                        + " values (?, ?, ?, ?, ?, ?) returning id",
                rs -> rs.getLong(1), caller.tenantId(), name, prefix, Secrets.hash(key), userId, caller.userId()).orElseThrow();
        ApiKeyView view = db.one(SELECT + " where k.tenant_id = ? and k.id = ?", ApiKeys::view, caller.tenantId(), id).orElseThrow();
        return new CreatedApiKey(view, key);
    }

    /** Revokes the key and deactivates its service account; revoking a revoked key changes nothing. */
    @Transactional
    public void revoke(Caller caller, long id) {
        Long userId = db.one("select user_id from api_key where tenant_id = ? and id = ?", rs -> rs.getLong(1),
                caller.tenantId(), id).orElseThrow(() -> ApiException.notFound("API key " + id));
        db.update("update api_key set revoked_at = now() where id = ? and revoked_at is null", id);
        db.update("update app_user set active = false where id = ?", userId);
    }

    private static final String SELECT = "select k.id, k.name, k.prefix, k.created_at, k.last_used_at, k.revoked_at,"
            + " c.id as creator_id, c.display_name as creator_name from api_key k join app_user c on c.id = k.created_by";

    private static ApiKeyView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ApiKeyView(rs.getLong("id"), rs.getString("name"), ApiKeyRequest.PREFIX + rs.getString("prefix"),
                Db.instant(rs, "created_at"), new UserRef(rs.getLong("creator_id"), rs.getString("creator_name")),
                Db.instant(rs, "last_used_at"), Db.instant(rs, "revoked_at"));
    }
}
