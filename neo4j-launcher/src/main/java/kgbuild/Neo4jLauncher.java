package kgbuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community in-process from the test harness, on fixed loopback ports,
 * until the process is stopped. Usage: Neo4jLauncher DATA_DIR [BOLT_PORT] [HTTP_PORT]
 *
 * The databases (and their transaction logs) live in DATA_DIR/store and survive a stop
 * or a kill -9 (Neo4j recovers them on the next start); only the harness's own working
 * folder, DATA_DIR/run, is made afresh at each start.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "var/neo4j");
        int bolt = args.length > 1 ? Integer.parseInt(args[1]) : 7687;
        int http = args.length > 2 ? Integer.parseInt(args[2]) : 7474;
        String host = System.getProperty("kgbuild.neo4j.host", "127.0.0.1");
        boolean auth = Boolean.parseBoolean(System.getProperty("kgbuild.neo4j.auth", "true"));
        Path store = dir.resolve("store").toAbsolutePath();
        Path run = dir.resolve("run");
        Files.createDirectories(store);
        if (Files.exists(run)) {  // left by a kill -9: the harness's scratch, not data
            try (var walk = Files.walk(run)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(run);
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(run)
                .withConfig(GraphDatabaseSettings.data_directory, store)
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(host, bolt))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(HttpConnector.enabled, true)
                .withConfig(HttpConnector.listen_address, new SocketAddress(host, http))
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
                .withConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        System.out.println("bolt " + neo4j.boltURI());
        System.out.println("http " + neo4j.httpURI());
        System.out.flush();
        Thread.currentThread().join();
    }
}
