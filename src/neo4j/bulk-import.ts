// Neo4j's offline batch importer on the launcher's own store (kg.neo4j.BulkImport): the way a
// large dataset gets into an empty local database at 10^5+ nodes per second, which no Cypher
// write reaches (measured 14-19k nodes/s even for nodes made inside Neo4j). The tool needs the
// store closed, so the caller stops its local Neo4j first; the tool writes a new database beside
// the current one, and swapInStore() puts it in place, keeping the old one until the caller
// has started Neo4j on the new one and commits.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ensureLauncherBuilt, JVM_FLAGS, javaMajorVersion, LauncherError } from './local.js';

/** The database the tool creates next to `neo4j`; a name Neo4j accepts and nobody else uses. */
export const STAGING_DATABASE = 'kgimport';

export interface ImportToolInput {
  /** Each entry one --nodes group: a header file, then data files. */
  nodes: string[][];
  /** Each entry one --relationships group of one type. */
  relationships: { type: string; files: string[] }[];
  /** The array delimiter the files use (one character). */
  arrayDelimiter: string;
  /** Some quoted value holds a line break (the tool then parses more slowly, so only then). */
  multiline: boolean;
}

export interface ImportToolOptions {
  projectRoot: string;
  /** The launcher's NEO4J_DATA_DIR (the Neo4j home; databases under data/). */
  dataDir: string;
  /** JVM heap, as for the launcher (e.g. 1g). */
  heap: string;
  /** Off-heap memory the tool may use for its caches (e.g. the page cache size, 1g). */
  offHeap: string;
  log?: (line: string) => void;
}

export interface ImportToolResult {
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
  /** Seconds of the tool's stages as it reports them ("Node import", "Relationship import", ...). */
  stages: Record<string, number>;
}

/** "9s 18ms", "1m 2s 3ms", "645ms" -> seconds. */
function toolDuration(text: string): number {
  let s = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)(ms|s|m|h)\b/g)) s += Number(n) * ({ ms: 0.001, s: 1, m: 60, h: 3600 } as Record<string, number>)[unit!]!;
  return s;
}

const storeDirs = (dataDir: string, name: string) => [path.join(dataDir, 'data', 'databases', name), path.join(dataDir, 'data', 'transactions', name)];

/** Removes what a run of the tool left (a failed or abandoned staging database). */
export function removeStaging(dataDir: string): void {
  for (const d of storeDirs(path.resolve(dataDir), STAGING_DATABASE)) rmSync(d, { recursive: true, force: true });
}

/**
 * Runs the importer into the staging database (replacing any leftover of an earlier run).
 * Rejects with the tool's own message when it refuses a file; the current store is untouched.
 */
export async function runImportTool(opts: ImportToolOptions, input: ImportToolInput): Promise<ImportToolResult> {
  const log = opts.log ?? (() => {});
  javaMajorVersion();
  const classPath = await ensureLauncherBuilt(opts.projectRoot, log);
  const dataDir = path.resolve(opts.dataDir);
  const args = [
    ...input.nodes.map((files) => `--nodes=${files.join(',')}`),
    ...input.relationships.map((r) => `--relationships=${r.type}=${r.files.join(',')}`),
    // Every :ID column holds integers (ImportCsv numbers the dataset's ids).
    '--id-type=INTEGER',
    `--array-delimiter=${input.arrayDelimiter}`,
    `--multiline-fields=${input.multiline}`,
    // Validation already guarantees unique ids and resolvable links: anything the tool still
    // finds wrong is a bug to stop on, not a row to skip.
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--overwrite-destination=true',
    `--max-off-heap-memory=${opts.offHeap}`,
    `--report-file=${path.join(dataDir, 'import.report')}`,
    STAGING_DATABASE,
  ];
  const started = performance.now();
  const child = spawn('java', [`-Xmx${opts.heap}`, ...JVM_FLAGS, '-cp', classPath, 'kg.neo4j.BulkImport', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_DATA_DIR: dataDir },
  });
  const tail: string[] = [];
  const counts: Partial<Record<'nodes' | 'relationships' | 'properties', number>> = {};
  const stages: Record<string, number> = {};
  const onLine = (line: string) => {
    const t = line.trim();
    if (!t) return;
    tail.push(t);
    if (tail.length > 20) tail.shift();
    const count = /^(\d+) (nodes|relationships|properties)$/.exec(t);
    if (count) counts[count[2] as keyof typeof counts] = Number(count[1]);
    const stage = /^(.+) COMPLETED in (.+)$/.exec(t);
    if (stage) stages[stage[1]!] = toolDuration(stage[2]!);
    // The tool draws progress as rows of dots; its stage lines and totals are worth a log line.
    if (!/^[.\-\s]/.test(t)) log(`import tool: ${t}`);
  };
  createInterface({ input: child.stdout! }).on('line', onLine);
  createInterface({ input: child.stderr! }).on('line', onLine);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (e) => reject(new LauncherError(`could not run java: ${e.message}`)));
    child.once('close', resolve);
  });
  if (code !== 0) {
    removeStaging(dataDir);
    throw new LauncherError(`Neo4j's import tool failed (exit ${code}); the database was not changed:\n${tail.slice(-8).join('\n')}`);
  }
  return {
    nodes: counts.nodes ?? 0,
    relationships: counts.relationships ?? 0,
    properties: counts.properties ?? 0,
    seconds: (performance.now() - started) / 1000,
    stages,
  };
}

export interface StoreSwap {
  /** The new store stays; the one it replaced is deleted. */
  commit(): void;
  /** The replaced store comes back and the imported one is deleted (Neo4j must be stopped). */
  rollback(): void;
}

/**
 * With Neo4j stopped: the staging database becomes `database` and the current one is kept
 * aside until commit() or rollback(). Neo4j opens a database by its directory name, so the
 * system database needs no change.
 */
export function swapInStore(dataDir: string, database = 'neo4j'): StoreSwap {
  const dir = path.resolve(dataDir);
  const live = storeDirs(dir, database);
  const aside = storeDirs(dir, `${database}.before-import`);
  const staged = storeDirs(dir, STAGING_DATABASE);
  for (const d of aside) rmSync(d, { recursive: true, force: true });
  for (let i = 0; i < live.length; i++) if (existsSync(live[i]!)) renameSync(live[i]!, aside[i]!);
  for (let i = 0; i < live.length; i++) renameSync(staged[i]!, live[i]!);
  return {
    commit: () => {
      for (const d of aside) rmSync(d, { recursive: true, force: true });
    },
    rollback: () => {
      for (let i = 0; i < live.length; i++) {
        rmSync(live[i]!, { recursive: true, force: true });
        if (existsSync(aside[i]!)) renameSync(aside[i]!, live[i]!);
      }
    },
  };
}
