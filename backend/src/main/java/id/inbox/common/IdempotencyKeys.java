package id.inbox.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Idempotency-Key handling for every write that creates something, per tenant and user. The key, the work
 * and the stored response commit in one transaction, so they exist together or not at all: a request that
 * failed, or whose COMMIT was lost with the connection, leaves either nothing (a retry does the work) or the
 * response (a retry replays it), never a claim without an outcome. A repeat with the same request gets the
 * first response again; with another request, 422; while the first is still running, 409 (a transaction-scoped
 * advisory lock on the key says so, and PostgreSQL releases it with the transaction or the connection).
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    public static final int MAX_LENGTH = 200;
    public static final String HEADER_DOC = "A unique key per intended write, e.g. a UUID: a retry with the same key and body "
            + "answers the first response (Idempotency-Replayed: true) and does nothing more; with another body 422 "
            + "idempotency-key-reused; while the first is still running 409 request-in-flight. Kept 24 hours.";
    public static final String REPLAYED_DOC = "true when this is the stored response of an earlier request with the same key";
    /** How long a key is remembered. */
    static final Duration RETENTION = Duration.ofHours(24);

    /** What the work answers: status, the body to serialise, and the room's ETag when the write changed a room. */
    public record Result(int status, Object body, String etag) {
    }

    /** The response to send: the work's, or the one stored for the key by the first request (replayed). */
    public record Response(int status, String body, String etag, boolean replayed) {

        /** As HTTP: the JSON body, Idempotency-Replayed, and the ETag when there is one. */
        public jakarta.ws.rs.core.Response http() {
            var response = jakarta.ws.rs.core.Response.status(status).type(MediaType.APPLICATION_JSON).entity(body)
                    .header(REPLAYED_HEADER, String.valueOf(replayed));
            return etag == null ? response.build() : response.header(HttpHeaders.ETAG, etag).build();
        }
    }

    private final Db db;
    private final ObjectMapper json;

    IdempotencyKeys(Db db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /** The SHA-256 of what identifies a request (operation, target and body), to compare repeats. */
    public static String hash(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same, of a request body as JSON. */
    public String hash(String operation, Object request) {
        try {
            return hash(operation + "|" + json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The header's value checked: null when absent (the caller decides whether a key is required), else stripped;
     * 400 when blank or longer than {@value #MAX_LENGTH} characters.
     */
    public static String validKey(String header) {
        if (header == null) {
            return null;
        }
        if (header.isBlank()) {
            throw ApiException.invalid(HEADER, "must not be blank");
        }
        if (header.length() > MAX_LENGTH) {
            throw ApiException.invalid(HEADER, "must be at most " + MAX_LENGTH + " characters");
        }
        return header.strip();
    }

    /**
     * Runs the work once per key: in a new transaction that also stores its response under the key. Without a
     * key the work simply runs. The work joins this transaction (its {@code @Transactional} is REQUIRED).
     */
    public Response once(long tenantId, long userId, String key, String requestHash, Supplier<Result> work) {
        if (key == null) {
            Result result = work.get();
            return new Response(result.status(), serialise(result.body()), result.etag(), false);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean ours = db.one("select pg_try_advisory_xact_lock(hashtextextended(?, 0))", rs -> rs.getBoolean(1),
                    "idempotency-key:" + tenantId + ":" + userId + ":" + key).orElseThrow();
            if (!ours) {
                throw ApiException.conflict(ProblemCode.REQUEST_IN_FLIGHT,
                        "A request with this Idempotency-Key is still being processed; retry in a moment.");
            }
            record Stored(String hash, int status, String body, String etag) {
            }
            var stored = db.one("select request_hash, response_status, response_body, response_etag from idempotency_key"
                            + " where tenant_id = ? and user_id = ? and key = ?",
                    rs -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)), tenantId, userId, key);
            if (stored.isPresent()) {
                if (!stored.get().hash().equals(requestHash)) {
                    throw ApiException.unprocessable(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was already used for a different request; use a new key for a new message.");
                }
                return new Response(stored.get().status(), stored.get().body(), stored.get().etag(), true);
            }
            Result result = work.get();
            String body = serialise(result.body());
            db.update("""
                    insert into idempotency_key (tenant_id, user_id, key, request_hash, response_status, response_body,
                                                 response_etag, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    tenantId, userId, key, requestHash, result.status(), body, result.etag(), Now.instant());
            return new Response(result.status(), body, result.etag(), false);
        });
    }

    private String serialise(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(every = "1h", delayed = "10m")
    void purgeOld() {
        QuarkusTransaction.requiringNew().run(() -> db.update("delete from idempotency_key where created_at < ?",
                Instant.now().minus(RETENTION)));
    }
}
