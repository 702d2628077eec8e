// Search as people type it: Chinese names of the seed's enterprises, people and platforms, one
// Chinese character inside a word, a Latin typo, indicator labels, exact-then-prefix ranking
// with ties broken by how connected an entity is, paging past 100 to the end, and bad input.
// Expected orders are computed here from the dataset files (names, and degrees counted from the
// relationship rows), never by the code under test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Graph } from '../../src/graph/graph.js';
import { applySchema } from '../../src/graph/setup.js';
import { parseSearchText } from '../../src/search/search-text.js';
import { HOSTILE_STRINGS } from '../hardening/corpus.js';
import { type App, fails, gql, ok, testApp, useSeededApp } from '../helpers/gql.js';
import { freshGraph, importFiles } from '../helpers/graph.js';

type Row = Record<string, any>;
type Files = Record<string, Row[]>;

// ---- The independent model: entities with their names and degrees, straight from the rows ----

interface Known {
  id: string;
  names: string[];
  degree: number;
}

const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/** Every named row of every node file, with its degree: relationship rows touching it (a supply link once) and indicator subjects. */
function model(files: Files): Map<string, Known> {
  const known = new Map<string, Known>();
  for (const [file, rows] of Object.entries(files)) {
    if (file.startsWith('sources')) continue; // sources are not searched
    for (const r of rows)
      if (typeof r.id === 'string' && !('from' in r))
        known.set(r.id, { id: r.id, names: [r.name, r.nameZh, r.label, ...(r.aliases ?? [])].filter((x) => typeof x === 'string').map(norm), degree: 0 });
  }
  const touch = (id: string) => {
    const k = known.get(id);
    if (k) k.degree++;
  };
  for (const rows of Object.values(files))
    for (const r of rows) {
      if ('from' in r) {
        touch(r.from);
        touch(r.to);
      } else if (typeof r.about === 'string') {
        touch(r.id);
        touch(r.about);
      }
    }
  return known;
}

/** Exact (0): a name is the text; prefix (1): each word starts one of a name's words (split at anything not a letter or digit); else 2. */
function tier(k: Known, text: string): number {
  if (k.names.includes(norm(text))) return 0;
  const words = norm(text).split(/\s+/);
  const starts = k.names.flatMap((n) => n.split(/[^\p{L}\p{N}]+/u));
  return words.every((w) => starts.some((s) => s.startsWith(w))) ? 1 : 2;
}
const MATCH = ['EXACT', 'PREFIX', 'OTHER'];

/**
 * The order a search must give `ids`: by tier, then degree. Entities equal on both may come in
 * any order, so the comparison is group by group: [tier, degree, sorted ids of the group].
 */
function groups(known: Map<string, Known>, text: string, ids: string[]) {
  const keyed = ids.map((id) => ({ id, t: tier(known.get(id)!, text), d: known.get(id)!.degree }));
  const out: [string, number, string[]][] = [];
  for (const k of keyed) {
    const last = out.at(-1);
    if (last && last[0] === MATCH[k.t] && last[1] === k.d) last[2].push(k.id);
    else out.push([MATCH[k.t]!, k.d, [k.id]]);
  }
  return out.map(([m, d, g]) => [m, d, g.sort()]);
}
const expectedGroups = (known: Map<string, Known>, text: string, ids: string[]) =>
  groups(
    known,
    text,
    [...ids].sort((a, b) => tier(known.get(a)!, text) - tier(known.get(b)!, text) || known.get(b)!.degree - known.get(a)!.degree),
  );

/** Levenshtein distance, for which names a one-typo search may reach. */
function edits(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

// ---- Fixtures ----

const seedFiles = (): Files => {
  const dir = path.join(PROJECT_ROOT, 'seeds');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => [
        f,
        readFileSync(path.join(dir, f), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l)),
      ]),
  );
};

/** A fresh database holding `files` (JSON Lines), and the app over it, for one describe block. */
function useDataset(files: () => Files): { app: () => App; graph: () => Graph } {
  let graph: Graph;
  let app: App;
  beforeAll(async () => {
    graph = await freshGraph();
    const jsonl = Object.entries(files()).map(([name, rows]) => [name, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`]);
    await importFiles(graph, Object.fromEntries(jsonl));
    app = testApp(graph);
  }, 120_000);
  afterAll(async () => {
    await graph.close();
  });
  return { app: () => app, graph: () => graph };
}

const SEARCH = `query($t: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $t, kinds: $kinds, first: $first) { score match degree entity { __typename id ... on Indicator { value } } }
}`;
const PAGE = `query($t: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
  searchConnection(text: $t, kinds: $kinds, first: $first, after: $after) {
    totalCount truncated pageInfo { hasNextPage endCursor } edges { cursor match degree node { id } }
  }
}`;
const ids = (hits: { entity: { id: string } }[]) => hits.map((h) => h.entity.id);

/** Every page of a search, followed to the end. */
async function allPages(app: App, text: string, first: number, kinds?: string[]) {
  const edges: { match: string; degree: number; node: { id: string } }[] = [];
  let after: string | null = null;
  let last: any;
  for (let i = 0; i < 100; i++) {
    last = (await ok(app, PAGE, { t: text, kinds, first, after })).searchConnection;
    edges.push(...last.edges);
    if (!last.pageInfo.hasNextPage) break;
    after = last.pageInfo.endCursor;
  }
  return { edges, last };
}

// ---- On the seed graph ----

describe('the seed graph', () => {
  const { app } = useSeededApp();
  const files = seedFiles();
  const known = model(files);

  it.each([
    ['神工', 'org:shengong-semiconductor'],
    ['神工半导体', 'org:shengong-semiconductor'],
    ['捷通', 'org:jinzhou-jietong-railway'],
    ['锦州捷通', 'org:jinzhou-jietong-railway'],
    ['石扬', 'person:shi-yang'],
    ['缙云', 'region:cn-zhejiang-lishui-jinyun'],
    ['中复神鹰', 'org:zhongfu-shenying'],
    ['苏大维格', 'org:sudaweig'],
  ])('finds %s by its Chinese name, first', async (text, id) => {
    const hits = (await ok(app(), SEARCH, { t: text })).search;
    expect(ids(hits)[0]).toBe(id);
  });

  it('marks the Chinese names it adds to the articles as inferred, with a note', async () => {
    const data = await ok(
      app(),
      '{ organization(id: "org:shengong-semiconductor") { nameZh provenance { inferred note } } person(id: "person:shi-yang") { nameZh } }',
    );
    expect(data.organization).toMatchObject({
      nameZh: '锦州神工半导体股份有限公司',
      provenance: { inferred: true, note: expect.stringMatching(/nameZh from general knowledge/) },
    });
    expect(data.person.nameZh).toBe('石扬');
  });

  it('ranks every entity whose names hold the text: exact, then prefix, then the rest, by degree', async () => {
    for (const text of ['石扬', '缙云', '锦', '州', '工']) {
      const hits = (await ok(app(), SEARCH, { t: text, first: 100 })).search;
      const holding = [...known.values()].filter((k) => k.names.some((n) => n.includes(text))).map((k) => k.id);
      expect(ids(hits).sort(), text).toEqual(holding.sort());
      expect(groups(known, text, ids(hits)), text).toEqual(expectedGroups(known, text, holding));
      expect(
        hits.map((h: any) => [h.match, h.degree]),
        text,
      ).toEqual(ids(hits).map((id) => [MATCH[tier(known.get(id)!, text)], known.get(id)!.degree]));
    }
  });

  it('finds a single Chinese character inside a word (角 in 长江三角洲)', async () => {
    const hits = (await ok(app(), SEARCH, { t: '角' })).search;
    expect(hits).toEqual([expect.objectContaining({ match: 'OTHER', entity: expect.objectContaining({ id: 'region:cn-yangtze-river-delta' }) })]);
  });

  it('finds a Latin name within one typo, ranked below names that match as typed', async () => {
    const typo = (await ok(app(), SEARCH, { t: 'Jinzou' })).search;
    expect(ids(typo)).toContain('region:cn-liaoning-jinzhou');
    expect(typo.find((h: any) => h.entity.id === 'region:cn-liaoning-jinzhou').match).toBe('OTHER');
    // Every hit is within one edit of a word of its names: the typo tolerance reaches no further.
    for (const id of ids(typo))
      expect(
        known.get(id)!.names.some((n) => n.split(/[^\p{L}\p{N}]+/u).some((w) => edits(w, 'jinzou') <= 1)),
        id,
      ).toBe(true);
    const exact = (await ok(app(), SEARCH, { t: 'jinzhou' })).search;
    expect(exact[0]).toMatchObject({ match: 'EXACT', entity: { id: 'region:cn-liaoning-jinzhou' } });
  });

  it('searches indicator labels: "key laboratories" finds the figure of 25 provincial key laboratories', async () => {
    const hits = (await ok(app(), SEARCH, { t: 'key laboratories' })).search;
    expect(hits).toContainEqual(
      expect.objectContaining({ match: 'PREFIX', entity: { __typename: 'Indicator', id: 'fig:a000-provincial-key-laboratory-count', value: 25 } }),
    );
    const only = (await ok(app(), SEARCH, { t: 'key laboratories', kinds: ['INDICATOR'] })).search;
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((h: any) => h.entity.__typename === 'Indicator')).toBe(true);
  });

  it('searches the text as words, never as Lucene syntax', async () => {
    // Were AND / NOT operators, this would need both words, or exclude Shengong.
    const words = ids((await ok(app(), SEARCH, { t: 'Jinzhou AND NOT Shengong', first: 100 })).search);
    expect(words).toEqual(expect.arrayContaining(['region:cn-liaoning-jinzhou', 'org:shengong-semiconductor']));
    const hostile = 'AND OR ~ * ? : \\ " ( ) [ ] { } ^ / && || ! + -';
    const r = await gql(app(), SEARCH, { t: hostile, first: 100 });
    expect(r.errors).toBeUndefined();
    // Only the words "and" and "or" are searched: every hit has a name word starting with one.
    for (const id of ids(r.data!.search))
      expect(
        known.get(id)!.names.some((n) => /(^|[^\p{L}\p{N}])(and|or)/u.test(n)),
        id,
      ).toBe(true);
    for (const t of [
      'jinzhou~5',
      'jin*',
      'name:jinzhou',
      '"unbalanced',
      '(jinzhou',
      'jinzhou^100',
      '/jin.*/',
      'shengong\\',
      '[a TO z]',
      '{!lucene}锦州',
      'org:shengong-semiconductor',
    ]) {
      const res = await gql(app(), SEARCH, { t });
      expect(res.errors, t).toBeUndefined();
    }
    // Operators and punctuation around a word leave the word: each of these finds Jinzhou.
    for (const t of ['(jinzhou', 'jinzhou)', '"jinzhou"', 'jinzhou*', 'jinzhou~', '+jinzhou -shengong', '!jinzhou'])
      expect(ids((await ok(app(), SEARCH, { t, first: 100 })).search), t).toContain('region:cn-liaoning-jinzhou');
  });

  it('answers BAD_USER_INPUT saying what to do for text it cannot search', async () => {
    const cases: [unknown, RegExp][] = [
      ['', /text must contain a letter or a digit: give a name/],
      ['   ', /text must contain a letter or a digit/],
      ['* ? ~ " ( )', /text must contain a letter or a digit/],
      ['x'.repeat(5000), /^text is 5000 characters; search for at most 200 \(a name or a few words of one\)$/],
      ['锦'.repeat(201), /^text is 201 characters; search for at most 200/],
      [Array.from({ length: 21 }, (_, i) => `w${i}`).join(' '), /^text has 21 words; search for at most 20/],
    ];
    for (const [t, message] of cases) {
      for (const query of [SEARCH, PAGE]) {
        const e = await fails(app(), query, { t });
        expect(e.message, String(t).slice(0, 20)).toMatch(message);
        expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
      }
    }
    const source = await fails(app(), SEARCH, { t: 'Jinzhou', kinds: ['REGION', 'SOURCE'] });
    expect(source).toMatchObject({
      message: expect.stringMatching(/^kinds: sources are not searched .*; leave SOURCE out/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'kinds' },
    });
    const big = await fails(app(), SEARCH, { t: '锦州', first: 101 });
    expect(big).toMatchObject({ message: 'first must be between 0 and 100, got 101', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('rejects a cursor it did not issue, or one of another search', async () => {
    for (const after of ['garbage', Buffer.from('[[1],2]').toString('base64url'), Buffer.from('["x",-1]').toString('base64url')]) {
      const e = await fails(app(), PAGE, { t: '锦州', first: 2, after });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/^after is (not a cursor this server issued|a cursor of another search); pass pageInfo\.endCursor/);
    }
    const first = (await ok(app(), PAGE, { t: '锦州', first: 1 })).searchConnection;
    const other = await fails(app(), PAGE, { t: '缙云', first: 1, after: first.pageInfo.endCursor });
    expect(other).toMatchObject({ message: expect.stringMatching(/^after is a cursor of another search/), extensions: { code: 'BAD_USER_INPUT' } });
    const otherKinds = await fails(app(), PAGE, { t: '锦州', kinds: ['REGION'], first: 1, after: first.pageInfo.endCursor });
    expect(otherKinds.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the same hits in search and in the pages of searchConnection', async () => {
    const list = (await ok(app(), SEARCH, { t: '锦', first: 100 })).search;
    const { edges, last } = await allPages(app(), '锦', 2);
    expect(edges.map((e) => e.node.id)).toEqual(ids(list));
    expect(last).toMatchObject({ totalCount: list.length, truncated: false, pageInfo: { hasNextPage: false } });
  });
});

// ---- Ranking: fourteen Cambridge organizations, the university the most connected ----

const CAMBRIDGE_ORGS = [
  ['org:uni', 'UNIVERSITY', 'University of Cambridge'],
  ['org:ent', 'ENTERPRISE', 'Cambridge Enterprise Ltd'],
  ['org:consult', 'ENTERPRISE', 'Cambridge Consultants'],
  ['org:cdt', 'ENTERPRISE', 'Cambridge Display Technology'],
  ['org:cuh', 'OTHER', 'Cambridge University Hospitals NHS Foundation Trust'],
  ['org:aru', 'UNIVERSITY', 'Anglia Ruskin University Cambridge'],
  ['org:park', 'OTHER', 'Cambridge Science Park'],
  ['org:cic', 'ENTERPRISE', 'Cambridge Innovation Capital'],
  ['org:mech', 'ENTERPRISE', 'Cambridge Mechatronics'],
  ['org:quantum', 'ENTERPRISE', 'Cambridge Quantum Computing'],
  ['org:cancer', 'ENTERPRISE', 'Cambridge Cancer Genomics'],
  ['org:council', 'GOVERNMENT', 'Cambridgeshire County Council'],
  ['org:judge', 'UNIVERSITY', 'Judge Business School, Cambridge'],
  ['org:society', 'OTHER', 'The Cambridge Building Society'],
] as const;

function cambridgeFiles(): Files {
  const partners = Array.from({ length: 12 }, (_, i) => ({ id: `org:partner${i}`, kind: 'ENTERPRISE', name: `Partner ${i}` }));
  const platforms = Array.from({ length: 8 }, (_, i) => ({ id: `plat:p${i}`, kind: 'KEY_LABORATORY', name: `Laboratory ${i}` }));
  // Degrees: the university in 8 platforms; the others in (index mod 6) of them; the town has a few.
  const members = CAMBRIDGE_ORGS.flatMap(([id], i) => platforms.slice(0, id === 'org:uni' ? 8 : i % 6).map((p) => ({ from: id, to: p.id, role: 'MEMBER' })));
  return {
    'sources.jsonl': [{ id: 'src:t', title: 'Test' }],
    'regions.jsonl': [
      { id: 'region:gb', name: 'United Kingdom', level: 'COUNTRY', country: 'GB' },
      { id: 'region:gb-cambridge', name: 'Cambridge', level: 'CITY' },
    ],
    'organizations.jsonl': [
      ...CAMBRIDGE_ORGS.map(([id, kind, name]) => ({ id, kind, name })),
      // A misspelt name, many links: one typo away, so found, but after every match as typed.
      { id: 'org:typo', kind: 'ENTERPRISE', name: 'Cambrige Tools' },
      ...partners,
    ],
    'platforms.jsonl': platforms,
    'part_of.jsonl': [{ from: 'region:gb-cambridge', to: 'region:gb' }],
    'located_in.jsonl': CAMBRIDGE_ORGS.slice(0, 4).map(([id]) => ({ from: id, to: 'region:gb-cambridge' })),
    'member_of.jsonl': [...members, ...platforms.map((p) => ({ from: 'org:typo', to: p.id, role: 'MEMBER' }))],
    'supplies.jsonl': [
      ...partners.slice(0, 4).map((p) => ({ from: p.id, to: 'org:uni', product: 'equipment' })),
      ...partners.map((p) => ({ from: p.id, to: 'org:typo', product: 'tools' })),
    ],
  };
}

describe('ranking among fourteen Cambridge organizations', () => {
  const files = cambridgeFiles();
  const known = model(files);
  const { app } = useDataset(() => files);

  it('puts the exact name first, then the most connected: the university first among the organizations', async () => {
    const hits = (await ok(app(), SEARCH, { t: 'Cambridge', first: 100 })).search;
    // Expected hits: names with a word starting "cambridge", or one edit from it.
    const reach = [...known.values()]
      .filter((k) => k.names.some((n) => n.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith('cambridge') || edits(w, 'cambridge') <= 1)))
      .map((k) => k.id);
    expect(ids(hits).sort()).toEqual(reach.sort());
    expect(groups(known, 'Cambridge', ids(hits))).toEqual(expectedGroups(known, 'Cambridge', reach));
    expect(ids(hits).slice(0, 2)).toEqual(['region:gb-cambridge', 'org:uni']);
    expect(ids(hits).at(-1)).toBe('org:typo');
    // The default page of 10 holds the university; among organizations it is first.
    expect(ids((await ok(app(), SEARCH, { t: 'Cambridge', kinds: ['ORGANIZATION'] })).search)[0]).toBe('org:uni');
  });

  it('ranks a typed prefix and a multi-word name the same way', async () => {
    for (const text of ['Cambr', 'cambridge consultants', 'University of Cambridge', 'Cambridge University']) {
      const hits = (await ok(app(), SEARCH, { t: text, first: 100 })).search;
      expect(groups(known, text, ids(hits)), text).toEqual(expectedGroups(known, text, ids(hits)));
    }
    expect((await ok(app(), SEARCH, { t: 'university of cambridge' })).search[0]).toMatchObject({ match: 'EXACT', entity: { id: 'org:uni' } });
  });
});

// ---- Paging: 公司 in 103 companies ----

const SYLLABLES = ['华', '海', '金', '安', '东', '新', '瑞', '恒', '宏', '远', '泰'];
function companyFiles(): Files {
  const orgs = Array.from({ length: 103 }, (_, i) => ({
    id: `org:c${i}`,
    kind: 'ENTERPRISE',
    nameZh: `${SYLLABLES[i % 11]}${SYLLABLES[Math.floor(i / 11) % 11]}${i}化工有限公司`,
  }));
  const industries = Array.from({ length: 5 }, (_, i) => ({ id: `ind:i${i}`, name: `Product ${i}` }));
  return {
    'sources.jsonl': [{ id: 'src:t', title: 'Test' }],
    'industries.jsonl': industries,
    'organizations.jsonl': orgs,
    // Degrees 0..4, so the ranking has groups the pages must keep in order.
    'in_industry.jsonl': orgs.flatMap((o, i) => industries.slice(0, i % 5).map((ind) => ({ from: o.id, to: ind.id }))),
  };
}

describe('paging 公司 through 103 companies', () => {
  const files = companyFiles();
  const known = model(files);
  const { app } = useDataset(() => files);

  it('reaches all 103 a page at a time, in order, and says so when the pages end', async () => {
    const { edges, last } = await allPages(app(), '公司', 20);
    const got = edges.map((e) => e.node.id);
    expect(new Set(got).size).toBe(103);
    expect(got.sort()).toEqual(files['organizations.jsonl']!.map((o) => o.id).sort());
    expect(
      groups(
        known,
        '公司',
        edges.map((e) => e.node.id),
      ),
    ).toEqual(expectedGroups(known, '公司', got));
    expect(last).toMatchObject({ totalCount: 103, truncated: false, pageInfo: { hasNextPage: false } });
    // The list form gives the first page, as before, at most 100.
    expect(ids((await ok(app(), SEARCH, { t: '公司', first: 100 })).search)).toEqual(edges.slice(0, 100).map((e) => e.node.id));
  });

  it('finds one character inside every word that holds it', async () => {
    const hits = (await ok(app(), SEARCH, { t: '化', first: 100 })).search;
    expect(hits).toHaveLength(100);
    const { last } = await allPages(app(), '化', 100);
    expect(last.totalCount).toBe(103);
  });
});

// ---- Truncation: more hits than the ranking covers ----

describe('more matches than the ranking covers', () => {
  const N = 2050;
  const files = (): Files => ({
    'sources.jsonl': [{ id: 'src:t', title: 'Test' }],
    'organizations.jsonl': Array.from({ length: N }, (_, i) => ({ id: `org:w${i}`, kind: 'ENTERPRISE', name: `Widget Works ${i}` })),
  });
  const { app } = useDataset(files);

  it('counts them all, pages to the end of the ranking and flags the rest as truncated', async () => {
    const { edges, last } = await allPages(app(), 'widget', 100);
    expect(last).toMatchObject({ totalCount: N, truncated: true, pageInfo: { hasNextPage: false } });
    expect(new Set(edges.map((e) => e.node.id)).size).toBe(edges.length);
    expect(edges.length).toBeLessThan(N);
  });
});

// ---- An existing database: the index is rebuilt with the new analyzer at start-up ----

describe('a database whose search index predates single-character search', () => {
  const { app, graph } = useDataset(() => ({
    'sources.jsonl': [{ id: 'src:t', title: 'Test' }],
    'regions.jsonl': [{ id: 'region:yrd', name: 'Yangtze River Delta', nameZh: '长江三角洲', level: 'MACRO_REGION' }],
  }));

  it('gets entity_names rebuilt at start-up, and then finds 角 inside 三角洲', async () => {
    const db = graph().session();
    await db.write('admin/drop-index', { name: 'entity_names' });
    await db.write('admin/test/create-old-entity-names');
    expect((await db.read('admin/fulltext-indexes')).find((r) => r.name === 'entity_names')?.analyzer).toBe('cjk');
    expect((await ok(app(), SEARCH, { t: '角' })).search).toEqual([]);
    await applySchema(graph());
    expect((await db.read('admin/fulltext-indexes')).find((r) => r.name === 'entity_names')).toMatchObject({ analyzer: 'standard-no-stop-words' });
    expect(ids((await ok(app(), SEARCH, { t: '角' })).search)).toEqual(['region:yrd']);
  });
});

// ---- The Lucene query itself: user text only ever inside quotes ----

describe('the Lucene query built from hostile text', () => {
  it('leaves nothing of the text outside quoted phrases but letters, digits, a prefix * and a one-edit ~1', () => {
    const texts = [...HOSTILE_STRINGS.map((h) => h.value), 'AND OR ~ * ? : \\ " ( ) [ ] { } ^ /', 'a"b\\"c OR d', 'x\\" OR *:*'];
    let checked = 0;
    for (const t of texts) {
      const parsed = parseSearchText(t.slice(0, 200));
      if ('error' in parsed) continue;
      checked++;
      // Drop every quoted phrase (backslash escapes inside), then what is left must be our own syntax.
      const outside = parsed.query.replace(/"(?:[^"\\]|\\.)*"/gu, '');
      // Token by token (one regex over the whole would backtrack exponentially on a failure); no
      // upper case, so no AND, NOT or TO operator but our own OR.
      for (const token of outside.split(/[\s()]+/u).filter(Boolean)) expect(token, t).toMatch(/^(?:OR|[\p{Ll}\p{Lo}\p{Lm}\p{N}]+(?:\*|~1)?)$/u);
    }
    expect(checked).toBeGreaterThan(40);
  });
});
