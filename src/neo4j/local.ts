// Starts the project's own Neo4j (neo4j-launcher/, embedded Neo4j 5.26 Community with Bolt) as a
// child process, for machines without Docker and without a NEO4J_URI. Maven resolves Neo4j from
// Maven Central once; the compiled launcher and its class path are cached in
// neo4j-launcher/target/ and rebuilt only when the pom or the Java source changes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

export class LauncherError extends Error {}

export interface LocalNeo4jOptions {
  projectRoot: string;
  port: number;
  dataDir: string;
  heap: string;
  pageCache: string;
  txTimeout: string;
  /** Lines the launcher and Maven print, for the caller's log. */
  log?: (line: string) => void;
  /** How long to wait for the READY line once Java runs. */
  startTimeoutMs?: number;
  /** Scheduling niceness for the JVM (0 = as this process). See startLocalNeo4j. */
  nice?: number;
  /** Aborting stops Maven or the starting JVM and rejects (a stop signal during start-up). */
  signal?: AbortSignal;
}

export interface LocalNeo4j {
  uri: string;
  version: string;
  dataDir: string;
  /** The JVM's process id (benchmarks read its CPU time). */
  pid: number | undefined;
  /** Sends SIGTERM and waits for a clean exit (the JVM checkpoints the store on the way out). */
  stop(): Promise<void>;
  /** Resolves when the process exits, for whatever reason. */
  exited: Promise<number | null>;
}

// Exit codes of kg.neo4j.Launcher, mapped to what the user should do next.
const EXIT_ADVICE: Record<number, string> = {
  2: 'the Bolt port is taken',
  3: 'the data directory is locked',
  4: 'the launcher configuration is invalid',
};

// Neo4j on Java 17 needs these modules opened (the same flags Neo4j's own start scripts pass).
export const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

export function javaMajorVersion(): number {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error) {
    throw new LauncherError(
      'NEO4J_URI is unset and Java 17+ was not found on PATH; install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to an existing Neo4j',
    );
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  const major = m ? Number(m[1] === '1' ? m[2] : m[1]) : Number.NaN;
  if (!(major >= 17)) {
    throw new LauncherError(
      `NEO4J_URI is unset and the Java on PATH is version ${Number.isNaN(major) ? 'unknown' : major}; Neo4j 5.26 needs Java 17+: install it or set NEO4J_URI`,
    );
  }
  return major;
}

/** Compiles the launcher and resolves its class path with Maven unless the cache is current. */
export async function ensureLauncherBuilt(projectRoot: string, log: (line: string) => void = () => {}, signal?: AbortSignal): Promise<string> {
  const dir = path.join(projectRoot, 'neo4j-launcher');
  const target = path.join(dir, 'target');
  const stampFile = path.join(target, 'kg-build.stamp');
  const cpFile = path.join(target, 'classpath.txt');
  const hash = createHash('sha256');
  const sources = path.join('src', 'main', 'java', 'kg', 'neo4j');
  const javaFiles = readdirSync(path.join(dir, sources))
    .filter((f) => f.endsWith('.java'))
    .sort()
    .map((f) => path.join(sources, f));
  for (const f of ['pom.xml', ...javaFiles]) hash.update(readFileSync(path.join(dir, f)));
  const stamp = hash.digest('hex');

  if (existsSync(stampFile) && existsSync(cpFile) && readFileSync(stampFile, 'utf8') === stamp) {
    return `${path.join(target, 'classes')}${path.delimiter}${readFileSync(cpFile, 'utf8').trim()}`;
  }
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) {
    throw new LauncherError(
      'NEO4J_URI is unset and Maven was not found on PATH; install Maven 3.8+ (e.g. apt-get install maven) so Neo4j can be fetched from Maven Central, or set NEO4J_URI',
    );
  }
  log('building the Neo4j launcher with Maven (first start only; fetching Neo4j 5.26 from Maven Central takes about a minute)...');
  const { code, tail } = await runMaven(
    ['-B', '-f', path.join(dir, 'pom.xml'), 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}`],
    log,
    signal,
  );
  if (signal?.aborted) throw new LauncherError('stopped while Maven was building the Neo4j launcher');
  if (code !== 0) throw new LauncherError(`Maven could not build the Neo4j launcher (exit ${code}):\n${tail.join('\n')}`);
  mkdirSync(target, { recursive: true });
  // Write-then-rename so a concurrent start never reads a half-written stamp.
  writeFileSync(`${stampFile}.tmp`, stamp);
  renameSync(`${stampFile}.tmp`, stampFile);
  log('Neo4j launcher built');
  return `${path.join(target, 'classes')}${path.delimiter}${readFileSync(cpFile, 'utf8').trim()}`;
}

/** What the Maven goals of the launcher build are doing, in the user's words. */
const GOALS: Record<string, string> = {
  resources: 'preparing the build',
  compile: 'compiling the launcher',
  'build-classpath': 'resolving Neo4j and writing the class path',
};

/** How often Maven's progress is summarised while it runs. */
const PROGRESS_EVERY_MS = 5_000;

/**
 * Runs Maven, turning its chatter (hundreds of download lines on a fresh machine) into a
 * progress line every few seconds: files and megabytes fetched so far and what it is doing.
 * Resolves with the exit code and the last lines of output, for the error message.
 */
function runMaven(args: string[], log: (line: string) => void, signal?: AbortSignal): Promise<{ code: number | null; tail: string[] }> {
  const started = Date.now();
  const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const onAbort = () => child.kill('SIGTERM');
  signal?.addEventListener('abort', onAbort, { once: true });
  const tail: string[] = [];
  let files = 0;
  let bytes = 0;
  let step = 'starting Maven';
  let reported = '';
  let reportedAt = 0;
  const report = () => {
    const now = files ? `${step}; ${files} files (${(bytes / 1e6).toFixed(1)} MB) downloaded` : step;
    // A line when something changed, and every 15 s regardless, so a slow mirror is not silence.
    if (now === reported && Date.now() - reportedAt < 15_000) return;
    log(`maven: ${now} (${Math.round((Date.now() - started) / 1000)} s)`);
    reported = now;
    reportedAt = Date.now();
  };
  const timer = setInterval(report, PROGRESS_EVERY_MS);
  const onLine = (raw: string) => {
    // Maven 3.8 colours some lines even in batch mode; strip ANSI escapes before matching.
    const line = stripVTControlCharacters(raw);
    tail.push(line);
    if (tail.length > 15) tail.shift();
    const got = /Downloaded from [\w.-]+: \S+ \(([\d.]+) (B|kB|KB|MB|GB)/.exec(line);
    if (got) {
      files++;
      bytes += Number(got[1]) * ({ B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 } as Record<string, number>)[got[2]!]!;
      return;
    }
    const fetching = /Downloading from [\w.-]+: \S+\/([^/\s]+)$/.exec(line);
    if (fetching) step = `fetching ${fetching[1]}`;
    const phase = /--- (?:maven-)?([\w-]+?)(?:-plugin)?:[\w.-]+:([\w-]+)/.exec(line);
    if (phase) step = GOALS[phase[2]!] ?? `running ${phase[1]}:${phase[2]}`;
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  return new Promise((resolve) => {
    const done = (code: number | null) => {
      clearInterval(timer);
      signal?.removeEventListener('abort', onAbort);
      if (files) log(`maven: ${files} files (${(bytes / 1e6).toFixed(1)} MB) downloaded in ${Math.round((Date.now() - started) / 1000)} s`);
      resolve({ code, tail });
    };
    child.once('error', (e) => {
      tail.push(e.message);
      done(null);
    });
    child.once('close', done);
  });
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  javaMajorVersion();
  const classPath = await ensureLauncherBuilt(opts.projectRoot, log, opts.signal);
  const dataDir = path.resolve(opts.projectRoot, opts.dataDir);
  if (opts.signal?.aborted) throw new LauncherError('stopped before Neo4j started');

  const java = [`-Xms${opts.heap}`, `-Xmx${opts.heap}`, ...JVM_FLAGS, '-cp', classPath, 'kg.neo4j.Launcher', '--exit-on-stdin-eof'];
  // A co-located Neo4j saturated by expensive queries would otherwise take the CPU from the
  // API process, whose probes and cheap requests then wait in the kernel's run queue (measured:
  // /health p99 0.4-0.6 s under 10 depth-3 neighbourhoods on 2 cores). `nice` execs java, so
  // every JVM thread inherits the lower priority and the child's PID is still the JVM's.
  const nice = opts.nice && hasNice() ? opts.nice : 0;
  const child = spawn(nice > 0 ? 'nice' : 'java', nice > 0 ? ['-n', String(nice), 'java', ...java] : java, {
    // stdin stays an open pipe we never write to: when this process dies for any reason the
    // pipe closes and the launcher exits, so no orphaned JVM holds the store lock.
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEO4J_BOLT_PORT: String(opts.port),
      NEO4J_DATA_DIR: dataDir,
      NEO4J_PAGECACHE: opts.pageCache,
      NEO4J_TX_TIMEOUT: opts.txTimeout,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.startsWith('neo4j-launcher:')) errors.push(line.slice('neo4j-launcher:'.length).trim());
    log(line);
  });

  const ready = await new Promise<{ uri: string; version: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LauncherError(`Neo4j did not report READY within ${(opts.startTimeoutMs ?? 120_000) / 1000}s; see ${dataDir}/logs/debug.log`));
    }, opts.startTimeoutMs ?? 120_000);
    // Stopped while starting: end the JVM (its shutdown hook runs if the store is open); the
    // promise rejects once it has exited, so the caller exits with nothing left behind.
    const onAbort = () => {
      clearTimeout(timer);
      child.kill('SIGTERM');
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^READY (\S+) version=(\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        // From here on stopping is the caller's business (stop()), after its requests drained.
        opts.signal?.removeEventListener('abort', onAbort);
        resolve({ uri: m[1]!, version: m[2]! });
      } else log(line);
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(new LauncherError(`could not run java: ${e.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const what = code !== null ? EXIT_ADVICE[code] : undefined;
      if (opts.signal?.aborted) return reject(new LauncherError('stopped while Neo4j was starting'));
      reject(
        new LauncherError(
          errors.length ? errors.join('; ') : `Neo4j exited before it was ready (${what ?? `exit code ${code}`}); see ${dataDir}/logs/debug.log`,
        ),
      );
    });
  });

  return { ...ready, dataDir, pid: child.pid, exited, stop: () => stopChild(child, exited) };
}

let niceFound: boolean | undefined;
function hasNice(): boolean {
  niceFound ??= !spawnSync('nice', ['-n', '1', 'true']).error;
  return niceFound;
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
