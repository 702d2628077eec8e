package kg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
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
    System.exit(new CommandLine(new ImportCommand.Full(ctx)).execute(args));
  }
}
