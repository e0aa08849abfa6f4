package id.inbox.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Size limits of the HTTP layer, answered in the API's one error shape. Vert.x would refuse an
 * oversized URL or header block itself, with an empty body, before any route runs; so its own limits
 * (quarkus.http.limits.*) sit well above ours, and this first route enforces ours with problem+json.
 * Its failure handler gives any other client error raised by the HTTP layer the same shape.
 */
@ApplicationScoped
public class HttpLimits {

    /** Request line (method, path and query) limit; long enough for every filter of the room list. */
    static final int MAX_URI_LENGTH = 16 * 1024;
    /** All header names and values together (Vert.x's own default). */
    static final int MAX_HEADERS_SIZE = 20 * 1024;
    /** The largest body of an API request: a reply is at most 4096 characters, a bulk request a few ids. */
    static final long MAX_BODY_SIZE = 64 * 1024;
    /**
     * The largest webhook notification (/webhooks/*): Meta batches many statuses into one, and a notification
     * answered 413 would be redelivered, and refused, until Meta gives up. Vert.x's own limit
     * (quarkus.http.limits.max-body-size) sits at this size.
     */
    static final long MAX_WEBHOOK_BODY_SIZE = 1024 * 1024;

    static final Problem PAYLOAD_TOO_LARGE = Problem.of(413, ProblemCode.PAYLOAD_TOO_LARGE, "Payload too large",
            "The request body is larger than the API accepts.");
    private static final Problem URI_TOO_LONG = Problem.of(414, ProblemCode.URI_TOO_LONG, "URI too long",
            "The request URL is longer than " + MAX_URI_LENGTH + " characters; narrow the filters.");
    private static final Problem HEADERS_TOO_LARGE = Problem.of(431, ProblemCode.HEADERS_TOO_LARGE,
            "Request headers too large", "The request headers are larger than " + MAX_HEADERS_SIZE + " bytes.");

    /** The one route that takes files (POST /api/v1/rooms/{id}/attachments, multipart). */
    static final java.util.regex.Pattern UPLOAD_ROUTE = java.util.regex.Pattern.compile("/api/v1/rooms/[^/]+/attachments");

    private static final Problem LENGTH_REQUIRED = Problem.of(411, ProblemCode.LENGTH_REQUIRED, "Length required",
            "Send the request body with a Content-Length.");

    private final ObjectMapper json;
    /** The largest upload request: the largest file (inbox.media.max-bytes) and room for the form around it. */
    private final long maxUploadBodySize;

    HttpLimits(ObjectMapper json, InboxConfig config) {
        this.json = json;
        this.maxUploadBodySize = config.media().maxBytes() + MAX_BODY_SIZE;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::failed);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            send(context, URI_TOO_LONG);
        } else if (headersSize(request) > MAX_HEADERS_SIZE) {
            send(context, HEADERS_TOO_LARGE);
        } else if (declaredBodySize(request) > maxBodySize(request.path())) {
            // the body stays unread: close the connection rather than drain it
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(context, PAYLOAD_TOO_LARGE);
        } else if (request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                && request.path().startsWith("/api/") && !UPLOAD_ROUTE.matcher(request.path()).matches()) {
            // Vert.x reads bodies up to the upload size (quarkus.http.limits.max-body-size); a body of unknown length
            // could bring that much to any JSON route, so only the upload route takes one (HTTP/1.1 chunked; an HTTP/2
            // body without Content-Length is held by Vert.x's limit only, see README)
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            send(context, LENGTH_REQUIRED);
        } else {
            context.next();
        }
    }

    private long maxBodySize(String path) {
        if (path.startsWith("/webhooks/")) {
            return MAX_WEBHOOK_BODY_SIZE;
        }
        return UPLOAD_ROUTE.matcher(path).matches() ? maxUploadBodySize : MAX_BODY_SIZE;
    }

    private void failed(RoutingContext context) {
        int status = context.statusCode();
        if (status >= 400 && status < 500 && !context.response().headWritten()) {
            send(context, switch (status) {
                case 413 -> PAYLOAD_TOO_LARGE;
                case 414 -> URI_TOO_LONG;
                case 431 -> HEADERS_TOO_LARGE;
                default -> Problem.of(status, ProblemCode.BAD_REQUEST, "Bad request", "The request could not be understood.");
            });
        } else {
            context.next();
        }
    }

    private static long headersSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static long declaredBodySize(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void send(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem is always serialisable", e);
        }
    }
}
