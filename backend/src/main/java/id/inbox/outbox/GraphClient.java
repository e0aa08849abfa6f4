package id.inbox.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.inbox.common.InboxConfig;
import id.inbox.message.ChannelGateway;
import id.inbox.message.MessageDtos.DeliveryStatus;
import id.inbox.message.MessageDtos.MessageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The WhatsApp Business Cloud API client: {@code POST {graph}/{phone-number-id}/messages} with the number's
 * bearer token, a text, template or media message (the file uploaded before, see MediaUploads), answering the {@code wamid} of {@code messages[0].id}.
 * Graph errors ({@code {error: {code, error_subcode, message, type, error_data: {details}, fbtrace_id}}}) are
 * sorted into retryable (429, 5xx, 130429 throughput, 131056 pair rate limit, temporary errors), ambiguous (the
 * request left and no answer came) and permanent (everything else: 131047, 131026, 100, 190, ...).
 */
@ApplicationScoped
public class GraphClient implements ChannelGateway {

    /** Graph error codes that mean "try again later", whatever the HTTP status. */
    public static final Set<Integer> RETRYABLE_CODES = Set.of(
            1,       // API unknown (temporary)
            2,       // API service (temporary)
            4,       // application request limit
            80007,   // WhatsApp Business Account rate limit
            130429,  // throughput of the number reached
            131000,  // something went wrong (Meta suggests retrying)
            131016,  // service unavailable
            131056,  // too many messages to this recipient from this number (pair rate limit)
            131057,  // account in maintenance mode
            133004); // server temporarily unavailable

    private final Supplier<String> baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json;

    @Inject
    GraphClient(GraphEndpoint endpoint, InboxConfig config, ObjectMapper json) {
        this(endpoint::baseUrl, config.whatsapp().connectTimeout(), config.whatsapp().requestTimeout(), json);
    }

    public GraphClient(Supplier<String> baseUrl, Duration connectTimeout, Duration requestTimeout, ObjectMapper json) {
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Receipt send(Outbound message) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.get() + "/"
                        + URLEncoder.encode(message.channelExternalId(), StandardCharsets.UTF_8) + "/messages"))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + message.accessToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload(message).toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new Failure(FailureKind.RETRYABLE, "connection-failed", "Could not connect to the WhatsApp Cloud API", e.getMessage(), null);
        } catch (HttpTimeoutException e) {
            throw new Failure(FailureKind.AMBIGUOUS, "ambiguous-timeout", "No answer from WhatsApp after the message was sent",
                    "It may have reached the customer, so it was not sent again; retry it if it did not arrive.", null);
        } catch (IOException e) {
            if (neverSent(e)) {
                throw new Failure(FailureKind.RETRYABLE, "connection-failed", "Could not connect to the WhatsApp Cloud API",
                        String.valueOf(e.getMessage()), null);
            }
            throw new Failure(FailureKind.AMBIGUOUS, "ambiguous-connection-lost",
                    "The connection to WhatsApp broke after the message was sent",
                    "It may have reached the customer, so it was not sent again; retry it if it did not arrive.", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(FailureKind.AMBIGUOUS, "ambiguous-timeout", "The send was interrupted (the API is stopping)",
                    "It may have reached the customer, so it was not sent again; retry it if it did not arrive.", null);
        }
        return receipt(response);
    }

    /** A connection that could not be made: the request never left. */
    private static boolean neverSent(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException
                    || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The request body Meta documents for a text or a template message. */
    ObjectNode payload(Outbound message) {
        ObjectNode body = json.createObjectNode();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", message.recipient());
        if (message.kind() == MessageKind.TEMPLATE) {
            body.put("type", "template");
            ObjectNode template = body.putObject("template");
            template.put("name", message.templateName());
            template.putObject("language").put("code", message.templateLanguage());
            if (message.templateParameters() != null && !message.templateParameters().isEmpty()) {
                ObjectNode component = template.putArray("components").addObject();
                component.put("type", "body");
                ArrayNode parameters = component.putArray("parameters");
                for (String value : message.templateParameters()) {
                    parameters.addObject().put("type", "text").put("text", value);
                }
            }
        } else if (message.media() != null) {
            // image, video, audio, document, sticker: the uploaded file by id; a caption for image, video and document
            String type = message.kind().name().toLowerCase(java.util.Locale.ROOT);
            body.put("type", type);
            ObjectNode media = body.putObject(type);
            media.put("id", message.media().id());
            if (message.media().caption() != null) {
                media.put("caption", message.media().caption());
            }
            if (message.kind() == MessageKind.DOCUMENT && message.media().filename() != null) {
                media.put("filename", message.media().filename());
            }
        } else {
            body.put("type", "text");
            body.putObject("text").put("body", message.body());
        }
        return body;
    }

    private Receipt receipt(HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            String wamid = body == null ? null : body.path("messages").path(0).path("id").asText(null);
            if (wamid == null || wamid.isBlank() || wamid.length() > 200) {
                // accepted but unreadable: it was sent, so resending would duplicate it
                throw new Failure(FailureKind.AMBIGUOUS, "ambiguous-response", "WhatsApp accepted the message without a message id",
                        "HTTP " + status, null);
            }
            return new Receipt(wamid, DeliveryStatus.SENT);
        }
        Duration retryAfter = response.headers().firstValue("Retry-After").map(GraphClient::seconds).orElse(null);
        JsonNode error = body == null ? null : body.get("error");
        if (error == null || !error.isObject()) {
            FailureKind kind = status == 429 || status >= 500 ? FailureKind.RETRYABLE : FailureKind.PERMANENT;
            throw new Failure(kind, "http-" + status, "WhatsApp Cloud API answered HTTP " + status, truncate(response.body()), retryAfter);
        }
        int code = error.path("code").asInt(-1);
        String title = error.path("message").asText("Error");
        String detail = detail(error);
        boolean retryable = status == 429 || status >= 500 || RETRYABLE_CODES.contains(code);
        throw new Failure(retryable ? FailureKind.RETRYABLE : FailureKind.PERMANENT,
                code >= 0 ? String.valueOf(code) : "http-" + status, truncate(title), detail, retryAfter);
    }

    private static String detail(JsonNode error) {
        StringBuilder detail = new StringBuilder();
        String details = error.path("error_data").path("details").asText(null);
        if (details != null) {
            detail.append(details);
        }
        if (error.hasNonNull("error_subcode")) {
            detail.append(detail.length() == 0 ? "" : " ").append("(subcode ").append(error.get("error_subcode").asText()).append(')');
        }
        if (error.hasNonNull("fbtrace_id")) {
            detail.append(detail.length() == 0 ? "" : " ").append("[fbtrace_id ").append(error.get("fbtrace_id").asText()).append(']');
        }
        return detail.length() == 0 ? null : truncate(detail.toString());
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static Duration seconds(String value) {
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 900 ? text : text.substring(0, 900) + "…";
    }
}
