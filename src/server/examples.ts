// The operations GraphiQL opens with: every file in schema/examples/, one per area, each
// with working operations on the seed graph (tests/api/examples.test.ts runs them all).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function exampleOperations(schemaDir: string): string {
  const dir = path.join(schemaDir, 'examples');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return ['# Innovation knowledge graph. Pick an operation with the ▶ button.\n', ...files.map((f) => readFileSync(path.join(dir, f), 'utf8'))].join('\n');
}

/** Names of the example operations: the only operation names /metrics uses as label values. */
export function exampleOperationNames(schemaDir: string): Set<string> {
  const names = new Set<string>();
  for (const m of exampleOperations(schemaDir).matchAll(/^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/gm)) names.add(m[1]!);
  return names;
}
