// The registry of Cypher queries: every file under cypher/ is one parameterized statement,
// loaded once at start-up and called by name (its path without .cypher, e.g. "import/nodes/regions").
// Application code holds no query text; a name that has no file fails at start-up, not mid-request.
// A line `// @include fragments/x` is replaced by cypher/fragments/x.cypher, so a filter shared by
// a list query and its count query is written once; fragments are files too, never user input.
// A query may be a template over identifiers: `{{type}}` is filled in from a whitelist in code
// (never from a request), so that a relationship type is a literal the planner can expand
// alone instead of a `$(...)` dynamic type it must filter row by row. Each variant is built
// once and cached.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';

/**
 * Composed statements kept at once. Their number grows with the selection shapes clients send
 * (which fields, at which depth), without bound: the least recently used are dropped and
 * composed again when asked for. Each is a few KB.
 */
export const COMPOSED_MAX = 2_000;

export class CypherRegistry {
  private readonly queries = new Map<string, string>();
  private readonly resolved = new Map<string, string>();
  private readonly composedTexts = new LRUCache<string, string>({ max: COMPOSED_MAX });

  constructor(readonly dir: string) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.cypher')) continue;
      const file = path.join(entry.parentPath, entry.name);
      const name = path
        .relative(dir, file)
        .replace(/\\/g, '/')
        .replace(/\.cypher$/, '');
      this.queries.set(name, readFileSync(file, 'utf8'));
    }
  }

  get(name: string, vars?: Record<string, string>): string {
    if (vars) return this.variant(name, vars);
    if (name.includes(':')) {
      const composed = this.composedTexts.get(name);
      // Only if COMPOSED_MAX other shapes were composed between composing this one and running it.
      if (composed === undefined) throw new Error(`no composed statement named "${name}" (dropped from the cache; retry)`);
      return composed;
    }
    let text = this.resolved.get(name);
    if (text === undefined) {
      const q = this.queries.get(name);
      if (q === undefined) throw new Error(`no Cypher query named "${name}" in ${this.dir}`);
      text = q.replace(/^[ \t]*\/\/ @include (\S+)[ \t]*$/gm, (_, fragment: string) => this.get(fragment));
      this.resolved.set(name, text);
    }
    return text;
  }

  private variant(name: string, vars: Record<string, string>): string {
    const key = `${name}?${Object.entries(vars)
      .map(([k, v]) => `${k}=${v}`)
      .join('&')}`;
    let text = this.resolved.get(key);
    if (text === undefined) {
      text = this.get(name).replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
        const v = vars[k];
        // Identifiers (and the two comparison signs) only: nothing that could change the statement's shape.
        if (v === undefined || !(/^[A-Za-z][A-Za-z0-9_]*$/.test(v) || v === '<' || v === '>'))
          throw new Error(`template ${name}: bad or missing value for {{${k}}}: ${v}`);
        return v;
      });
      this.resolved.set(key, text);
    }
    return text;
  }

  /** The text of a file without its comment lines, for composing (src/graph/compiled.ts). */
  part(name: string): string {
    return this.get(name)
      .split('\n')
      .filter((l) => !/^\s*\/\//.test(l) && l.trim() !== '')
      .join('\n');
  }

  /**
   * A statement composed from files of this registry (never from request text) under a name of
   * its own (with a ':', which no file name has), built once while it stays among the COMPOSED_MAX most recently
   * used: `build` runs only when the name is not cached.
   */
  composed(name: string, build: () => string): string {
    if (!name.includes(':')) throw new Error(`a composed statement's name holds a ':' (no file's does), unlike "${name}"`);
    if (this.composedTexts.get(name) === undefined) this.composedTexts.set(name, build());
    return name;
  }

  /** How many composed statements are cached now (at most COMPOSED_MAX). */
  get composedCount(): number {
    return this.composedTexts.size;
  }

  /** Names under a folder, sorted, e.g. names('schema') for the constraint files. */
  names(folder: string): string[] {
    return [...this.queries.keys()].filter((n) => n.startsWith(`${folder}/`)).sort();
  }
}
