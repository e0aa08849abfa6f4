package id.inbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.inbox.outbox.GraphEndpoint;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for Meta's Graph API that answers {@code POST /v21.0/{phone-number-id}/messages} as Meta
 * documents it: a wamid on success, or the scripted errors in Meta's shape. In the tests it replaces the
 * configured Graph URL (it is the {@link GraphEndpoint} bean), so the real client sends real HTTP to it.
 * It also lists a WhatsApp Business Account's templates ({@code GET /v21.0/{waba-id}/message_templates}) page by page
 * with Meta's cursors. Scripts and recorded requests are per phone-number or WABA id, so tests never see each
 * other's traffic.
 */
@Alternative
@Priority(1)
@Singleton
public class GraphStandIn implements GraphEndpoint {

    private static final Pattern MESSAGES = Pattern.compile("/v21\\.0/([^/]+)/messages");
    private static final Pattern TEMPLATES = Pattern.compile("/v21\\.0/([^/]+)/message_templates");
    private static final Pattern UPLOAD = Pattern.compile("/v21\\.0/([^/]+)/media");
    private static final Pattern MEDIA = Pattern.compile("/v21\\.0/([^/]+)");
    private static final String DOWNLOAD = "/whatsapp_business/attachments/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request as received. */
    public record Received(String phoneNumberId, String authorization, String contentType, JsonNode body, String wamid) {
    }

    /** A scripted answer; hold, when given, is awaited (at most 20 s) before answering. */
    public record Reply(int status, String body, Map<String, String> headers, CountDownLatch hold) {

        public static Reply error(int status, int code, String message, String details) {
            String errorData = details == null ? "" : ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":"
                    + quote(details) + "}";
            return new Reply(status, "{\"error\":{\"message\":" + quote(message) + ",\"type\":\"OAuthException\",\"code\":" + code
                    + errorData + ",\"fbtrace_id\":\"AbCdEf123\"}}", Map.of(), null);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, Map.of(), null);
        }

        /** Answers only once the latch is released: a request that left and got no answer in time. */
        public static Reply hang(CountDownLatch hold) {
            return new Reply(200, null, Map.of(), hold);
        }
    }

    /** A GET of a WhatsApp Business Account's templates, as received (query decoded). */
    public record TemplateRequest(String wabaId, String authorization, Map<String, String> query) {
    }

    private record TemplatePages(int pageSize, List<String> templates) {
    }

    private final List<TemplateRequest> templateRequests = new CopyOnWriteArrayList<>();
    private final Map<String, TemplatePages> templates = new ConcurrentHashMap<>();
    /** A file the stand-in hands out: GET /{media-id} states sha256 and fileSize (as given, to script lies). */
    public record StoredMedia(byte[] content, String mimeType, String sha256, long fileSize) {
    }

    /** An upload as received: the form's fields and its file part. */
    public record Upload(String phoneNumberId, String authorization, Map<String, String> fields, String fileName,
                         String fileContentType, byte[] file, String mediaId) {
    }

    private final Map<String, StoredMedia> media = new ConcurrentHashMap<>();
    private final List<String> mediaRequests = new CopyOnWriteArrayList<>();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> uploadScripts = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();

    public GraphStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "graph-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    @PreDestroy
    public void stop() {
        server.stop(0);
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v21.0";
    }

    /** The next answers for the number, in order; afterwards it answers success again. */
    public void script(String phoneNumberId, Reply... replies) {
        Deque<Reply> queue = scripts.computeIfAbsent(phoneNumberId, id -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(replies));
        }
    }

    /**
     * The templates GET /{waba-id}/message_templates lists from now on, pageSize per page (each a JSON object, see
     * {@link #template}). Errors scripted for the WABA id with {@link #script} come first.
     */
    public void templates(String wabaId, int pageSize, String... templateJson) {
        templates.put(wabaId, new TemplatePages(pageSize, List.of(templateJson)));
    }

    /** A template as Meta lists it: a BODY component with its text and, when it has placeholders, example values. */
    public static String template(String name, String language, String status, String category, String body) {
        long placeholders = Pattern.compile("\\{\\{\\d+}}").matcher(body).results().count();
        String example = placeholders == 0 ? "" : ",\"example\":{\"body_text\":[[" + String.join(",",
                java.util.Collections.nCopies((int) placeholders, "\"Siti\"")) + "]]}";
        return "{\"name\":" + quote(name) + ",\"language\":" + quote(language) + ",\"status\":" + quote(status)
                + ",\"category\":" + quote(category) + ",\"components\":[{\"type\":\"BODY\",\"text\":" + quote(body) + example
                + "},{\"type\":\"FOOTER\",\"text\":\"Toko Nusantara\"}],\"id\":\"" + Math.abs((long) (name + language).hashCode()) + "\"}";
    }

    /** The template list requests of the account, in arrival order. */
    public List<TemplateRequest> templateRequests(String wabaId) {
        return templateRequests.stream().filter(r -> r.wabaId().equals(wabaId)).toList();
    }

    /** Serves the file under the media id, stating its true SHA-256 (hex) and size. */
    public void media(String mediaId, byte[] content, String mimeType) {
        media(mediaId, new StoredMedia(content, mimeType, sha256(content), content.length));
    }

    public void media(String mediaId, StoredMedia file) {
        media.put(mediaId, file);
    }

    /** The requests for a media id (its metadata and its download), in arrival order. */
    public List<String> mediaRequests(String mediaId) {
        return mediaRequests.stream().filter(r -> r.endsWith(" " + mediaId)).toList();
    }

    /** The next answers to the number's uploads, in order; afterwards it accepts them again. */
    public void scriptUploads(String phoneNumberId, Reply... replies) {
        Deque<Reply> queue = uploadScripts.computeIfAbsent(phoneNumberId, id -> new ArrayDeque<>());
        synchronized (queue) {
            queue.addAll(List.of(replies));
        }
    }

    /** The number's uploads, in arrival order (mediaId null when it was refused). */
    public List<Upload> uploads(String phoneNumberId) {
        return uploads.stream().filter(u -> u.phoneNumberId().equals(phoneNumberId)).toList();
    }

    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the number was sent, in arrival order. */
    public List<Received> received(String phoneNumberId) {
        return received.stream().filter(r -> r.phoneNumberId().equals(phoneNumberId)).toList();
    }

    /** The requests that were answered with a wamid. */
    public List<Received> accepted(String phoneNumberId) {
        return received(phoneNumberId).stream().filter(r -> r.wamid() != null).toList();
    }

    private Reply next(String phoneNumberId) {
        return next(scripts, phoneNumberId);
    }

    private static Reply next(Map<String, Deque<Reply>> scripts, String phoneNumberId) {
        Deque<Reply> queue = scripts.get(phoneNumberId);
        if (queue == null) {
            return null;
        }
        synchronized (queue) {
            return queue.pollFirst();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestPath = exchange.getRequestURI().getPath();
        Matcher templatesPath = TEMPLATES.matcher(requestPath);
        if ("GET".equals(exchange.getRequestMethod()) && templatesPath.matches()) {
            try (exchange) {
                listTemplates(exchange, templatesPath.group(1));
            }
            return;
        }
        if (UPLOAD.matcher(requestPath).matches() || "GET".equals(exchange.getRequestMethod())) {
            try (exchange) {
                media(exchange, requestPath);
            } catch (IOException e) {
                // the client went away
            }
            return;
        }
        try (exchange) {
            Matcher path = MESSAGES.matcher(requestPath);
            if (!"POST".equals(exchange.getRequestMethod()) || !path.matches()) {
                respond(exchange, 400, "{\"error\":{\"message\":\"Unsupported request\",\"type\":\"GraphMethodException\",\"code\":100}}");
                return;
            }
            String phoneNumberId = path.group(1);
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            Reply reply = next(phoneNumberId);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (reply == null) {
                String wamid = "wamid.HBgL" + UUID.randomUUID().toString().replace("-", "");
                received.add(new Received(phoneNumberId, authorization, contentType, body, wamid));
                respond(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":" + quote(body.path("to").asText())
                        + ",\"wa_id\":" + quote(body.path("to").asText()) + "}],\"messages\":[{\"id\":\"" + wamid + "\"}]}");
                return;
            }
            received.add(new Received(phoneNumberId, authorization, contentType, body, null));
            if (reply.hold() != null) {
                try {
                    reply.hold().await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return; // the client gave up long ago
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            respond(exchange, reply.status(), reply.body());
        } catch (IOException e) {
            // the client went away (a timeout): nothing to answer
        }
    }

    /** Meta's paging: cursors on every page, next only while there is a further page. */
    private void listTemplates(HttpExchange exchange, String wabaId) throws IOException {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(java.net.URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : java.net.URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        templateRequests.add(new TemplateRequest(wabaId, exchange.getRequestHeaders().getFirst("Authorization"), query));
        Reply reply = next(wabaId);
        if (reply != null) {
            respond(exchange, reply.status(), reply.body());
            return;
        }
        TemplatePages pages = templates.getOrDefault(wabaId, new TemplatePages(100, List.of()));
        int from = query.containsKey("after") ? Integer.parseInt(new String(java.util.Base64.getDecoder().decode(query.get("after")),
                StandardCharsets.UTF_8)) : 0;
        int size = Math.min(pages.pageSize(), Integer.parseInt(query.getOrDefault("limit", "25")));
        int to = Math.min(pages.templates().size(), from + size);
        String after = java.util.Base64.getEncoder().encodeToString(String.valueOf(to).getBytes(StandardCharsets.UTF_8));
        String before = java.util.Base64.getEncoder().encodeToString(String.valueOf(from).getBytes(StandardCharsets.UTF_8));
        String next = to < pages.templates().size() ? ",\"next\":" + quote(baseUrl() + "/" + wabaId + "/message_templates?limit=" + size
                + "&after=" + after) : "";
        respond(exchange, 200, "{\"data\":[" + String.join(",", pages.templates().subList(from, to)) + "],\"paging\":{\"cursors\":{"
                + "\"before\":" + quote(before) + ",\"after\":" + quote(after) + "}" + next + "}}");
    }

    /**
     * The media endpoints as Meta documents them: GET /{media-id} (metadata with a download url), GET of that url
     * with the same bearer token (the bytes), POST /{phone-number-id}/media (multipart upload, answering the id).
     */
    private void media(HttpExchange exchange, String path) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Matcher upload = UPLOAD.matcher(path);
        if ("POST".equals(exchange.getRequestMethod()) && upload.matches()) {
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> fields = new java.util.HashMap<>();
            String[] file = new String[3];
            parts(type, body, fields, file);
            Reply reply = next(uploadScripts, upload.group(1));
            String id = reply == null && file[2] != null ? String.valueOf(4_000_000_000_000_000L + uploads.size()) : null;
            uploads.add(new Upload(upload.group(1), authorization, fields, file[0], file[1],
                    file[2] == null ? null : file[2].getBytes(StandardCharsets.ISO_8859_1), id));
            if (reply != null) {
                respond(exchange, reply.status(), reply.body());
            } else if (id == null || !"whatsapp".equals(fields.get("messaging_product"))) {
                respond(exchange, 400, "{\"error\":{\"message\":\"(#100) Param file is required\",\"type\":\"OAuthException\",\"code\":100}}");
            } else {
                respond(exchange, 200, "{\"id\":\"" + id + "\"}");
            }
            return;
        }
        String mediaId = path.equals(DOWNLOAD) ? query(exchange, "mid") : null;
        Matcher meta = MEDIA.matcher(path);
        boolean metadata = mediaId == null && meta.matches();
        if (metadata) {
            mediaId = meta.group(1);
        }
        StoredMedia file = mediaId == null ? null : media.get(mediaId);
        mediaRequests.add((metadata ? "meta " : "download ") + mediaId);
        if (file == null || authorization == null || !authorization.startsWith("Bearer ")) {
            respond(exchange, 404, "{\"error\":{\"message\":\"Unsupported get request.\",\"type\":\"GraphMethodException\",\"code\":100}}");
        } else if (metadata) {
            respond(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"url\":" + quote("http://127.0.0.1:"
                    + server.getAddress().getPort() + DOWNLOAD + "?mid=" + mediaId + "&ext=1700000000&hash=ATs")
                    + ",\"mime_type\":" + quote(file.mimeType()) + ",\"sha256\":" + quote(file.sha256())
                    + ",\"file_size\":" + file.fileSize() + ",\"id\":" + quote(mediaId) + "}");
        } else {
            exchange.getResponseHeaders().add("Content-Type", file.mimeType());
            exchange.getResponseHeaders().add("Connection", "close");
            exchange.sendResponseHeaders(200, file.content().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.content());
            }
        }
    }

    private static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }

    /** A multipart/form-data body: text fields into fields; the file part's name, type and bytes (ISO-8859-1) into file. */
    private static void parts(String contentType, byte[] body, Map<String, String> fields, String[] file) {
        Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)").matcher(contentType == null ? "" : contentType);
        if (!boundary.find()) {
            return;
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split(Pattern.quote("--" + boundary.group(1)))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String headers = part.substring(0, split);
            String value = part.substring(split + 4, part.endsWith("\r\n") ? part.length() - 2 : part.length());
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
            if (!name.find()) {
                continue;
            }
            Matcher fileName = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
            if ("file".equals(name.group(1)) && fileName.find()) {
                Matcher type = Pattern.compile("(?i)Content-Type:\\s*(\\S+)").matcher(headers);
                file[0] = fileName.group(1);
                file[1] = type.find() ? type.group(1) : null;
                file[2] = value;
            } else {
                fields.put(name.group(1), new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        // no keep-alive: a connection the stand-in closes while idle is never reused by the client mid-test
        exchange.getResponseHeaders().add("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
