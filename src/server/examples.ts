// The operations GraphiQL opens with: every file in schema/examples/, one per area, each
// with working operations on the seed graph (tests/api/examples.test.ts runs them all).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The example files in order, one GraphiQL tab each. */
export function exampleFiles(schemaDir: string): { file: string; text: string }[] {
  const dir = path.join(schemaDir, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
}

/** Every example operation in one document (operation names are unique across the files). */
export function exampleOperations(schemaDir: string): string {
  return exampleFiles(schemaDir)
    .map((f) => f.text)
    .join('\n');
}

/** Names of the example operations: the only operation names /metrics uses as label values. */
export function exampleOperationNames(schemaDir: string): Set<string> {
  const names = new Set<string>();
  for (const m of exampleOperations(schemaDir).matchAll(/^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/gm)) names.add(m[1]!);
  return names;
}
