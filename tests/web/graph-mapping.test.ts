// GraphQL answers to the drawn graph: chains, supply links and missing links map to nodes and
// edges with the API's edge ids, merging keeps the first occurrence, details hide the importer's
// bookkeeping and set provenance apart, and GraphML carries every node and property.
import { describe, expect, it } from 'vitest';
import { toGraphml, toJson } from '../../web/src/graph/export.js';
import {
  type ApiEdge,
  type ApiNode,
  type Chain,
  CLUSTER_KIND,
  capGraph,
  chainGraph,
  displayName,
  edgeLabel,
  groupProperties,
  mergeGraphs,
  missingLinksGraph,
  supplyGraph,
} from '../../web/src/graph/model.js';

const prov = (evidence: string) => ({ evidence, source: { id: 'src:a000', title: 'Report' } });
const org = (id: string, name: string) => ({ __typename: 'Organization', id, name, orgKind: 'ENTERPRISE' });

const chain: Chain = {
  length: 2,
  organizations: [org('org:a', 'A'), org('org:b', 'B'), org('org:c', 'C')],
  hops: [
    {
      from: org('org:a', 'A'),
      to: org('org:b', 'B'),
      via: 'PLATFORM',
      connector: { __typename: 'Platform', id: 'plat:p', name: 'P', nameZh: '平台', platformKind: 'KEY_LABORATORY', level: 'PROVINCIAL' },
      fromEnd: { relationship: 'HOSTED_BY', role: 'HOST', provenance: prov('P relies on A') },
      toEnd: { relationship: 'MEMBER_OF', role: 'MEMBER', since: 2021, provenance: prov('B joined P') },
    },
    {
      from: org('org:b', 'B'),
      to: org('org:c', 'C'),
      via: 'SUPPLY',
      connector: { __typename: 'SupplyLink', id: '', name: '', product: 'wafers', since: 2020 },
      fromEnd: { relationship: 'SUPPLIES', role: 'CUSTOMER', since: 2020, provenance: prov('C supplies B') },
      toEnd: { relationship: 'SUPPLIES', role: 'SUPPLIER', since: 2020, provenance: prov('C supplies B') },
    },
  ],
};

describe('GraphQL to graph mapping', () => {
  it('draws a chain as its organizations, connector nodes and relationships in their stored direction', () => {
    const g = chainGraph(chain);
    expect(g.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['org:a', 'ORGANIZATION'],
      ['org:b', 'ORGANIZATION'],
      ['org:c', 'ORGANIZATION'],
      ['plat:p', 'PLATFORM'],
    ]);
    expect(g.nodes[3]!.properties).toMatchObject({ kind: 'KEY_LABORATORY', level: 'PROVINCIAL', nameZh: '平台' });
    expect(g.edges.map((e) => e.id)).toEqual(['plat:p-HOSTED_BY->org:a', 'org:b-MEMBER_OF->plat:p', 'org:c-SUPPLIES->org:b']);
    expect(g.edges[1]!.properties).toMatchObject({ role: 'MEMBER', since: 2021, evidence: 'B joined P', source: 'src:a000' });
    expect(g.edges[2]!.properties).toMatchObject({ product: 'wafers', since: 2020 });
  });

  it('draws supply links as SUPPLIES between organizations and UPSTREAM_OF between industries', () => {
    const ind = (id: string) => ({ __typename: 'Industry', id, name: id });
    const g = supplyGraph(org('org:b', 'B'), [
      { from: org('org:a', 'A'), to: org('org:b', 'B'), depth: 1, product: 'x', since: 2019, provenance: prov('A supplies B') },
      { from: ind('ind:x'), to: ind('ind:y'), depth: 1, provenance: prov('x feeds y') },
    ]);
    expect(g.nodes.map((n) => n.id)).toEqual(['org:b', 'org:a', 'ind:x', 'ind:y']);
    expect(g.edges.map((e) => e.id)).toEqual(['org:a-SUPPLIES->org:b', 'ind:x-UPSTREAM_OF->ind:y']);
  });

  it('marks the missing segments of a regional chain and links segments in chain order', () => {
    const seg = (id: string, distance: number, count: number) => ({
      industry: { id, name: id },
      position: distance < 0 ? 'UPSTREAM' : distance > 0 ? 'DOWNSTREAM' : 'MIDSTREAM',
      distance,
      enterpriseCount: count,
      missing: count === 0,
    });
    const g = missingLinksGraph('region:r', [seg('ind:mid', 0, 2), seg('ind:up', -1, 0), seg('ind:down', 1, 1)]);
    expect(g.nodes.find((n) => n.id === 'ind:up')!.properties).toMatchObject({ missing: true, enterpriseCount: 0 });
    expect(g.edges.map((e) => e.id)).toEqual(['ind:up-UPSTREAM_OF->ind:mid', 'ind:mid-UPSTREAM_OF->ind:down']);
  });

  it('merges graphs keeping first occurrences and drops edges whose ends are not drawn', () => {
    const n = (id: string, label = id) => ({ id, kind: 'ORGANIZATION', label, properties: {} });
    const e = (s: string, t: string) => ({ id: `${s}-X->${t}`, type: 'X', source: s, target: t, properties: {} });
    const g = mergeGraphs({ nodes: [n('a', 'first'), n('b')], edges: [e('a', 'b')] }, { nodes: [n('a', 'second')], edges: [e('a', 'b'), e('a', 'z')] });
    expect(g.nodes.map((x) => x.label)).toEqual(['first', 'b']);
    expect(g.edges.map((x) => x.id)).toEqual(['a-X->b']);
  });

  it('groups details: provenance apart, import fields hidden, inferred facts flagged', () => {
    const groups = groupProperties({
      id: 'org:a',
      name: 'A',
      importFile: 'seeds/x.jsonl',
      importLine: 3,
      aliasText: 'a',
      source: 'src:a000',
      evidence: 'says so',
      inferred: true,
      note: 'a reading',
    });
    expect(groups.facts.map(([k]) => k)).toEqual(['id', 'name']);
    expect(groups.provenance.map(([k]) => k)).toEqual(['evidence', 'inferred', 'note', 'source']);
    expect(groups.inferred).toBe(true);
  });

  it('names in the chosen language where the entity has both, and labels edges with role, product and year', () => {
    const node = { label: 'Semiconductors', properties: { nameZh: '半导体' } };
    expect(displayName(node, 'zh')).toBe('半导体');
    expect(displayName(node, 'en')).toBe('Semiconductors');
    expect(displayName({ label: 'Jinyun', properties: {} }, 'zh')).toBe('Jinyun');
    expect(edgeLabel({ type: 'MEMBER_OF', properties: { role: 'LEAD', since: 2022 } })).toBe('LEAD · 2022');
    expect(edgeLabel({ type: 'SUPPLIES', properties: { product: 'wafers' } })).toBe('wafers');
    expect(edgeLabel({ type: 'LOCATED_IN', properties: {} })).toBe('LOCATED_IN');
    // Chinese interface: relationship types, roles and chain positions translated, the rest kept.
    expect(edgeLabel({ type: 'MEMBER_OF', properties: { role: 'LEAD', chainPosition: 'UPSTREAM', since: 2022 } }, 'zh')).toBe('牵头 · 上游 · 2022');
    expect(edgeLabel({ type: 'LOCATED_IN', properties: {} }, 'zh')).toBe('位于');
    expect(edgeLabel({ type: 'SUPPLIES', properties: { product: 'wafers' } }, 'zh')).toBe('wafers');
  });

  it('exports JSON as given and GraphML with a typed key per property', () => {
    const g = chainGraph(chain);
    expect(JSON.parse(toJson(g))).toEqual({ nodes: g.nodes, edges: g.edges });
    const xml = toGraphml(g);
    expect((xml.match(/<node /g) ?? []).length).toBe(4);
    expect((xml.match(/<edge /g) ?? []).length).toBe(3);
    expect(xml).toContain('<key id="e_since" for="edge" attr.name="since" attr.type="double"/>');
    expect(xml).toContain('source="plat:p" target="org:a"');
  });

  describe('a view above the node cap', () => {
    // A star of 30 around a focus, plus a chain of 20 far nodes: 51 nodes, cap 10.
    const kinds = ['ORGANIZATION', 'PLATFORM', 'PROJECT'];
    const nodes: ApiNode[] = [{ id: 'f', kind: 'REGION', label: 'F', depth: 0, properties: {} }];
    const edges: ApiEdge[] = [];
    for (let i = 0; i < 30; i++) {
      nodes.push({ id: `a${i}`, kind: kinds[i % 3]!, label: `A${i}`, depth: 1, properties: {} });
      edges.push({ id: `f-X->a${i}`, type: 'X', source: 'f', target: `a${i}`, properties: {} });
    }
    for (let i = 0; i < 20; i++) {
      nodes.push({ id: `b${i}`, kind: kinds[i % 3]!, label: `B${i}`, depth: 2, properties: {} });
      edges.push({ id: `a${i % 30}-X->b${i}`, type: 'X', source: `a${i % 30}`, target: `b${i}`, properties: {} });
    }
    const g = { nodes, edges };

    it('draws as it is at or under the cap', () => {
      const c = capGraph(g, nodes.length);
      expect(c.data).toBe(g);
      expect(c.hidden).toBe(0);
    });

    it('keeps the cap of nodes nearest the focus and pinned ids, and folds the rest into one "+N KIND" group per kind', () => {
      const c = capGraph(g, 10, ['b7']);
      const drawn = c.data.nodes.filter((n) => n.kind !== CLUSTER_KIND);
      expect(drawn).toHaveLength(10);
      expect(drawn.map((n) => n.id)).toContain('f');
      expect(drawn.map((n) => n.id)).toContain('b7');
      expect(drawn.filter((n) => n.depth === 2).map((n) => n.id)).toEqual(['b7']);
      // Counted here: every node not drawn, by kind.
      const rest = new Map<string, number>();
      for (const n of nodes) if (!drawn.includes(n)) rest.set(n.kind, (rest.get(n.kind) ?? 0) + 1);
      const groups = c.data.nodes.filter((n) => n.kind === CLUSTER_KIND);
      expect(new Map(groups.map((n) => [n.properties.groupOf, n.properties.count]))).toEqual(rest);
      for (const n of groups) expect(n.label).toBe(`+${n.properties.count} ${n.properties.groupOf}`);
      expect(c.hidden).toBe(nodes.length - 10);
      expect([...c.groups.values()].flat()).toHaveLength(c.hidden);
    });

    it('sends every relationship to a folded node to its group, one edge per pair with the count', () => {
      const c = capGraph(g, 10);
      const ids = new Set(c.data.nodes.map((n) => n.id));
      for (const e of c.data.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      const home = new Map<string, string>();
      for (const [gid, members] of c.groups) for (const m of members) home.set(m.id, gid);
      const at = (id: string) => home.get(id) ?? id;
      // Every original edge is either drawn or counted once in a grouped edge (none within a group).
      const expected = new Map<string, number>();
      for (const e of edges) {
        const [s, t] = [at(e.source), at(e.target)];
        if (s !== e.source || t !== e.target) if (s !== t) expected.set(`${s}>${t}`, (expected.get(`${s}>${t}`) ?? 0) + 1);
      }
      const grouped = c.data.edges.filter((e) => e.type === 'GROUPED');
      expect(new Map(grouped.map((e) => [`${e.source}>${e.target}`, e.properties.count]))).toEqual(expected);
      expect(edgeLabel(grouped[0]!)).toBe(`×${grouped[0]!.properties.count}`);
    });
  });
});
