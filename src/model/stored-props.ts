// How a validated record is stored on a node or relationship, shared by the importer and the
// editors' mutations so both write the same property shapes.
import neo4j from 'neo4j-driver';

// JS numbers reach Neo4j as floats; these columns are whole numbers by the schema and are
// stored as Neo4j integers so years and line numbers compare and sort as integers.
export const INTEGER_COLUMNS = new Set(['founded', 'established', 'startYear', 'endYear', 'year', 'since', 'importLine']);

/** A validated row's properties, minus `skip` and absent values, with integers and aliasText. */
export function storedProps(row: Record<string, unknown>, skip: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (skip.has(k) || v === undefined) continue;
    out[k] = INTEGER_COLUMNS.has(k) && typeof v === 'number' ? neo4j.int(v) : v;
  }
  // Full-text indexes take strings, so aliases are also stored joined (see cypher/schema).
  if (Array.isArray(row.aliases)) out.aliasText = row.aliases.join(' | ');
  return out;
}

/** The importer's properties: a row's plus the file and line that wrote it. */
export function props(row: Record<string, unknown>, skip: Set<string>, importFile: string, importLine: number) {
  return { importFile, importLine: neo4j.int(importLine), ...storedProps(row, skip) };
}
