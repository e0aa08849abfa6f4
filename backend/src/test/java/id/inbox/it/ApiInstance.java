package id.inbox.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged API process (target/quarkus-app), as production runs it, on a port of its own. */
final class ApiInstance implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private ApiInstance(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static ApiInstance start(String name, Map<String, String> environment) throws IOException, InterruptedException {
        String jar = System.getProperty("inbox.jar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("The packaged API is missing (" + jar + "): run mvn verify");
        }
        int port = freePort();
        Path log = Files.createTempFile("inbox-" + name + "-", ".log");
        Map<String, String> env = new HashMap<>(environment);
        env.put("INBOX_HTTP_PORT", String.valueOf(port));
        env.put("INBOX_MANAGEMENT_PORT", String.valueOf(freePort()));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ApiInstance instance = new ApiInstance(builder.start(), log, port);
        instance.awaitReady();
        return instance;
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The API exited:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200); // polling for readiness, not waiting a fixed time
        }
        throw new IllegalStateException("The API did not become ready:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
