// The registry's cache of composed statements is bounded: a client can send ever new selection
// shapes (each composes a statement of its own), and memory must not grow with them.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { COMPOSED_MAX, CypherRegistry } from '../../src/graph/cypher.js';

describe('composed statements', () => {
  it(`keeps at most COMPOSED_MAX (${COMPOSED_MAX}), the most recently used, and composes a dropped one again`, () => {
    const reg = new CypherRegistry(path.join(PROJECT_ROOT, 'cypher'));
    let builds = 0;
    const compose = (i: number) =>
      reg.composed(`compiled:test:${i}`, () => {
        builds += 1;
        return `RETURN ${i} AS n`;
      });
    const first = compose(0);
    for (let i = 1; i < COMPOSED_MAX + 500; i++) {
      compose(i);
      if (i % 100 === 0) expect(reg.get(first)).toBe('RETURN 0 AS n'); // kept: used again and again
    }
    expect(reg.composedCount).toBe(COMPOSED_MAX);
    expect(builds).toBe(COMPOSED_MAX + 500);
    // The oldest unused ones are gone: asking for one says so; composing it again builds it anew.
    expect(() => reg.get('compiled:test:1')).toThrow(/no composed statement named "compiled:test:1"/);
    compose(1);
    expect(builds).toBe(COMPOSED_MAX + 501);
    expect(reg.get('compiled:test:1')).toBe('RETURN 1 AS n');
    // A recent one is not built twice.
    compose(COMPOSED_MAX + 499);
    expect(builds).toBe(COMPOSED_MAX + 501);
    // Files stay where they are, whatever is composed.
    expect(reg.get('admin/ready')).toMatch(/SHOW CONSTRAINTS/);
    expect(() => reg.composed('no-colon', () => 'RETURN 1')).toThrow(/holds a ':'/);
  });
});
