package kg.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.ExternallyManagedPageCache;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import picocli.CommandLine;

/**
 * Runs Neo4j's offline batch importer (`neo4j-admin database import full`, the neo4j-import-tool
 * on the launcher's class path) against the launcher's store, which must not be running: the
 * Node side (src/neo4j/bulk-import.ts) stops the launcher, runs this with the CSV files it wrote
 * and the database name to create, swaps the new store in and starts the launcher again.
 *
 * <p>The store is the one {@link Launcher} opens: NEO4J_DATA_DIR is the Neo4j home, its
 * databases under data/. Arguments are passed to the import command unchanged; the exit code is
 * the command's (0 done, anything else failed with its message on stderr).
 */
public final class BulkImport {
  public static void main(String[] args) throws Exception {
    String dir = System.getenv("NEO4J_DATA_DIR");
    if (dir == null || dir.isBlank()) {
      System.err.println("neo4j-launcher: NEO4J_DATA_DIR must name the store to import into");
      System.exit(Launcher.EXIT_BAD_CONFIG);
    }
    Path home = Path.of(dir.trim()).toAbsolutePath().normalize();
    // The command reads neo4j.conf from here when present; the launcher configures Neo4j in
    // code and writes none, so an empty directory gives the defaults the launcher also uses.
    Path conf = home.resolve("conf");
    Files.createDirectories(conf);
    ExecutionContext ctx = new ExecutionContext(home, conf);
    System.exit(new CommandLine(new Full(ctx)).execute(args));
  }

  /**
   * The import command with the importer's background page-cache flusher off. That flusher is a
   * thread calling flushAndForce() in a loop for the whole node and relationship stages (meant
   * for disks that want one sequential writer); each call scans every mapped file on a pool of
   * I/O threads. On a 2-core machine it took about half the CPU of the node stage (JFR: 26 % of
   * samples in MuninnPagedFile.doFlushAndForceInternal while the node importers got the rest).
   * Without it, dirty pages are written by eviction and by the flush at the end of each stage,
   * as the importer does when the option is off; the store is the same.
   */
  @CommandLine.Command(name = "full")
  static final class Full extends ImportCommand.Full {
    Full(ExecutionContext ctx) {
      super(ctx);
    }

    @Override
    protected void doImport(
        FileSystemAbstraction fs,
        DatabaseLayout layout,
        Config config,
        JobScheduler scheduler,
        InternalLogProvider logProvider,
        PageCacheTracer pageCacheTracer,
        CursorContextFactory contextFactory,
        Configuration configuration,
        LogService logService,
        PrintStream out,
        PrintStream err,
        boolean verbose,
        Collector collector,
        MemoryTracker memoryTracker,
        Input input)
        throws IOException {
      super.doImport(
          fs, layout, config, scheduler, logProvider, pageCacheTracer, contextFactory,
          new NoBackgroundFlush(configuration), logService, out, err, verbose, collector,
          memoryTracker, input);
    }
  }

  /**
   * The command's configuration, every setting passed through but the background flusher. Each
   * method of Configuration in the pinned Neo4j (pom.xml) is delegated; one that a later version
   * adds would take its interface default here until it is added below.
   */
  record NoBackgroundFlush(Configuration c) implements Configuration {
    @Override
    public boolean sequentialBackgroundFlushing() {
      return false;
    }

    @Override
    public int batchSize() {
      return c.batchSize();
    }

    @Override
    public int movingAverageSize() {
      return c.movingAverageSize();
    }

    @Override
    public int maxNumberOfWorkerThreads() {
      return c.maxNumberOfWorkerThreads();
    }

    @Override
    public int maxQueueSize() {
      return c.maxQueueSize();
    }

    @Override
    public long maxOffHeapMemory() {
      return c.maxOffHeapMemory();
    }

    @Override
    public boolean parallelRecordWrites() {
      return c.parallelRecordWrites();
    }

    @Override
    public boolean parallelRecordReads() {
      return c.parallelRecordReads();
    }

    @Override
    public boolean highIO() {
      return c.highIO();
    }

    @Override
    public boolean strictNodeCheck() {
      return c.strictNodeCheck();
    }

    @Override
    public IndexConfig indexConfig() {
      return c.indexConfig();
    }

    @Override
    public boolean defragmentInternalStores() {
      return c.defragmentInternalStores();
    }

    @Override
    public int forcedNumberOfNodeIdRanges() {
      return c.forcedNumberOfNodeIdRanges();
    }

    @Override
    public ExternallyManagedPageCache providedPageCache() {
      return c.providedPageCache();
    }
  }
}
