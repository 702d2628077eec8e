import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One real Neo4j for the whole run (tests/setup/global-neo4j.ts). Community edition has a
    // single user database, so test files run one after another and each resets what it uses.
    globalSetup: ['tests/setup/global-neo4j.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
