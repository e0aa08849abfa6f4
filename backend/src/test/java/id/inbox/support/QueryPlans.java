package id.inbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.inbox.common.Database;
import id.inbox.common.Sql;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jdbi.v3.core.Jdbi;

/**
 * Plan guards: loads a small dataset made by the benchmark generator (backend/bench/generate.sql) into
 * the test database once, and explains the statements the API builds.
 */
public final class QueryPlans {

    /** One operator of a plan: its type, table, index and index condition. */
    public record PlanNode(String type, String relation, String index, String indexCondition) {

        /** An index read narrowed only by the tenant: unless the index is walked in order, the whole tenant. */
        public boolean narrowsOnlyToTheTenant() {
            return index != null && (indexCondition == null
                    || indexCondition.replaceAll("\\w*\\.?tenant_id = [^)]*", "").replaceAll("[() ]|AND", "").isEmpty());
        }
    }

    private static final String ROOMS = "40000";
    private static final String MESSAGES_PER_ROOM = "3";
    private static boolean loaded;

    /** The tables the guarded statements read. */
    private static final List<String> PLANNED_TABLES = List.of("room", "message", "contact", "room_tag", "tag",
            "app_user", "channel", "room_count", "room_window_count");

    private QueryPlans() {
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** The id of the largest generated tenant, generating the dataset first if needed. */
    public static synchronized long largestBenchTenant() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            if (!loaded) {
                try (ResultSet rs = statement.executeQuery("select 1 from tenant where name = 'Bench 01'")) {
                    if (!rs.next()) {
                        String script = Files.readString(Path.of("bench", "generate.sql"))
                                .replace("${rooms}", ROOMS).replace("${messages_per_room}", MESSAGES_PER_ROOM);
                        statement.execute(script);
                        // Statistics the same on every run, by construction: ANALYZE samples 300 rows per unit of
                        // statistics target, so at 10000 it reads every row of these tables instead of a random
                        // sample (two plans a few percent apart would otherwise flip between runs), and autovacuum
                        // does not re-analyze them while other tests add rows. VACUUM sets the visibility map, as
                        // autovacuum would, so index-only scans are possible.
                        statement.execute("set default_statistics_target = 10000");
                        for (String table : PLANNED_TABLES) {
                            statement.execute("alter table " + table + " set (autovacuum_enabled = false)");
                            statement.execute("vacuum analyze " + table);
                        }
                    }
                }
                loaded = true;
            }
            try (ResultSet rs = statement.executeQuery("select id from tenant where name = 'Bench 01'")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not load the plan-guard dataset", e);
        }
    }

    /** A number of the plan-guard dataset, e.g. an id of the bench tenant (parameter :tenant). */
    public static long scalar(String sql, long tenantId) {
        return jdbi().withHandle(handle -> handle.createQuery(sql).bind("tenant", tenantId).mapTo(Long.class).one());
    }

    /**
     * The operators of the statement's plan (EXPLAIN without ANALYZE: nothing is executed), with the statement's
     * own bindings, through the API's Database and pool, so planned as in the API (plan_cache_mode=force_custom_plan
     * is set on every pooled connection).
     */
    public static List<PlanNode> plan(Sql sql) {
        String json = Arc.container().instance(Database.class).get()
                .withHandle(handle -> sql.wrap("explain (format json) ", "").query(handle).mapTo(String.class).one());
        try {
            JsonNode root = new ObjectMapper().readTree(json).get(0).get("Plan");
            List<PlanNode> nodes = new ArrayList<>();
            collect(root, nodes);
            return nodes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Jdbi jdbi() {
        return Arc.container().instance(Jdbi.class).get();
    }

    private static void collect(JsonNode node, List<PlanNode> nodes) {
        nodes.add(new PlanNode(node.path("Node Type").asText(), node.path("Relation Name").asText(null),
                node.path("Index Name").asText(null), node.path("Index Cond").asText(null)));
        for (JsonNode child : node.path("Plans")) {
            collect(child, nodes);
        }
    }
}
