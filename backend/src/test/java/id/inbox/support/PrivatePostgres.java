package id.inbox.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own, from the installed binaries, in a temporary directory on a free
 * port, so a test may restart and stop it without disturbing the shared test database. initdb refuses to
 * run as root, so as root every command runs as the {@code postgres} user.
 *
 * <p>As a test resource it starts the cluster before the application and points the datasource at it; the
 * test finds the cluster again through the config keys {@link #DATA_DIR} and {@link #PORT} (the resource and
 * the test live in different class loaders, so they share no object).
 */
public class PrivatePostgres implements QuarkusTestResourceLifecycleManager {

    public static final String DATA_DIR = "test-private-pg.data-dir";
    public static final String PORT = "test-private-pg.port";

    private Cluster cluster;

    /** The newest installed PostgreSQL's bin directory, if any. */
    public static Optional<Path> binaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** For {@code @EnabledIf}: the fault tests need the PostgreSQL server binaries. */
    public static boolean available() {
        return binaries().isPresent();
    }

    @Override
    public Map<String, String> start() {
        try {
            Path home = Files.createTempDirectory("inbox-pg-");
            cluster = new Cluster(binaries().orElseThrow(() -> new IllegalStateException(
                    "no PostgreSQL binaries under /usr/lib/postgresql/*/bin")), home.resolve("data"), freePort());
            cluster.create(home);
            cluster.start();
            return Map.of("quarkus.datasource.jdbc.url", cluster.jdbcUrl(),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "",
                    DATA_DIR, cluster.dataDir().toString(),
                    PORT, String.valueOf(cluster.port()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (cluster != null) {
            cluster.stopIfRunning();
            cluster.delete();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Commands on one cluster; any instance made for the same directory and port controls the same server. */
    public record Cluster(Path bin, Path dataDir, int port) {

        public static Cluster of(String dataDir, int port) {
            return new Cluster(binaries().orElseThrow(), Path.of(dataDir), port);
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        }

        void create(Path home) throws IOException {
            if (isRoot()) {
                run(List.of("chown", "postgres", home.toString()));
            }
            run(asPostgres(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        }

        /** Starts the server and waits until it accepts connections. */
        public void start() {
            run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l",
                    dataDir.resolveSibling("server.log").toString(), "-w", "-t", "60", "-o", serverOptions(), "start"));
        }

        /** Kills the server without a clean shutdown, as a crash would (crash recovery at the next start). */
        public void stopImmediately() {
            run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"));
        }

        /** A crash and a start: every connection is cut, then the server comes back. */
        public void restartImmediately() {
            stopImmediately();
            start();
        }

        void stopIfRunning() {
            if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                stopImmediately();
            }
        }

        void delete() {
            try (Stream<Path> files = Files.walk(dataDir.getParent())) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is harmless
            }
        }

        private String serverOptions() {
            return "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir.getParent()
                    + " -c max_connections=50 -c shared_buffers=32MB";
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        private static List<String> asPostgres(String... command) {
            List<String> full = new ArrayList<>();
            if (isRoot()) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(List.of(command));
            return full;
        }

        private static void run(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output;
                // pg_ctl start leaves the server running with our streams closed; read until the command ends
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out: " + String.join(" ", command));
                }
                output = new String(process.getInputStream().readAllBytes());
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
