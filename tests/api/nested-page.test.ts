// A list page with nested relationship fields is one statement (compiled/page): the page, its
// nested fields and its totalCount, with the filter's ids checked in the same transaction. Its
// answer must be the other path's: cursors, pageInfo and totalCount from the list without
// nested fields (the list query and the count query), and each node's nested fields from
// entity(id:), which resolves them through the DataLoaders.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph.js';
import { type App, gql, ok, testApp } from '../helpers/gql.js';
import { generatedGraph } from '../helpers/graph.js';

let graph: Graph;
let app: App;
let dir: string;
let region: string;
let industry: string;

beforeAll(async () => {
  ({ graph, dir } = await generatedGraph('kg-nested-page-', { orgs: 300, seed: 11 }));
  // Up to 40 aliases of entity(id:) in one reference request.
  app = testApp(graph, { KG_MAX_ALIASES: '60' });
  const q = (cypher: string) => graph.driver.executeQuery(cypher, {}, { database: graph.database }).then((r) => r.records[0]!.get(0) as string);
  // A region with sub-regions that hold organizations, and the industry most organizations are in.
  region = await q('MATCH (o:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF]->(r:Region) RETURN r.id AS id, count(o) AS n ORDER BY n DESC, id LIMIT 1');
  industry = await q('MATCH (o:Organization)-[:IN_INDUSTRY]->(i:Industry) RETURN i.id AS id, count(o) AS n ORDER BY n DESC, id LIMIT 1');
}, 600_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await graph?.close();
});

const NESTED = 'platforms(first: 3) { role since platform { id name level members(first: 4) { role organization { id name founded } } } }';
const ROLE_LIMITED =
  'platforms(first: 5, role: MEMBER) { role platform { id lead: members(first: 3, role: LEAD) { role organization { id } } } } region { id name }';

/** The list's page with nested fields (compiled), its plain page and the nested fields of each node via entity(id:). */
async function compare(list: 'organizations' | 'platforms', args: string, nested: string, type = list === 'organizations' ? 'Organization' : 'Platform') {
  const compiled = await gql<any>(app, `{ ${list}(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name ${nested} } } } }`);
  expect(compiled.errors).toBeUndefined();
  expect(compiled.extensions?.roundTrips, `${list}(${args}) in one transaction`).toBe(1);
  const plain = await ok<any>(app, `{ ${list}(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`);
  const c = compiled.data![list];
  const p = plain[list];
  expect(c.totalCount).toBe(p.totalCount);
  expect(c.pageInfo).toEqual(p.pageInfo);
  expect(c.edges.map((e: any) => [e.cursor, e.node.id, e.node.name])).toEqual(p.edges.map((e: any) => [e.cursor, e.node.id, e.node.name]));
  if (c.edges.length) {
    const aliases = c.edges.map((e: any, i: number) => `n${i}: entity(id: ${JSON.stringify(e.node.id)}) { ... on ${type} { id name ${nested} } }`);
    const reference = await ok<any>(app, `{ ${aliases.join(' ')} }`);
    for (const [i, e] of c.edges.entries()) expect(e.node, e.node.id).toEqual(reference[`n${i}`]);
  }
  return c;
}

describe('a list page with nested fields, compiled into one statement', () => {
  it('answers as the list and DataLoader paths do, page after page, in both directions', async () => {
    let nested = 0;
    for (const direction of ['ASC', 'DESC']) {
      for (const key of ['NAME', 'FOUNDED']) {
        let after: string | null = null;
        for (let page = 0; page < 3; page++) {
          const c: any = await compare(
            'organizations',
            `first: 15, orderBy: {key: ${key}, direction: ${direction}}${after ? `, after: ${JSON.stringify(after)}` : ''}`,
            NESTED,
          );
          expect(c.edges).toHaveLength(15);
          nested += c.edges.reduce((n: number, e: any) => n + e.node.platforms.reduce((m: number, x: any) => m + x.platform.members.length, 0), 0);
          after = c.pageInfo.endCursor;
        }
      }
    }
    expect(nested).toBeGreaterThan(50);
  });

  it('keeps the region, industry and kind filters, in the page and in totalCount', async () => {
    const cases = [
      `filter: {region: ${JSON.stringify(region)}}`,
      `filter: {industry: ${JSON.stringify(industry)}}`,
      `filter: {industry: ${JSON.stringify(industry)}, includeSubIndustries: false}`,
      'filter: {kinds: [ENTERPRISE]}, orderBy: {key: FOUNDED, direction: DESC}',
      `filter: {region: ${JSON.stringify(region)}, industry: ${JSON.stringify(industry)}, kinds: [ENTERPRISE, UNIVERSITY]}, first: 5`,
    ];
    for (const args of cases) {
      const c: any = await compare('organizations', args, NESTED);
      expect(c.totalCount, args).toBeGreaterThan(0);
      // Every match counted, and a next page exactly when there are more.
      expect(c.pageInfo.hasNextPage).toBe(c.totalCount > c.edges.length);
    }
    // The last page of a filter: hasNextPage false.
    const first = await compare('organizations', `filter: {region: ${JSON.stringify(region)}}, first: 3`, NESTED);
    const total = first.totalCount as number;
    if (total > 3) {
      const rest: any = await compare(
        'organizations',
        `filter: {region: ${JSON.stringify(region)}}, first: 50, after: ${JSON.stringify(first.pageInfo.endCursor)}`,
        NESTED,
      );
      expect(rest.edges).toHaveLength(Math.min(50, total - 3));
    }
  });

  it('answers empty pages with their count, and role-limited fields with their role only', async () => {
    const none: any = await compare('organizations', 'filter: {nameContains: "no organization is called this"}', NESTED);
    expect(none).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    // After the last node of the whole list: an empty page, the count of every match.
    const last = await ok<any>(app, '{ organizations(first: 1, orderBy: {key: NAME, direction: DESC}) { edges { cursor } } }');
    const beyond: any = await compare(
      'organizations',
      `first: 5, orderBy: {key: NAME, direction: ASC}, after: ${JSON.stringify(last.organizations.edges[0].cursor)}`,
      NESTED,
    );
    expect(beyond.edges).toEqual([]);
    expect(beyond.totalCount).toBeGreaterThan(200);

    const roles: any = await compare('organizations', 'first: 30', ROLE_LIMITED);
    const memberships = roles.edges.flatMap((e: any) => e.node.platforms);
    expect(memberships.length).toBeGreaterThan(0);
    for (const m of memberships) {
      expect(m.role).toBe('MEMBER');
      for (const l of m.platform.lead) expect(l.role).toBe('LEAD');
    }
    // Platforms too, with their members.
    await compare(
      'platforms',
      'first: 10, orderBy: {key: ESTABLISHED, direction: DESC}',
      'level host { id name } members(first: 5) { role chainPosition organization { id kind } }',
    );
  });

  it('refuses an unknown or wrong-kind filter id as the other path does, in the same one transaction', async () => {
    for (const id of ['region:nowhere', industry]) {
      const compiled = await gql(app, `{ organizations(filter: {region: ${JSON.stringify(id)}}) { totalCount nodes { id platforms { role } } } }`);
      const plain = await gql(app, `{ organizations(filter: {region: ${JSON.stringify(id)}}) { totalCount nodes { id } } }`);
      expect(compiled.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(compiled.errors?.[0]?.message).toBe(plain.errors?.[0]?.message);
      expect(compiled.extensions?.roundTrips).toBe(1);
    }
  });
});
