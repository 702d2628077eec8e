// How a validated record is stored on a node or relationship, shared by the importer and the
// editors' mutations so both write the same property shapes.
import { hash } from 'node:crypto';
import neo4j from 'neo4j-driver';

// JS numbers reach Neo4j as floats; these columns are whole numbers by the schema and are
// stored as Neo4j integers so years and line numbers compare and sort as integers.
export const INTEGER_COLUMNS = new Set(['founded', 'established', 'startYear', 'endYear', 'year', 'since', 'importLine']);

/** A validated row's properties, minus `skip` and absent values, with integers and aliasText. */
export function storedProps(row: Record<string, unknown>, skip: Set<string>, out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries(row)) {
    if (skip.has(k) || v === undefined) continue;
    out[k] = INTEGER_COLUMNS.has(k) && typeof v === 'number' ? neo4j.int(v) : v;
  }
  // Full-text indexes take strings, so aliases are also stored joined (see cypher/schema).
  if (Array.isArray(row.aliases)) out.aliasText = row.aliases.join(' | ');
  return out;
}

/**
 * The importer's properties: a row's plus the file and line that wrote it, and `importHash`, a
 * digest of them all and of the row's identity `key` (see importKey). A re-import skips a row
 * whose node or relationship still holds its hash (src/import/write.ts); every edit removes
 * the hash (src/mutations/editor.ts), so the next import puts the row's values back.
 */
export function props(row: Record<string, unknown>, skip: Set<string>, importFile: string, importLine: number, key: string) {
  return withImportHash(key, storedProps(row, skip, { importFile, importLine: neo4j.int(importLine) }));
}

/** What a row's hash covers besides its properties: a node's id and labels, a link's ends and type. */
export function importKey(first: string, second: string | readonly string[], third = ''): string {
  return `${first}\u0000${typeof second === 'string' ? second : second.join(':')}\u0000${third}`;
}

/**
 * `p` with its importHash added in place (both import paths store the same one, so either may
 * re-import). About 2.5 µs a row, the JSON string and the SHA-1.
 */
export function withImportHash<T extends Record<string, unknown>>(key: string, p: T): T & { importHash: string } {
  // Keys come in the schema's order on both paths; neo4j Integers stringify as {low, high}.
  const digest = hash('sha1', `${key}\u0000${JSON.stringify(p)}`, 'base64');
  (p as Record<string, unknown>).importHash = digest;
  return p as T & { importHash: string };
}
