// Applies constraints and indexes from cypher/schema/ (each statement is IF NOT EXISTS, so
// running this on every start is idempotent) and waits until the indexes are online.
import type { Graph } from './graph.js';

/** Name, labels, properties and analyzer of a CREATE FULLTEXT INDEX statement, or undefined for another statement. */
export function fulltextDefinition(statement: string): { name: string; labels: string[]; properties: string[]; analyzer: string | undefined } | undefined {
  const name = /CREATE FULLTEXT INDEX (\w+)/.exec(statement)?.[1];
  const labels = /FOR \(\w+:([\w|]+)\)/.exec(statement)?.[1];
  const properties = /ON EACH \[([^\]]+)\]/.exec(statement)?.[1];
  if (!name || !labels || !properties) return undefined;
  return {
    name,
    labels: labels.split('|'),
    properties: properties.split(',').map((p) => p.trim().replace(/^\w+\./, '')),
    analyzer: /`fulltext\.analyzer`:\s*'([\w-]+)'/.exec(statement)?.[1],
  };
}

/** The index or constraint a `CREATE ... name IF NOT EXISTS` statement makes, or undefined for another statement. */
export function createdName(statement: string): string | undefined {
  return /^\s*CREATE\s+(?:[A-Z]+\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)\s+IF NOT EXISTS/im.exec(statement)?.[1];
}

const sameSet = (a: unknown, b: string[]) => Array.isArray(a) && a.length === b.length && b.every((x) => a.includes(x));

export async function applySchema(graph: Graph): Promise<string[]> {
  const db = graph.session();
  const applied = graph.cypher.names('schema');
  // IF NOT EXISTS keeps an index as it was first created. A full-text index whose file now
  // names other labels, properties or analyzer (external ids added to entity_names, say) is
  // dropped so the statement below rebuilds it from the stored nodes.
  const stored = new Map((await db.read('admin/fulltext-indexes')).map((r) => [r.name as string, r]));
  const present = new Set(((await db.read('admin/schema-names'))[0]?.names as string[] | undefined) ?? []);
  for (const name of applied) {
    const want = fulltextDefinition(graph.cypher.get(name));
    const have = want && stored.get(want.name);
    if (
      want &&
      have &&
      !(sameSet(have.labels, want.labels) && sameSet(have.properties, want.properties) && have.analyzer === (want.analyzer ?? have.analyzer))
    ) {
      await db.write('admin/drop-index', { name: want.name });
      present.delete(want.name);
    }
  }
  // Schema statements cannot share a transaction with each other's index population, so one
  // each; an index already in place is skipped (IF NOT EXISTS would keep it anyway, but each
  // statement is a write transaction to plan and commit: seconds of a busy start-up).
  for (const name of applied) {
    const creates = createdName(graph.cypher.get(name));
    if (creates && present.has(creates)) continue;
    await db.write(name);
  }
  await db.read('admin/await-indexes');
  return applied;
}

/**
 * The schema files that create an index (range or full-text), not a constraint: what a bulk
 * import into an empty database may drop and build once at the end (dropSecondaryIndexes).
 */
export function secondaryIndexFiles(graph: Graph): { file: string; index: string }[] {
  return graph.cypher
    .names('schema')
    .map((file) => ({ file, text: graph.cypher.get(file) }))
    .filter(({ text }) => /^\s*CREATE\s+(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?INDEX\s/im.test(text))
    .map(({ file, text }) => ({ file, index: createdName(text)! }))
    .filter(({ index }) => index !== undefined);
}

/**
 * Drops the secondary indexes and returns a function that creates them again and waits until
 * they are online. Filling an index as each batch commits (the full-text ones synchronously,
 * being not eventually consistent) cost more than the nodes; building it from the finished
 * store takes seconds. The uniqueness constraint on ids stays: the bulk path relies on it.
 */
export async function dropSecondaryIndexes(graph: Graph): Promise<() => Promise<void>> {
  const db = graph.session();
  const files = secondaryIndexFiles(graph);
  for (const { index } of files) await db.write('admin/drop-index', { name: index });
  return async () => {
    for (const { file } of files) await db.write(file);
    await db.read('admin/await-indexes');
  };
}

export async function isEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.session().read('admin/is-empty');
  return row?.empty === true;
}

/** Removes every node and relationship, in batches (tests and `kg reset`). */
export async function resetDatabase(graph: Graph): Promise<void> {
  const db = graph.session();
  for (;;) {
    const [row] = await db.write('admin/reset-batch', { batch: 10_000 });
    if (!row || row.deleted === 0) return;
  }
}
