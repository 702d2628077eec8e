import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CJS (main) and ESM (module) builds without an exports map: Node, and so every
  // dependency, loads the CJS one, while Vite would give our sources the ESM one. Two copies break
  // graphql's instanceof checks ("from another module or realm"), so sources get the CJS one too.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts', 'tests/fuzz/**/*.fuzz.ts'],
    // One real Neo4j for the whole run (tests/setup/global-neo4j.ts). Community edition has a
    // single user database, so test files run one after another and each resets what it uses.
    globalSetup: ['tests/setup/global-neo4j.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
