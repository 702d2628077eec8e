// Chooses the real Neo4j the tests talk to, once per run:
//   1. NEO4J_TEST_URI (+ NEO4J_TEST_USER / NEO4J_TEST_PASSWORD) when set;
//   2. else a neo4j:5.26-community container when a Docker engine answers;
//   3. else the project's local launcher on a free port with a throw-away data directory.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, PROJECT_ROOT } from '../../src/config.js';
import { startLocalNeo4j } from '../../src/neo4j/local.js';
import { freePort } from '../helpers/ports.js';

export interface TestNeo4j {
  uri: string;
  user?: string;
  password?: string;
  /** Set when the tests run on the local launcher (some launcher tests need its data dir). */
  localDataDir?: string;
  via: 'NEO4J_TEST_URI' | 'docker' | 'local launcher';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

async function dockerEngine(): Promise<boolean> {
  // Only load testcontainers when a Docker endpoint could exist at all: probing costs seconds.
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER,
      password: process.env.NEO4J_TEST_PASSWORD,
      via: 'NEO4J_TEST_URI',
    });
    return;
  }
  if (await dockerEngine()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('test-password').start();
    project.provide('neo4j', { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword(), via: 'docker' });
    return async () => {
      await container.stop();
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  const local = await startLocalNeo4j({
    projectRoot: PROJECT_ROOT,
    port: await freePort(),
    dataDir,
    heap: '1g',
    pageCache: '512m',
    txTimeout: '60s',
    nice: loadConfig().NEO4J_NICE, // as `kg serve` starts it
    log: (l) => {
      if (process.env.KG_TEST_VERBOSE) process.stderr.write(`[neo4j] ${l}\n`);
    },
  });
  project.provide('neo4j', { uri: local.uri, localDataDir: dataDir, via: 'local launcher' });
  return async () => {
    await local.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
