package id.inbox.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import id.inbox.auth.session.AuthFailure;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into problem+json; no stack trace, class name or SQL reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A restarting PostgreSQL accepts connections again within seconds. */
    static final String DATABASE_RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response.ResponseBuilder response = problem(e.problem());
        e.headers().forEach(response::header);
        e.cookies().forEach(response::cookie);
        return response.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problem(Problem.of(400, ProblemCode.VALIDATION_FAILED, "Invalid request",
                "The request has invalid fields.").withErrors(errors)).build();
    }

    /** Declared apart so it takes precedence over the built-in mapper of quarkus-rest-jackson. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (e instanceof StrictJson.InvalidText) {
            return problem(Problem.of(400, ProblemCode.INVALID_CHARACTER, "Invalid character",
                    "A text field holds a character that cannot be stored.")
                    .withErrors(List.of(new Problem.FieldError(field, e.getOriginalMessage())))).build();
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith(MISSING_PROPERTY)) {
            String missing = message.substring(MISSING_PROPERTY.length(), message.indexOf('\'', MISSING_PROPERTY.length()));
            return api(ApiException.invalid(missing, "is required (null where null is allowed)"));
        }
        String detail;
        if (message.startsWith("Duplicate field")) {
            detail = "The request body repeats a key; send each field once.";
        } else if (message.startsWith("Trailing token")) {
            detail = "The request body has data after the JSON value.";
        } else if (!field.isEmpty()) {
            detail = "The field '" + field + "' has a value of the wrong type.";
        } else {
            detail = "The request body is not valid JSON.";
        }
        return problem(Problem.of(400, ProblemCode.MALFORMED_REQUEST, "Malformed request", detail)).build();
    }

    private static final String MISSING_PROPERTY = "Missing required creator property '";

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(Throwable e) {
        AuthenticationFailedException failure = AuthFailure.find(e);
        Problem problem = failure != null
                ? Problem.of(401, failure.<ProblemCode>getAttribute(AuthFailure.CODE), "Unauthorized", failure.getMessage())
                : Problem.of(401, ProblemCode.UNAUTHORIZED, "Unauthorized",
                        "A valid access token or API key is required. Log in with POST /api/v1/auth/login.");
        return problem(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(Problem.of(403, ProblemCode.FORBIDDEN, "Forbidden", "Your role does not allow this action.")).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            if (DatabaseFailures.unavailable(e).isPresent()) {
                return databaseUnavailable(e);
            }
            LOG.error("Request failed", e);
            return internal();
        }
        return problem(switch (status) {
            case 404 -> Problem.of(404, ProblemCode.NOT_FOUND, "Not found", "No such resource.");
            case 405 -> Problem.of(405, ProblemCode.METHOD_NOT_ALLOWED, "Method not allowed", "This resource does not support that method.");
            case 406 -> Problem.of(406, ProblemCode.NOT_ACCEPTABLE, "Not acceptable", "This resource answers application/json.");
            case 413 -> HttpLimits.PAYLOAD_TOO_LARGE;
            case 415 -> Problem.of(415, ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send the request body as application/json.");
            default -> Problem.of(status, ProblemCode.BAD_REQUEST, "Bad request", "The request could not be understood.");
        }).build();
    }

    /**
     * A failed statement: the database unreachable (503, retry), a statement past the statement timeout (the
     * load, not the request, is at fault), or text PostgreSQL cannot store.
     */
    @ServerExceptionMapper
    public Response database(DatabaseException e) {
        if (DatabaseFailures.unavailable(e).isPresent()) {
            return databaseUnavailable(e);
        }
        String sqlState = DatabaseFailures.sqlState(e).orElse("");
        if ("57014".equals(sqlState)) {
            LOG.warn("Statement timeout", e);
            return problem(Problem.of(503, ProblemCode.QUERY_TIMEOUT, "Service busy",
                    "The request took too long; try again, or narrow the filters.")).header("Retry-After", "2").build();
        }
        if ("22021".equals(sqlState) || "22P05".equals(sqlState)) {
            return problem(Problem.of(400, ProblemCode.INVALID_CHARACTER, "Invalid character",
                    "The text contains a character that cannot be stored (such as NUL).")).build();
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.unavailable(e).isPresent()) {
            return databaseUnavailable(e);
        }
        LOG.error("Unexpected failure", e);
        return internal();
    }

    /**
     * The database cannot be reached (down, restarting, refusing connections, or the connection broke, also
     * during COMMIT, when the outcome is unknown): 503, so the client retries, with its Idempotency-Key.
     */
    private static Response databaseUnavailable(Throwable e) {
        // one line, not a stack trace per request: an outage would drown the log
        LOG.warnf("Database unavailable: %s", DatabaseFailures.unavailable(e).map(Throwable::toString).orElse(""));
        return problem(Problem.of(503, ProblemCode.DATABASE_UNAVAILABLE, "Service unavailable",
                "The database cannot be reached at the moment; retry shortly. A write sent with an Idempotency-Key"
                        + " may be retried with the same key: it is carried out once."))
                .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
    }

    private static Response internal() {
        return problem(Problem.of(500, ProblemCode.INTERNAL_ERROR, "Internal error",
                "Something went wrong on our side. Try again; if it persists, contact support.")).build();
    }

    static Response.ResponseBuilder problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** "login.request.username" → "username": the path as the client wrote it, without method and parameter names. */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(n -> n.getKind() == ElementKind.PROPERTY || n.getKind() == ElementKind.CONTAINER_ELEMENT
                        || n.getKind() == ElementKind.PARAMETER)
                .toList();
        List<Path.Node> properties = nodes.stream().filter(n -> n.getKind() != ElementKind.PARAMETER).toList();
        if (!properties.isEmpty()) {
            return properties.stream().map(Path.Node::getName).collect(Collectors.joining("."));
        }
        return nodes.isEmpty() ? "request" : nodes.get(nodes.size() - 1).getName();
    }
}
