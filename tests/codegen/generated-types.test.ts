// The resolver and argument types in src/generated/graphql.ts are generated from schema/*.graphql.
// A schema change without `npm run codegen` would leave resolvers type-checked against the old
// schema; this regenerates in memory and fails when the committed file differs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('generated GraphQL types', () => {
  it('src/generated/graphql.ts matches schema/*.graphql (run `npm run codegen` if not)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    let outputs: { filename: string; content: string }[];
    try {
      outputs = await generate({ ...config, silent: true }, false);
    } finally {
      process.chdir(cwd);
    }
    expect(outputs.map((o) => o.filename)).toEqual(['src/generated/graphql.ts']);
    const committed = readFileSync(path.join(root, 'src/generated/graphql.ts'), 'utf8');
    if (committed !== outputs[0]!.content)
      expect.fail('src/generated/graphql.ts is stale: it differs from what schema/*.graphql generates. Run `npm run codegen` and commit the result.');
  });
});
