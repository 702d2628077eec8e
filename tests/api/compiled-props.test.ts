// The lookahead compiler reads only the properties a selection asks for (compiled/node-props),
// and every property where a field may read more (a field with its own resolver, a fragment on
// an interface, a back-reference through an edge object). Each answer here is checked against
// the nodes' properties read straight from Neo4j, or against the same fields asked one node at a
// time (no relationship field, so no compiled statement).
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { type App, gql, ok, testApp } from '../helpers/gql.js';
import { generatedGraph } from '../helpers/graph.js';

let graph: Graph;
let app: App;
let dir: string;
/** Every node's stored properties, by id, read without the service. */
const stored = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  ({ graph, dir } = await generatedGraph('kg-compiled-props-', { orgs: 300, seed: 7 }));
  app = testApp(graph);
  const { records } = await graph.driver.executeQuery(
    'MATCH (n:Entity) WHERE n:Organization OR n:Platform RETURN n.id AS id, properties(n) AS p',
    {},
    { database: 'neo4j' },
  );
  for (const r of records) stored.set(r.get('id') as string, r.get('p') as Record<string, unknown>);
}, 600_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

/** Every object with an id in the answer, with the plain fields `fields` asked of it. */
function checkPlain(value: unknown, fields: string[], seen = { nodes: 0, nonNull: 0 }) {
  if (Array.isArray(value)) for (const v of value) checkPlain(v, fields, seen);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && stored.has(o.id)) {
      seen.nodes += 1;
      const props = stored.get(o.id)!;
      for (const f of fields)
        if (f in o) {
          expect(o[f], `${o.id}.${f}`).toEqual(props[f] ?? null);
          if (o[f] != null) seen.nonNull += 1;
        }
      expect(o).not.toHaveProperty('__partial');
    }
    for (const v of Object.values(o)) checkPlain(v, fields, seen);
  }
  return seen;
}

describe('compiled statements read the properties the selection needs', () => {
  it('plain fields at every level of a nested page equal the stored properties', async () => {
    const data = await ok(
      app,
      `{ organizations(first: 20) { nodes { id name founded country platforms(first: 3) { role platform { id name description
         members(first: 8) { role organization { id name description highTech founded } } } } } } }`,
    );
    const seen = checkPlain(data, ['name', 'founded', 'country', 'description', 'highTech']);
    expect(seen.nodes).toBeGreaterThan(60);
    expect(seen.nonNull).toBeGreaterThan(60);
  });

  it('a back-reference through an edge object (platforms { organization }) reads the parent whole', async () => {
    const data = await ok<any>(
      app,
      '{ organizations(first: 40) { nodes { id platforms(first: 3) { organization { id name founded highTech } platform { id } } } } }',
    );
    const backRefs = data.organizations.nodes.flatMap((n: any) => n.platforms.map((m: any) => m.organization));
    expect(backRefs.length).toBeGreaterThan(10);
    expect(checkPlain(backRefs, ['name', 'founded', 'highTech']).nonNull).toBeGreaterThan(10);
  });

  it('fields with resolvers of their own and fragments on an interface answer as a lookup of the node alone does', async () => {
    const data = await ok<any>(
      app,
      `{ organizations(first: 20) { nodes { id ...E platforms(first: 4) { platform { id aliases ... on Platform { name level } ...E } } } } }
       fragment E on Entity { displayName }`,
    );
    const orgs = data.organizations.nodes;
    const platforms = orgs.flatMap((n: any) => n.platforms.map((m: any) => m.platform));
    expect(platforms.length).toBeGreaterThan(5);
    for (const o of orgs.slice(0, 10)) {
      const alone = await ok<any>(app, `{ organization(id: ${JSON.stringify(o.id)}) { displayName } }`);
      expect(o.displayName).toBe(alone.organization.displayName);
    }
    for (const p of platforms.slice(0, 15)) {
      const alone = await ok<any>(app, `{ platform(id: ${JSON.stringify(p.id)}) { id aliases name level displayName } }`);
      expect(p).toEqual(alone.platform);
    }
  });

  it('a back-reference one level down (platform { members { platform } }) reads that platform whole', async () => {
    const r = await gql(
      app,
      '{ organizations(first: 5) { nodes { platforms(first: 2) { platform { id members(first: 2) { platform { id name description } } } } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(checkPlain(r.data, ['name', 'description']).nonNull).toBeGreaterThan(3);
  });
});
