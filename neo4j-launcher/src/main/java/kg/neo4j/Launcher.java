package kg.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;

/**
 * Runs Neo4j Community (embedded) with Bolt on 127.0.0.1 until SIGINT/SIGTERM, or until stdin
 * closes when started with --exit-on-stdin-eof (so a parent that dies, even by SIGKILL and even
 * while Neo4j is still starting, never leaves a Java process behind).
 *
 * <p>Configuration comes from the environment, the same variables the Node side documents:
 * NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_PAGECACHE, NEO4J_TX_TIMEOUT.
 *
 * <p>Protocol with the parent: one line "READY bolt://127.0.0.1:PORT version=X data=DIR" on
 * stdout once the database has committed a write and Bolt accepts connections, so the parent's
 * first request never meets a database that is still starting; progress lines ("neo4j-launcher:
 * (progress): ...") and failures (one "neo4j-launcher: ..." line, then an exit code the parent maps
 * to advice, see EXIT_* below) go to stderr.
 */
public final class Launcher {
  static final int EXIT_FAILED = 1;
  static final int EXIT_PORT_TAKEN = 2;
  static final int EXIT_DATA_LOCKED = 3;
  static final int EXIT_BAD_CONFIG = 4;

  public static void main(String[] args) {
    boolean exitOnStdinEof = false;
    for (String a : args) {
      if (a.equals("--exit-on-stdin-eof")) exitOnStdinEof = true;
      else fail(EXIT_BAD_CONFIG, "unknown argument " + a + " (known: --exit-on-stdin-eof)");
    }

    // Watched from the start, not only once READY: a parent that dies while Neo4j is still
    // starting (a supervisor that gave up, Ctrl-C during the first start) must not leave a JVM
    // that finishes starting with nobody to stop it.
    if (exitOnStdinEof) watchStdin();

    int port = parsePort(env("NEO4J_BOLT_PORT", "7687"));
    Path dataDir = Path.of(env("NEO4J_DATA_DIR", ".data/neo4j")).toAbsolutePath().normalize();
    String pageCache = env("NEO4J_PAGECACHE", "1g");
    String txTimeout = env("NEO4J_TX_TIMEOUT", "30s");

    // Checked before Neo4j starts: Neo4j itself only logs a bind failure to debug.log and
    // would leave us waiting for a Bolt port that never opens.
    ensurePortFree(port);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      fail(EXIT_BAD_CONFIG, "cannot create data directory " + dataDir + ": " + e.getMessage()
          + "; set NEO4J_DATA_DIR to a writable directory");
    }

    // Typed settings (embedded 5.26 has no raw-string setter); values are parsed with Neo4j's
    // own parsers so NEO4J_PAGECACHE / NEO4J_TX_TIMEOUT accept what neo4j.conf accepts.
    Map<Setting<?>, Object> config = new HashMap<>();
    config.put(BoltConnector.enabled, true);
    config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
    config.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port));
    // Loopback only and a development/test store, so no password; remote servers use NEO4J_URI.
    config.put(GraphDatabaseSettings.auth_enabled, false);
    try {
      config.put(GraphDatabaseSettings.pagecache_memory, SettingValueParsers.BYTES.parse(pageCache));
    } catch (RuntimeException e) {
      fail(EXIT_BAD_CONFIG, "NEO4J_PAGECACHE must be a size such as 512m or 2g, got '" + pageCache + "'");
    }
    try {
      config.put(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(txTimeout));
    } catch (RuntimeException e) {
      fail(EXIT_BAD_CONFIG, "NEO4J_TX_TIMEOUT must be a duration such as 30s or 2m, got '" + txTimeout + "'");
    }
    // Netty's default graceful shutdown waits ~10 s per event-loop group; a local dev server
    // should stop in a couple of seconds (in-flight transactions still finish or roll back).
    config.put(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1));
    config.put(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1));
    // No server-side routing listener (a second port) on a single local instance.
    config.put(GraphDatabaseSettings.routing_enabled, false);
    // Keep disk use small on developer machines; this store is not backed up by log shipping.
    config.put(GraphDatabaseSettings.keep_logical_logs, "2 files");
    config.put(GraphDatabaseSettings.preallocate_logical_logs, false);

    // Not "neo4j-launcher:": the parent reads that prefix as a failure.
    System.err.println("neo4j-launcher (progress): starting Neo4j (data in " + dataDir + ", Bolt on 127.0.0.1:" + port + ")");
    DatabaseManagementService dbms = null;
    try {
      dbms = new DatabaseManagementServiceBuilder(dataDir).setConfig(config).build();
    } catch (Throwable t) {
      if (isLockFailure(t)) {
        fail(EXIT_DATA_LOCKED, "data directory " + dataDir + " is locked by another Neo4j process; "
            + "stop that process (npm start / npm run neo4j elsewhere?) or set NEO4J_DATA_DIR to another directory");
      }
      fail(EXIT_FAILED, "Neo4j failed to start: " + rootMessage(t) + " (details in " + dataDir.resolve("logs/debug.log") + ")");
    }

    final DatabaseManagementService running = dbms;
    // A JVM shutdown hook runs on SIGINT and SIGTERM: shutting the DBMS down there flushes
    // the page cache and checkpoints, so the store is never left half-written.
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        System.err.println("neo4j-launcher: shutting down");
        running.shutdown();
        System.err.println("neo4j-launcher: stopped cleanly");
      }, "neo4j-shutdown"));
    } catch (IllegalStateException exiting) {
      // The parent went away while Neo4j was starting: the JVM is already exiting.
      running.shutdown();
      return;
    }

    String version;
    try {
      GraphDatabaseService db = dbms.database("neo4j");
      version = db.executeTransactionally(
          "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
          r -> String.valueOf(r.next().get("v")));
      // A read proves the database is online; the server's first act is a write (constraints,
      // the seed), so READY waits until a write commits too.
      awaitWritable(db, Duration.ofSeconds(60));
      awaitBolt(port, Duration.ofSeconds(30));
    } catch (Throwable t) {
      fail(EXIT_FAILED, "Neo4j started but the database is unavailable: " + rootMessage(t)
          + " (details in " + dataDir.resolve("logs/debug.log") + ")");
      return;
    }

    System.out.println("READY bolt://127.0.0.1:" + port + " version=" + version + " data=" + dataDir);
    System.out.flush();
    // Neo4j's non-daemon threads keep the JVM alive until a signal arrives or stdin closes.
  }

  /** Exits (running the shutdown hook, if the DBMS is up) once the parent's end of stdin closes. */
  private static void watchStdin() {
    Thread t = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // The parent never writes; we only wait for its end of the pipe to close.
        }
      } catch (IOException ignored) {
        // A broken pipe means the parent is gone, same as EOF.
      }
      System.err.println("neo4j-launcher: parent process gone (stdin closed)");
      System.exit(0);
    }, "stdin-watch");
    t.setDaemon(true);
    t.start();
  }

  /** Commits a write that leaves nothing behind (no node, no label or property token). */
  private static void awaitWritable(GraphDatabaseService db, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (;;) {
      try {
        db.executeTransactionally("CREATE (n) DELETE n");
        return;
      } catch (RuntimeException e) {
        if (System.nanoTime() > deadline) throw e;
        Thread.sleep(100);
      }
    }
  }

  /** Waits until the Bolt port accepts a TCP connection (the connector starts with the DBMS). */
  private static void awaitBolt(int port, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (;;) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) throw new IOException("Bolt did not open port " + port + ": " + e.getMessage());
        Thread.sleep(100);
      }
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static int parsePort(String s) {
    try {
      int p = Integer.parseInt(s);
      if (p >= 1 && p <= 65535) return p;
    } catch (NumberFormatException ignored) {
      // fall through to the message below
    }
    fail(EXIT_BAD_CONFIG, "NEO4J_BOLT_PORT must be a port number 1-65535, got '" + s + "'");
    return -1;
  }

  private static void ensurePortFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      // Same as Neo4j's own bind: a TIME_WAIT leftover is not "taken", a live listener is.
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      fail(EXIT_PORT_TAKEN, "port " + port + " on 127.0.0.1 is already in use; stop whatever listens there "
          + "or set NEO4J_BOLT_PORT to a free port");
    }
  }

  private static boolean isLockFailure(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getSimpleName();
      String msg = String.valueOf(c.getMessage());
      if (name.contains("FileLock") || msg.contains("locked by another process")) return true;
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null) c = c.getCause();
    return c.getClass().getSimpleName() + ": " + c.getMessage();
  }

  private static void fail(int code, String message) {
    System.err.println("neo4j-launcher: " + message);
    System.err.flush();
    // halt, not exit: no shutdown hook may run against a half-built DBMS.
    Runtime.getRuntime().halt(code);
  }
}
