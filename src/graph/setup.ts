// Applies constraints and indexes from cypher/schema/ (each statement is IF NOT EXISTS, so
// running this on every start is idempotent) and waits until the indexes are online.
import type { Graph } from './graph.js';

export async function applySchema(graph: Graph): Promise<string[]> {
  const db = graph.session();
  const applied = graph.cypher.names('schema');
  // Schema statements cannot share a transaction with each other's index population, so one each.
  for (const name of applied) await db.write(name);
  await db.read('admin/await-indexes');
  return applied;
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
