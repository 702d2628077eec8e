// Exact lookup by external id (SCHEME:value), through the keyword full-text index
// entity_external_ids (cypher/schema/entity-external-ids.cypher). Used by the lookups, the
// mutations and the importer's uniqueness check.
import type { GraphSession } from './graph.js';
import type { GraphNode } from './loaders.js';

// Lucene refuses queries of more than 1024 clauses.
const BATCH = 500;

/** Each key as a quoted term: inside quotes only " and \ are special. */
const termQuery = (keys: string[]) => keys.map((k) => `"${k.replace(/["\\]/g, '\\$&')}"`).join(' OR ');

/** The nodes carrying each key (normally one; more only if stored data broke uniqueness). */
export async function nodesByExternalIds(db: GraphSession, keys: string[]): Promise<Map<string, GraphNode[]>> {
  const out = new Map<string, GraphNode[]>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    for (const r of await db.read('lookups/external-ids', { keys: batch, query: termQuery(batch) })) {
      const list = out.get(r.key as string) ?? [];
      list.push(r.node as GraphNode);
      out.set(r.key as string, list);
    }
  }
  return out;
}
