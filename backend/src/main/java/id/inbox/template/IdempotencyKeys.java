package id.inbox.template;

import id.inbox.common.Now;
import id.inbox.common.ApiException;
import id.inbox.common.ProblemCode;
import id.inbox.common.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency-Key handling, per tenant and user: the first request with a key claims it (committed at
 * once, so a concurrent duplicate sees the claim), and its response is stored in the transaction that
 * does the work. A repeat with the same request gets that response again; with another request, 422;
 * while the first is still running, 409. A failed first request releases the key.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** How long a key is remembered. */
    static final Duration RETENTION = Duration.ofHours(24);
    /** A claim this old without a response belongs to a request that died; it may be taken over. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(2);

    public record StoredResponse(int status, String body) {
    }

    private final Db db;

    IdempotencyKeys(Db db) {
        this.db = db;
    }

    public static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims the key; empty when claimed now, else the stored response of the first request. */
    public Optional<StoredResponse> claim(long tenantId, long userId, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Now.instant();
            int claimed = db.update("""
                    insert into idempotency_key (tenant_id, user_id, key, request_hash, created_at) values (?, ?, ?, ?, ?)
                    on conflict (tenant_id, user_id, key) do update
                       set request_hash = excluded.request_hash, created_at = excluded.created_at
                     where idempotency_key.response_status is null and idempotency_key.created_at < ?""",
                    tenantId, userId, key, requestHash, now, now.minus(STALE_CLAIM));
            if (claimed == 1) {
                return Optional.<StoredResponse>empty();
            }
            record Existing(String hash, Integer status, String body) {
            }
            Existing existing = db.one("select request_hash, response_status, response_body from idempotency_key"
                            + " where tenant_id = ? and user_id = ? and key = ?",
                    rs -> new Existing(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3)), tenantId, userId, key)
                    .orElseThrow();
            if (!existing.hash().equals(requestHash)) {
                throw ApiException.unprocessable(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used for a different request; use a new key for a new message.");
            }
            if (existing.status() == null) {
                throw ApiException.conflict(ProblemCode.REQUEST_IN_FLIGHT,
                        "A request with this Idempotency-Key is still being processed; retry in a moment.");
            }
            return Optional.of(new StoredResponse(existing.status(), existing.body()));
        });
    }

    /** Records the response, in the caller's transaction (the one that did the work). */
    public void complete(long tenantId, long userId, String key, int status, String body) {
        db.update("update idempotency_key set response_status = ?, response_body = ? where tenant_id = ? and user_id = ? and key = ?",
                status, body, tenantId, userId, key);
    }

    /** Frees the key after a failed request, so the client may retry with it. */
    public void release(long tenantId, long userId, String key) {
        QuarkusTransaction.requiringNew().run(() -> db.update(
                "delete from idempotency_key where tenant_id = ? and user_id = ? and key = ? and response_status is null",
                tenantId, userId, key));
    }

    @Scheduled(every = "1h", delayed = "10m")
    void purgeOld() {
        QuarkusTransaction.requiringNew().run(() -> db.update("delete from idempotency_key where created_at < ?",
                Instant.now().minus(RETENTION)));
    }
}
