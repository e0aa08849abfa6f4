package id.inbox.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.ApiException;
import id.inbox.common.InboxConfig;
import id.inbox.common.ProblemCode;
import id.inbox.outbox.GraphEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a WhatsApp Business Account's message templates from the Graph API:
 * {@code GET {graph}/{waba-id}/message_templates?fields=...&limit=100}, page after page while the answer has
 * {@code paging.next}, asking for the next one with {@code after=paging.cursors.after}. The {@code next} URL
 * itself is never followed, so the token only ever goes to the configured Graph base. Never called inside a
 * database transaction.
 */
@ApplicationScoped
public class GraphTemplates {

    static final String FIELDS = "name,language,status,category,components";
    static final int PAGE_SIZE = 100;
    /** 100 pages of 100: far above Meta's per-account template limit; a server that never ends is cut off. */
    static final int MAX_PAGES = 100;
    /** Graph error codes meaning "try again later" (temporary errors, rate limits). */
    private static final Set<Integer> TEMPORARY_CODES = Set.of(1, 2, 4, 17, 32, 80007, 131000, 131016, 133004);

    private final GraphEndpoint endpoint;
    private final Duration requestTimeout;
    private final ObjectMapper json;
    private final HttpClient http;

    GraphTemplates(GraphEndpoint endpoint, InboxConfig config, ObjectMapper json) {
        this.endpoint = endpoint;
        this.requestTimeout = config.whatsapp().requestTimeout();
        this.json = json;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.whatsapp().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Every template of the account, as Graph lists them (any status). */
    public List<JsonNode> all(String wabaId, String accessToken) {
        List<JsonNode> templates = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            JsonNode body = page(wabaId, accessToken, after);
            body.path("data").forEach(templates::add);
            JsonNode paging = body.path("paging");
            after = paging.path("cursors").path("after").asText(null);
            if (!paging.hasNonNull("next") || after == null || after.isBlank() || !cursors.add(after)) {
                return templates;
            }
        }
        throw unavailable("WhatsApp listed more than " + MAX_PAGES * PAGE_SIZE + " templates; the sync stopped.");
    }

    private JsonNode page(String wabaId, String accessToken, String after) {
        String url = endpoint.baseUrl() + "/" + encode(wabaId) + "/message_templates?fields=" + encode(FIELDS) + "&limit=" + PAGE_SIZE
                + (after == null ? "" : "&after=" + encode(after));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable("The WhatsApp Cloud API could not be reached (" + e.getClass().getSimpleName() + "); try again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("The template sync was interrupted; try again.");
        }
        JsonNode body = parse(response.body());
        int status = response.statusCode();
        if (status == 200 && body != null && body.path("data").isArray()) {
            return body;
        }
        JsonNode error = body == null ? null : body.get("error");
        int code = error == null ? -1 : error.path("code").asInt(-1);
        String message = error == null ? "HTTP " + status : truncate(error.path("message").asText("HTTP " + status));
        if (status == 401 || code == 190) {
            throw new ApiException(422, ProblemCode.GRAPH_TOKEN_REJECTED, "WhatsApp rejected the access token",
                    "WhatsApp rejected this number's access token (" + message + "): it has expired or was revoked. "
                            + "Replace the access token, then sync again.");
        }
        if (status == 429 || status >= 500 || TEMPORARY_CODES.contains(code) || status == 200) {
            throw unavailable("The WhatsApp Cloud API did not answer the template list (" + message + "); try again later.");
        }
        throw new ApiException(422, ProblemCode.GRAPH_REQUEST_REJECTED, "WhatsApp refused the template list",
                "WhatsApp refused to list the templates of WhatsApp Business Account " + wabaId + " (" + message + "). Check the "
                        + "WABA id and that the token has the whatsapp_business_management permission.");
    }

    private static ApiException unavailable(String detail) {
        return new ApiException(502, ProblemCode.GRAPH_UNAVAILABLE, "WhatsApp unavailable", detail);
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String truncate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
