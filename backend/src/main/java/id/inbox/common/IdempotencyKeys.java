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
import java.time.Clock;
import java.time.Duration;
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

    private final Database db;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyKeys(Database db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** The response stored under a key, and the hash of the request that made it. */
    private record Stored(String requestHash, int responseStatus, String responseBody, String responseEtag) {
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
            boolean ours = db.withHandle(handle -> Sql.of("select pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
                    .bind("lock", "idempotency-key:" + tenantId + ":" + userId + ":" + key).query(handle)
                    .mapTo(Boolean.class)
                    .one());
            if (!ours) {
                throw ApiException.conflict(ProblemCode.REQUEST_IN_FLIGHT,
                        "A request with this Idempotency-Key is still being processed; retry in a moment.");
            }
            var stored = db.withHandle(handle -> Sql.of("""
                            select request_hash, response_status, response_body, response_etag from idempotency_key
                            where tenant_id = :tenant and user_id = :user and key = :key""")
                    .bind("tenant", tenantId)
                    .bind("user", userId)
                    .bind("key", key).query(handle)
                    .map(Rows.of(Stored.class))
                    .findOne());
            if (stored.isPresent()) {
                if (!stored.get().requestHash().equals(requestHash)) {
                    throw ApiException.unprocessable(ProblemCode.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was already used for a different request; use a new key for a new message.");
                }
                return new Response(stored.get().responseStatus(), stored.get().responseBody(), stored.get().responseEtag(), true);
            }
            Result result = work.get();
            String body = serialise(result.body());
            db.useHandle(handle -> Sql.of("""
                            insert into idempotency_key (tenant_id, user_id, key, request_hash, response_status, response_body,
                                                         response_etag, created_at)
                            values (:tenant, :user, :key, :requestHash, :status, :body, :etag, :createdAt)""")
                    .bind("tenant", tenantId)
                    .bind("user", userId)
                    .bind("key", key)
                    .bind("requestHash", requestHash)
                    .bind("status", result.status())
                    .bind("body", body)
                    .bind("etag", result.etag())
                    .bind("createdAt", clock.instant()).update(handle)
                    .execute());
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
        Sql sql = Sql.of("delete from idempotency_key where created_at < :before").bind("before", clock.instant().minus(RETENTION));
        QuarkusTransaction.requiringNew().run(() -> db.useHandle(handle -> sql.update(handle).execute()));
    }
}
