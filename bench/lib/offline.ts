// The offline import (kg import --offline) measured on a store of its own: a fresh local Neo4j
// on a temporary directory, the dataset through importDatasetOffline (validation and CSV in one
// pass, stop, Neo4j's importer, swap, start, indexes), then the store removed. Used by
// `npm run bench:import` (10^5 organizations) and the import section of `npm run bench`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { CypherRegistry } from '../../src/graph/cypher.js';
import { createDriver, Graph } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { importDataset } from '../../src/import/import-dataset.js';
import { importDatasetOffline, type OfflinePhases } from '../../src/import/offline-import.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/neo4j/local.js';
import { freePort } from '../../tests/helpers/ports.js';
import { whatImportWrote } from './import-summary.js';

export interface OfflineFigures {
  rows: number;
  seconds: number;
  nodesCreated: number;
  relationshipsCreated: number;
  phases: OfflinePhases;
  /** Nodes (entities and supply-hop mirrors) per second of the importer's node stage. */
  nodesPerSecond: number;
  /** Relationships per second of the importer's relationship import and linking stages. */
  relationshipsPerSecond: number;
  /** Validated rows per second of the one pass that validates and writes the CSV. */
  validateRowsPerSecond: number;
  /** With `reimport`: the same files imported again (Cypher path) into the store just built. */
  reimport?: { seconds: number; rowsPerSecond: number; unchanged: number; propertiesSet: number };
}

export async function offlineImport(
  dataset: string,
  opts: { heap: string; pageCache: string; port?: number; reimport?: boolean },
  out: (line: string) => void,
): Promise<OfflineFigures> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-offline-'));
  const port = opts.port ?? (await freePort());
  let neo: LocalNeo4j | undefined;
  let graph: Graph | undefined;
  const start = async () => {
    neo = await startLocalNeo4j({ projectRoot: PROJECT_ROOT, port, dataDir, heap: opts.heap, pageCache: opts.pageCache, txTimeout: '120s' });
    graph = new Graph(createDriver({ uri: neo.uri }), 'neo4j', new CypherRegistry(path.join(PROJECT_ROOT, 'cypher')), 120_000);
    return graph;
  };
  try {
    await applySchema(await start());
    const s = await importDatasetOffline(
      {
        graph: graph!,
        tool: { projectRoot: PROJECT_ROOT, dataDir, heap: opts.heap, offHeap: opts.pageCache },
        stop: async () => {
          await graph?.close();
          await neo?.stop();
        },
        start,
      },
      dataset,
    );
    const p = s.phases;
    const st = p.toolStages;
    const nodeStage = st['Node import'] ?? p.tool;
    const relStage = (st['Relationship import'] ?? 0) + (st['Relationship linking'] ?? 0) || p.tool;
    const figures: OfflineFigures = {
      rows: s.rows,
      seconds: s.seconds,
      nodesCreated: s.nodesCreated,
      relationshipsCreated: s.relationshipsCreated,
      phases: p,
      nodesPerSecond: p.toolNodes / nodeStage,
      relationshipsPerSecond: p.toolRelationships / relStage,
      validateRowsPerSecond: (s.rows - s.duplicatesMerged) / p.validation,
    };
    const r = (n: number) => String(Math.round(n));
    out(
      `offline import into an empty store: ${s.rows} rows in ${s.seconds.toFixed(1)} s = ${r(s.rows / s.seconds)} rows/s; ${s.nodesCreated} nodes, ${s.relationshipsCreated} relationships`,
    );
    out(`  validation + CSV, one pass  ${p.validation.toFixed(1).padStart(6)} s  ${r(figures.validateRowsPerSecond)} rows/s`);
    out(`  stop Neo4j                  ${p.stop.toFixed(1).padStart(6)} s`);
    out(
      `  Neo4j's importer            ${p.tool.toFixed(1).padStart(6)} s  (JVM included) nodes ${p.toolNodes} in ${nodeStage.toFixed(1)} s = ${r(figures.nodesPerSecond)}/s; relationships ${p.toolRelationships} in ${relStage.toFixed(1)} s = ${r(figures.relationshipsPerSecond)}/s`,
    );
    out(`  start Neo4j on the new store${p.start.toFixed(1).padStart(6)} s`);
    out(`  constraint and indexes      ${p.indexes.toFixed(1).padStart(6)} s`);
    if (opts.reimport) {
      // Into a populated store, just started: the rows carry the offline path's row hashes,
      // which the Cypher path must find equal to its own (every row unchanged, none written).
      const again = await importDataset(graph!, dataset);
      figures.reimport = { seconds: again.seconds, rowsPerSecond: again.rows / again.seconds, unchanged: again.unchanged, propertiesSet: again.propertiesSet };
      out(
        `re-import of the same files into this store: ${again.seconds.toFixed(1)} s = ${r(figures.reimport.rowsPerSecond)} rows/s, ${whatImportWrote(again)}`,
      );
    }
    return figures;
  } finally {
    await graph?.close();
    await neo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
