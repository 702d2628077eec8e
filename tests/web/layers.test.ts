// The front end's layers: the embed (iframe view and <kg-graph>) and the graph component stand on
// their own, so a dashboard never loads the explorer's code and the explorer can change freely.
// Checked on the sources' relative imports, followed transitively from each entry point.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';

const SRC = path.join(PROJECT_ROOT, 'web/src');

/** Every web/src file an entry reaches by relative imports (static, dynamic and type-only). */
function reach(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [path.join(SRC, entry)];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      todo.push(path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')));
    }
  }
  return [...seen].map((f) => path.relative(SRC, f)).sort();
}

describe('front-end layers', () => {
  it.each(['embed/frame.ts', 'embed/kg-graph.ts', 'graph/view.ts'])('%s reaches no explorer module', (entry) => {
    const files = reach(entry);
    // The walk itself works: the entry and the graph component are found.
    expect(files).toContain(entry);
    expect(files).toContain('graph/model.ts');
    expect(files.filter((f) => f.startsWith('explore/'))).toEqual([]);
  });
});
