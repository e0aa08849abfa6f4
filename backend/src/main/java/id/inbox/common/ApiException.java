package id.inbox.common;

import jakarta.ws.rs.core.NewCookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, carrying its HTTP status and stable problem code.
 * Services throw it; {@link ProblemMappers} renders it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final ProblemCode code;
    private final String title;
    private final Map<String, String> headers;
    private final List<Problem.FieldError> fieldErrors;
    private final List<NewCookie> cookies = new ArrayList<>();

    public ApiException(int status, ProblemCode code, String title, String detail) {
        this(status, code, title, detail, Map.of());
    }

    public ApiException(int status, ProblemCode code, String title, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.headers = headers;
        this.fieldErrors = null;
    }

    private ApiException(ProblemCode code, String title, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.status = 400;
        this.code = code;
        this.title = title;
        this.headers = Map.of();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** 400 validation-failed naming the offending fields (query parameters, body fields). */
    public static ApiException invalid(List<Problem.FieldError> fieldErrors) {
        return new ApiException(ProblemCode.VALIDATION_FAILED, "Invalid request", "The request has invalid fields.", fieldErrors);
    }

    /** A 400 with its own code that still names the offending fields. */
    public static ApiException invalid(ProblemCode code, String title, String detail, List<Problem.FieldError> fieldErrors) {
        return new ApiException(code, title, detail, fieldErrors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, ProblemCode.NOT_FOUND, "Not found", what + " was not found.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, ProblemCode.FORBIDDEN, "Forbidden", detail);
    }

    public static ApiException conflict(ProblemCode code, String detail) {
        return new ApiException(409, code, "Conflict", detail);
    }

    public static ApiException unprocessable(ProblemCode code, String detail) {
        return new ApiException(422, code, "Unprocessable request", detail);
    }

    public static ApiException badRequest(ProblemCode code, String detail) {
        return new ApiException(400, code, "Bad request", detail);
    }

    public int status() {
        return status;
    }

    public ProblemCode code() {
        return code;
    }

    public Problem problem() {
        Problem problem = Problem.of(status, code, title, getMessage());
        return fieldErrors == null ? problem : problem.withErrors(fieldErrors);
    }

    /** Sets a cookie on the error response too (e.g. clears a refresh cookie that is no good). */
    public ApiException withCookie(NewCookie cookie) {
        cookies.add(cookie);
        return this;
    }

    public List<NewCookie> cookies() {
        return cookies;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
