// The compared operations: the same answer asked of our GraphQL, of direct Cypher through
// neo4j-driver and (where it has the feature) of @neo4j/graphql. Each system's answer is brought
// to one canonical shape (lists sorted by id) so the run can assert that they are equal.

export interface Operation {
  name: string;
  /** Our GraphQL query; variables are { id } when the operation takes an id. */
  ours: string;
  /** The same answer in one Cypher statement, parameters { id }. */
  cypher: string;
  library?: string;
  takesId: boolean;
  /** The bare endpoint of bench/lib/servers.ts answers this operation too (the lookup only). */
  bare?: boolean;
  /** Canonical answers, per system. */
  fromOurs: (data: Record<string, unknown>) => unknown;
  fromCypher: (rows: Record<string, unknown>[]) => unknown;
  fromLibrary?: (data: Record<string, unknown>) => unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: canonicalizing untyped JSON answers
type Any = Record<string, any>;
const byId = <T extends Any>(xs: T[], key: (x: T) => string = (x) => `${x.id} ${x.role ?? ''}`) =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const membership = (x: Any, side: string) => ({ role: x.role, id: x[side].id, name: x[side].name });
const libEdge = (e: Any) => ({ role: e.properties.role, id: e.node.id, name: e.node.name });

export const LOOKUP: Operation = {
  name: 'organization(id) + platforms',
  takesId: true,
  bare: true,
  ours: 'query($id: ID!) { organization(id: $id) { id name kind platforms(first: 500) { role platform { id name } } } }',
  cypher: `MATCH (o:Entity {id: $id})
RETURN o.id AS id, o.name AS name, o.kind AS kind,
  COLLECT { MATCH (o)-[r:MEMBER_OF]->(p:Platform) RETURN {role: r.role, id: p.id, name: p.name} } AS platforms`,
  library:
    'query($id: ID!) { organizations(where: { id: { eq: $id } }) { id name kind platformsConnection { edges { properties { role } node { id name } } } } }',
  fromOurs: (d) => {
    const o = d.organization as Any;
    return { id: o.id, name: o.name, kind: o.kind, platforms: byId(o.platforms.map((m: Any) => membership(m, 'platform'))) };
  },
  fromCypher: ([r]) => ({
    id: r!.id,
    name: r!.name,
    kind: r!.kind,
    platforms: byId((r!.platforms as Any[]).map((p) => ({ role: p.role, id: p.id, name: p.name }))),
  }),
  fromLibrary: (d) => {
    const o = (d.organizations as Any[])[0]!;
    return { id: o.id, name: o.name, kind: o.kind, platforms: byId(o.platformsConnection.edges.map(libEdge)) };
  },
};

export const NESTED: Operation = {
  name: 'first 100 organizations x 20 platforms x 50 members',
  takesId: false,
  ours: `{ organizations(first: 100) { nodes { id name platforms(first: 20) { role platform { id name members(first: 50) { role organization { id name } } } } } } }`,
  cypher: `MATCH (o:Organization) WITH o ORDER BY o.name, o.id LIMIT 100
RETURN o.id AS id, o.name AS name,
  COLLECT { MATCH (o)-[r:MEMBER_OF]->(p:Platform) WITH r, p ORDER BY p.name, p.id LIMIT 20
    RETURN {role: r.role, id: p.id, name: p.name,
      members: COLLECT { MATCH (p)<-[r2:MEMBER_OF]-(m:Organization) WITH r2, m ORDER BY m.name, m.id LIMIT 50
        RETURN {role: r2.role, id: m.id, name: m.name} }} } AS platforms`,
  library: `{ organizations(limit: 100, sort: [{ name: ASC }, { id: ASC }]) { id name platformsConnection(first: 20, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) { edges { properties { role } node { id name membersConnection(first: 50, sort: [{ node: { name: ASC } }, { node: { id: ASC } }]) { edges { properties { role } node { id name } } } } } } } }`,
  fromOurs: (d) =>
    (d.organizations as Any).nodes.map((o: Any) => ({
      id: o.id,
      name: o.name,
      platforms: byId(
        o.platforms.map((m: Any) => ({ ...membership(m, 'platform'), members: byId(m.platform.members.map((x: Any) => membership(x, 'organization'))) })),
      ),
    })),
  fromCypher: (rows) =>
    rows.map((o) => ({
      id: o.id,
      name: o.name,
      platforms: byId(
        (o.platforms as Any[]).map((p) => ({
          role: p.role,
          id: p.id,
          name: p.name,
          members: byId((p.members as Any[]).map((m) => ({ role: m.role, id: m.id, name: m.name }))),
        })),
      ),
    })),
  fromLibrary: (d) =>
    (d.organizations as Any[]).map((o) => ({
      id: o.id,
      name: o.name,
      platforms: byId(o.platformsConnection.edges.map((e: Any) => ({ ...libEdge(e), members: byId(e.node.membersConnection.edges.map(libEdge)) }))),
    })),
};

// Neighbourhood, depth 2, every kind and relationship type, at most 50 neighbours of each kind
// per node (lowest ids first), as neighborhood() defines it. Compared as the set of node ids
// and the number of edges among them (our API pages at 1000 nodes: larger answers compare sizes).
export const NEIGHBORHOOD: Operation = {
  name: 'neighborhood depth 2',
  takesId: true,
  ours: 'query($id: ID!) { neighborhood(id: $id, depth: 2, first: 1000) { totalNodes truncated nodes { id } edges { id } } }',
  cypher: `MATCH (s:Entity {id: $id})
CALL (s) {
  MATCH (s)--(m:Entity)
  WITH DISTINCT m, [l IN labels(m) WHERE l IN $kinds][0] AS kind
  ORDER BY kind, m.id
  WITH kind, collect(m)[..50] AS ms
  UNWIND ms AS m
  RETURN collect(m) AS first
}
CALL (s, first) {
  UNWIND first AS a
  MATCH (a)--(m:Entity)
  WITH DISTINCT a, m, [l IN labels(m) WHERE l IN $kinds][0] AS kind
  ORDER BY kind, m.id
  WITH a, kind, collect(m)[..50] AS ms
  UNWIND ms AS m
  WITH DISTINCT m WHERE m <> s AND NOT m IN first
  RETURN collect(m) AS second
}
WITH [s] + first + second AS all
CALL (all) {
  UNWIND all AS a
  MATCH (a)-[r]-(b) WHERE b IN all
  RETURN count(DISTINCT r) AS edges
}
RETURN [n IN all | n.id] AS ids, edges`,
  fromOurs: (d) => {
    const n = d.neighborhood as Any;
    return n.totalNodes <= 1000 ? { nodes: n.nodes.map((x: Any) => x.id).sort(), edges: n.edges.length } : { nodes: n.totalNodes };
  },
  fromCypher: ([r]) => {
    const ids = r!.ids as string[];
    return ids.length <= 1000 ? { nodes: [...ids].sort(), edges: r!.edges } : { nodes: ids.length };
  },
};

export const OPERATIONS = [LOOKUP, NESTED, NEIGHBORHOOD];
