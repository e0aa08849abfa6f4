package id.inbox.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.InboxConfig;
import id.inbox.message.ChannelGateway.Failure;
import id.inbox.message.ChannelGateway.FailureKind;
import id.inbox.outbox.GraphClient;
import id.inbox.outbox.GraphEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The media endpoints of the WhatsApp Cloud API, as Meta documents them: {@code GET {graph}/{media-id}} answers
 * {@code {url, mime_type, sha256, file_size, id}}, and the url is fetched with the same bearer token;
 * {@code POST {graph}/{phone-number-id}/media} (multipart: messaging_product, type, file) answers {@code {id}}.
 * Every failure is a {@link Failure}: downloads turn it into a problem, uploads into the relay's retry rules
 * (an upload that may have reached Meta is harmless to repeat, so none of its failures is ambiguous).
 */
@ApplicationScoped
public class GraphMedia {

    /** A downloaded file, with what Graph said about it. */
    public record Download(byte[] content, String mimeType, String sha256) {
    }

    /** The file is larger than the cap (Graph's file_size or the bytes that came). */
    public static final class TooLarge extends RuntimeException {
        TooLarge(long size) {
            super("The file has at least " + size + " bytes", null, false, false);
        }
    }

    private final Supplier<String> baseUrl;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final ObjectMapper json;

    @Inject
    GraphMedia(GraphEndpoint endpoint, InboxConfig config, ObjectMapper json) {
        this.baseUrl = endpoint::baseUrl;
        this.requestTimeout = config.whatsapp().requestTimeout();
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.whatsapp().connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The media's metadata, then its bytes (at most maxBytes). Throws Failure or TooLarge. */
    public Download download(String token, String mediaId, long maxBytes) {
        HttpResponse<InputStream> info = call(get(URI.create(baseUrl.get() + "/" + encode(mediaId)), token));
        JsonNode meta = parse(readCapped(info, 64 * 1024));
        if (info.statusCode() != 200 || meta == null || !meta.hasNonNull("url")) {
            throw refused(info.statusCode(), meta);
        }
        if (meta.path("file_size").asLong(0) > maxBytes) {
            throw new TooLarge(meta.path("file_size").asLong());
        }
        URI url = downloadUrl(meta.path("url").asText());
        HttpResponse<InputStream> file = call(get(url, token));
        if (file.statusCode() != 200) {
            throw refused(file.statusCode(), parse(readCapped(file, 64 * 1024)));
        }
        byte[] content = readCapped(file, maxBytes);
        return new Download(content, meta.path("mime_type").asText(null), meta.path("sha256").asText(null));
    }

    /** Uploads the file for the number; answers Graph's media id. Throws Failure. */
    public String upload(String phoneNumberId, String token, String mimeType, String fileName, byte[] content) {
        String boundary = "inbox-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 1024);
        field(body, boundary, "messaging_product", "whatsapp");
        field(body, boundary, "type", mimeType);
        String name = fileName == null ? "file" : fileName.replaceAll("[\"\\\\\\r\\n]", "_");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + mimeType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.get() + "/" + encode(phoneNumberId) + "/media"))
                .timeout(requestTimeout).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<InputStream> response = call(request);
        JsonNode answer = parse(readCapped(response, 64 * 1024));
        String id = answer == null ? null : answer.path("id").asText(null);
        if (response.statusCode() / 100 != 2 || id == null || id.isBlank() || id.length() > 200) {
            throw refused(response.statusCode(), answer);
        }
        return id;
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Meta's download URL (lookaside.fbsbx.com): https, or http only when the Graph base itself is (a local stand-in). */
    private URI downloadUrl(String url) {
        try {
            URI uri = new URI(url);
            boolean secure = "https".equals(uri.getScheme());
            boolean local = "http".equals(uri.getScheme()) && baseUrl.get().startsWith("http://");
            if (uri.getHost() != null && (secure || local)) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new Failure(FailureKind.PERMANENT, "media-url", "Graph answered an unusable media URL", null, null);
    }

    private HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout).header("Authorization", "Bearer " + token).GET().build();
    }

    private HttpResponse<InputStream> call(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new Failure(FailureKind.RETRYABLE, "connection-failed", "Could not reach the WhatsApp Cloud API",
                    String.valueOf(e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(FailureKind.RETRYABLE, "relay-stopping", "The API is stopping", null, null);
        }
    }

    /** At most max bytes of the body; TooLarge when there are more. */
    private static byte[] readCapped(HttpResponse<InputStream> response, long max) {
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new TooLarge(bytes.length);
            }
            return bytes;
        } catch (IOException e) {
            throw new Failure(FailureKind.RETRYABLE, "connection-failed", "The connection to the WhatsApp Cloud API broke",
                    String.valueOf(e.getMessage()), null);
        }
    }

    private Failure refused(int status, JsonNode answer) {
        JsonNode error = answer == null ? null : answer.get("error");
        boolean retryable = status == 429 || status >= 500
                || error != null && GraphClient.RETRYABLE_CODES.contains(error.path("code").asInt(-1));
        if (error == null || !error.isObject()) {
            return new Failure(retryable ? FailureKind.RETRYABLE : FailureKind.PERMANENT, "http-" + status,
                    "WhatsApp Cloud API answered HTTP " + status, null, null);
        }
        int code = error.path("code").asInt(-1);
        return new Failure(retryable ? FailureKind.RETRYABLE : FailureKind.PERMANENT,
                code >= 0 ? String.valueOf(code) : "http-" + status, error.path("message").asText("Error"), null, null);
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}
