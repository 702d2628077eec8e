// GraphQL answers to the drawn graph: chains, supply links and missing links map to nodes and
// edges with the API's edge ids, merging keeps the first occurrence, details hide the importer's
// bookkeeping and set provenance apart, and GraphML carries every node and property.
import { describe, expect, it } from 'vitest';
import { toGraphml, toJson } from '../../web/src/graph/export.js';
import { type Chain, chainGraph, displayName, edgeLabel, groupProperties, mergeGraphs, missingLinksGraph, supplyGraph } from '../../web/src/graph/model.js';

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
});
