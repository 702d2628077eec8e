// The front end in a real browser (Debian's chromium, headless, every non-loopback request
// blocked), served by the real server over the seeded Neo4j: what a planner and a dashboard
// developer do, each step checked against the API's own answer. Screenshots of every state go
// to tests/web/artifacts/ (git-ignored); a blank graph canvas fails the test.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildWeb } from '../../web/build.mjs';
import { type App, ok, testApp, useSeededApp } from '../helpers/gql.js';
import { inkedPixels, launch, listen, offlineContext, screenshot, settled } from './browser.js';

const { graph } = useSeededApp();
let app: App;
let browser: Browser;
let service: { server: Server; origin: string };
let allowedHost: { server: Server; origin: string };
let refusedHost: { server: Server; origin: string };
const contexts: { context: BrowserContext; blocked: string[] }[] = [];

const SHENGONG = 'org:shengong-semiconductor';
const JIETONG = 'org:jinzhou-jietong-railway';
const CENTER = 'plat:jinzhou-provincial-industrial-technical-center';
const JINYUN = 'plat:jinyun-sawing-machine-characteristic-machinery-complex';
const JINZHOU = 'region:cn-liaoning-jinzhou';

// Keys the service admits: the dashboard's reader key (typed into the documented snippet where it
// says 'kg_...') and an admin key for the fixture mutations. Anonymous requests stay readers.
const DASHBOARD_KEY = `kg_${'d'.repeat(43)}`;
const ADMIN_KEY = `kg_${'a'.repeat(43)}`;
const sha = (k: string) => createHash('sha256').update(k).digest('hex');
const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };

/** The copy-paste snippets of docs/embedding.md (its html blocks), verbatim. */
const DOC_SNIPPETS = [...readFileSync(path.join(PROJECT_ROOT, 'docs/embedding.md'), 'utf8').matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]!);
const DOC_ORIGIN = 'https://kg.example:4000';

/**
 * The page a dashboard on another origin would serve: the documented snippets as a developer
 * would paste them, with only the service's address and the key filled in, then the test's own
 * probes (a classic script, so it listens before the component's module runs).
 */
const hostPage = (svc: string) => `<!doctype html><meta charset="utf-8"><title>dashboard</title>
${DOC_SNIPPETS.map((snippet) => snippet.replaceAll(DOC_ORIGIN, svc).replaceAll("'kg_...'", `'${DASHBOARD_KEY}'`)).join('\n')}
<script>
  window.events = [];
  window.messages = [];
  const g = document.querySelector('kg-graph');
  for (const type of ['ready', 'error', 'node-select']) g.addEventListener(type, (e) => window.events.push([type, e.detail]));
  window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));
</script>`;

beforeAll(async () => {
  await buildWeb({ quiet: true });
  // Hosts first: the service's settings name the allowed one.
  const page = (svc: () => string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(hostPage(svc()));
  };
  allowedHost = await listen(page(() => service.origin));
  refusedHost = await listen(page(() => service.origin));
  app = testApp(graph(), {
    KG_CORS_ORIGINS: allowedHost.origin,
    KG_EMBED_ORIGINS: allowedHost.origin,
    KG_API_KEYS: `dashboard:reader:${sha(DASHBOARD_KEY)},fixtures:admin:${sha(ADMIN_KEY)}`,
  });
  service = await listen(app as unknown as import('node:http').RequestListener);
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  for (const s of [service, allowedHost, refusedHost]) s?.server.close();
});

async function openPage(path: string, origin = service.origin, before?: (page: Page) => void): Promise<Page> {
  const ctx = await offlineContext(browser);
  contexts.push(ctx);
  const page = await ctx.context.newPage();
  before?.(page);
  await page.goto(`${origin}${path}`);
  return page;
}

const tableIds = (page: Page) => page.locator('#table table.nodes tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.id!));

const drawnIds = (page: Page) => page.evaluate(() => (window as any).kg.view.graph.nodes.map((n: { id: string }) => n.id) as string[]);

async function expectDrawn(page: Page, name: string) {
  await screenshot(page, name);
  expect(await inkedPixels(page, '#graph'), `${name}: the graph canvas is blank`).toBeGreaterThan(300);
}

const NEIGHBOURS = `query($id: ID!, $rels: [NeighborhoodRel!]) { neighborhood(id: $id, depth: 1, relationshipTypes: $rels, limitPerKind: 200, first: 1000) {
  nodes { id kind label depth properties } edges { id type source target properties } } }`;

describe('landing page', () => {
  it('says what the service is, shows the graph size from the API and opens the explorer from its search', async () => {
    const page = await openPage('/');
    const { health } = await ok(app, '{ health { nodeCount relationshipCount } }');
    await expect.poll(() => page.textContent('#graph-size')).toContain(String(health.nodeCount));
    for (const href of ['/explore', '/graphql', '/health']) expect(await page.locator(`a[href="${href}"]`).count()).toBe(1);
    await page.fill('#search', 'Jinyun');
    await page.locator('#search-hits [role=option]').first().waitFor();
    await screenshot(page, 'landing');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/explore\?focus=/);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('focus')).toMatch(/jinyun/);
  });
});

describe('explorer', () => {
  it('searches in Chinese and in English, focuses the hit, then expands a neighbour by relationship type', async () => {
    const page = await openPage('/explore');
    await page.fill('#search', '锦州');
    await page.locator('#search-hits [role=option]').first().waitFor();
    expect(await page.locator('#search-hits [role=option]').first().getAttribute('data-id')).toBe(JINZHOU);
    await page.keyboard.press('Enter');
    await page.waitForURL(/focus=region/);
    await settled(page);
    await expectDrawn(page, 'search-zh-focus');

    await page.fill('#search', 'shengong');
    await page.locator(`#search-hits [role=option][data-id="${SHENGONG}"]`).waitFor();
    await page.locator(`#search-hits [role=option][data-id="${SHENGONG}"]`).click();
    await page.waitForURL(/focus=org%3Ashengong/);
    await settled(page);
    const api = (await ok(app, NEIGHBOURS, { id: SHENGONG })).neighborhood;
    expect((await drawnIds(page)).sort()).toEqual(api.nodes.map((n: { id: string }) => n.id).sort());
    await expectDrawn(page, 'search-en-focus');

    // Select the platform and expand its members: the other enterprises appear.
    await page.evaluate((id) => (window as any).kg.view.cy.getElementById(id).emit('tap'), CENTER);
    await settled(page);
    await page.locator('[data-expand="MEMBER_OF"]').click();
    await settled(page);
    const members = (await ok(app, NEIGHBOURS, { id: CENTER, rels: ['MEMBER_OF'] })).neighborhood.nodes.map((n: { id: string }) => n.id);
    expect(members).toContain(JIETONG);
    const drawn = await drawnIds(page);
    for (const m of members) expect(drawn).toContain(m);
    expect(new URL(page.url()).searchParams.get('x')).toBe(`${CENTER}~MEMBER_OF~20`);
    // Details: provenance apart, import bookkeeping hidden.
    const details = await page.textContent('.details');
    expect(details).toContain('Provenance');
    expect(details).not.toContain('importFile');
    await expectDrawn(page, 'expand-members');
  });

  it('chain mode: Shengong Semiconductor to Jinzhou Jietong Railway, the hop and its evidence sentence in the panel', async () => {
    const page = await openPage(`/explore?mode=chain&from=${SHENGONG}&to=${JIETONG}`);
    await settled(page);
    const { collaborationChain } = await ok(
      app,
      `{ collaborationChain(from: "${SHENGONG}", to: "${JIETONG}", k: 3, maxHops: 4) { length hops { connector { ... on Platform { name } } fromEnd { provenance { evidence source { title } } } } } }`,
    );
    const first = collaborationChain[0];
    const panel = page.locator('.panel.chain');
    await expect.poll(() => panel.textContent()).toContain(first.hops[0].connector.name);
    expect(await panel.locator('blockquote.evidence').first().textContent()).toBe(first.hops[0].fromEnd.provenance.evidence);
    expect(await panel.textContent()).toContain(first.hops[0].fromEnd.provenance.source.title);
    // One switch per chain; the source text opens from the panel.
    expect(await panel.locator('[role=tab]').count()).toBe(collaborationChain.length);
    const href = await panel.locator('a', { hasText: 'Open source text' }).first().getAttribute('href');
    const text = await (await fetch(new URL(href!, service.origin))).text();
    expect(text.toLowerCase()).toContain('shengong semiconductor');
    await expectDrawn(page, 'chain');
    if (collaborationChain.length > 1) {
      await panel.locator('[role=tab]').nth(1).click();
      await settled(page);
      expect(new URL(page.url()).searchParams.get('chain')).toBe('1');
      await expectDrawn(page, 'chain-2');
    }
  });

  it('region mode: the reported platform figures beside what the graph counts, with indicators and sources', async () => {
    const page = await openPage(`/explore?mode=region&region=${JINZHOU}`);
    await settled(page);
    const { platformCounts } = await ok(
      app,
      `{ platformCounts(region: "${JINZHOU}", includeSubRegionIndicators: true) { byKindAndLevel { kind level count } reported { label value platformKind level } } }`,
    );
    expect(platformCounts.reported.length).toBeGreaterThan(0);
    const rows = await page
      .locator('table.figures tbody tr:not(.count-only)')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.length).toBe(platformCounts.reported.length);
    for (const r of platformCounts.reported) {
      // Counted independently here: the graph's platforms of the figure's kind and level.
      const counted = platformCounts.byKindAndLevel
        .filter((c: any) => (!r.platformKind || c.kind === r.platformKind) && (!r.level || c.level === r.level))
        .reduce((s: number, c: any) => s + c.count, 0);
      expect(rows.some((row) => row[0]!.startsWith(r.label) && row[1] === String(counted) && row[2] === String(r.value))).toBe(true);
    }
    expect(await page.locator('.region .chart svg').count()).toBe(1);
    expect(await page.locator('ul.indicators li').count()).toBeGreaterThan(0);
    await expectDrawn(page, 'region');
  });

  it('exports JSON equal to what the API returns for the view', async () => {
    const page = await openPage(`/explore?focus=${CENTER}`);
    await settled(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    const api = (await ok(app, NEIGHBOURS, { id: CENTER })).neighborhood;
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(exported.nodes.sort(byId)).toEqual(api.nodes.sort(byId));
    expect(exported.edges.sort(byId)).toEqual(api.edges.sort(byId));
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    const xml = readFileSync((await graphml.path())!, 'utf8');
    expect((xml.match(/<node /g) ?? []).length).toBe(api.nodes.length);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('keeps the whole view in the URL: reload shows it again, back and forward step through it', async () => {
    const page = await openPage(`/explore?focus=${SHENGONG}`);
    await settled(page);
    const start = page.url();
    await page.locator('.filter-kinds input[value="REGION"]').uncheck();
    await settled(page);
    await page.click('#toggle-table');
    await settled(page);
    const view = page.url();
    expect(new URL(view).searchParams.get('kinds')).not.toContain('REGION');
    expect(new URL(view).searchParams.get('table')).toBe('1');
    // The table lists the API's neighbourhood less its regions (checked by kind, not by name:
    // other names mention the region too).
    const api = (await ok(app, NEIGHBOURS, { id: SHENGONG })).neighborhood;
    expect(api.nodes.some((n: { kind: string }) => n.kind === 'REGION')).toBe(true);
    const kept = api.nodes.filter((n: { kind: string }) => n.kind !== 'REGION').map((n: { id: string }) => n.id);
    expect((await tableIds(page)).sort()).toEqual(kept.sort());
    const tableBefore = await page.textContent('#table');
    await page.reload();
    await settled(page);
    expect(page.url()).toBe(view);
    expect(await page.textContent('#table')).toBe(tableBefore);
    expect(await page.locator('.filter-kinds input[value="REGION"]').isChecked()).toBe(false);
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('table')).toBeNull();
    expect(await page.isVisible('#graph')).toBe(true);
    await page.goForward();
    await settled(page);
    expect(page.url()).toBe(view);
    expect(start).not.toBe(view);
  });

  it('is usable by keyboard alone: search, pick, the table view and a row', async () => {
    const page = await openPage('/explore');
    await settled(page);
    // Tab from the top of the page to the search box.
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.id === 'search')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('Jietong');
    await page.locator('#search-hits [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/focus=org%3Ajinzhou-jietong/);
    await settled(page);
    // To the table switch by Tab, open it with Enter.
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.id === 'toggle-table')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await settled(page);
    expect(await page.isVisible('#table table.nodes')).toBe(true);
    // Next Tab stops are the table's rows: pick the platform by Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => (document.activeElement?.closest('tr') as HTMLElement | null)?.dataset.id);
      if (text === CENTER) break;
    }
    await page.keyboard.press('Enter');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('selected')).toBe(CENTER);
    expect(await page.textContent('.details h2')).toContain('Provincial industrial technical center');
    await screenshot(page, 'keyboard-table');
  });

  it('supply-chain mode draws suppliers left of customers, and a region missing an industry of the chain shows the gap', async () => {
    const provenance = { source: 'src:a000', evidence: 'test fixture: a supply link', inferred: true };
    const link =
      'mutation($kind: LinkKind!, $from: ID!, $to: ID!, $p: JSON, $prov: ProvenanceInput!) { link(kind: $kind, from: $from, to: $to, properties: $p, provenance: $prov) { kind } }';
    await ok(app, link, { kind: 'SUPPLIES', from: 'org:rhei-power', to: SHENGONG, p: { product: 'power modules', since: 2020 }, prov: provenance }, ADMIN);
    await ok(app, link, { kind: 'SUPPLIES', from: SHENGONG, to: JIETONG, p: { product: 'wafers', since: 2021 }, prov: provenance }, ADMIN);
    await ok(app, link, { kind: 'UPSTREAM_OF', from: 'ind:new-materials', to: 'ind:semiconductors', prov: provenance }, ADMIN);
    const page = await openPage(`/explore?mode=supply&focus=${SHENGONG}`);
    await settled(page);
    const x = (id: string) => page.evaluate((i) => (window as any).kg.view.cy.getElementById(i).position('x') as number, id);
    expect(await x('org:rhei-power')).toBeLessThan(await x(SHENGONG));
    expect(await x(SHENGONG)).toBeLessThan(await x(JIETONG));
    // The side panel: the focus's own details, then its suppliers and customers with evidence.
    expect(await page.textContent('#side')).not.toContain('Nothing here yet');
    expect(await page.textContent('.details h2')).toBe('Shengong Semiconductor');
    const listed = (dir: string) => page.locator(`.panel.supply .${dir} li`).evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));
    const { upstream, downstream } = await ok(
      app,
      `{ upstream(id: "${SHENGONG}", depth: 3) { nodes { from { id } } } downstream(id: "${SHENGONG}", depth: 3) { nodes { to { id } } } }`,
    );
    expect(await listed('upstream')).toEqual(upstream.nodes.map((l: any) => l.from.id));
    expect(await listed('downstream')).toEqual(downstream.nodes.map((l: any) => l.to.id));
    expect(await page.locator('.panel.supply blockquote.evidence').first().textContent()).toBe(provenance.evidence);
    // The direction switch sits on one line (three equal segments), and choosing one redraws.
    const boxes = await page.locator('.dir .segmented label').evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(3);
    for (const b of boxes) {
      expect(b.top).toBe(boxes[0].top);
      expect(b.height).toBeLessThan(32);
    }
    await expectDrawn(page, 'supply-layered');
    await page.locator('.dir .segmented label', { hasText: 'Upstream' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('dir')).toBe('up');
    expect(await page.locator('.panel.supply .downstream').count()).toBe(0);
    expect(await drawnIds(page)).not.toContain(JIETONG);

    await page.goto(`${service.origin}/explore?mode=supply&region=region:cn-liaoning&industry=ind:semiconductors`);
    await settled(page);
    const { missingLinks } = await ok(
      app,
      '{ missingLinks(region: "region:cn-liaoning", industry: "ind:semiconductors", depth: 3) { missing industry { id } } }',
    );
    const gaps = missingLinks.filter((m: any) => m.missing).map((m: any) => m.industry.id);
    expect(gaps).toContain('ind:new-materials');
    const marked = await page.evaluate(() => (window as any).kg.view.cy.nodes('.missing').map((n: any) => n.id()) as string[]);
    expect(marked.sort()).toEqual(gaps.sort());
    // Fields opened from the URL name the entities, not their ids; the panel lists the segments.
    const { region } = await ok(app, '{ region(id: "region:cn-liaoning") { name } }');
    expect(await page.inputValue('#supply-region')).toBe(region.name);
    expect(await page.locator('.panel.gaps li.missing').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id))).toEqual(gaps);
    await expectDrawn(page, 'supply-gaps');
  });
});

describe('large views and languages', () => {
  it('folds a view above the node cap into "+N KIND" groups, stays responsive, and lists a group\'s members', async () => {
    const page = await openPage('/explore');
    await settled(page);
    // Nothing drawn yet: the empty-state hint says what to do (innerText: what is visible).
    const visibleText = () => page.evaluate(() => document.body.innerText);
    expect(await visibleText()).toContain('Nothing here yet');
    const n = 6000;
    const r = await page.evaluate(async (count) => {
      const kinds = ['ORGANIZATION', 'PLATFORM', 'PROJECT'];
      const nodes = [{ id: 'hub', kind: 'REGION', label: 'Hub', depth: 0, properties: {} }];
      const edges = [];
      for (let i = 1; i < count; i++) {
        nodes.push({ id: `n${i}`, kind: kinds[i % 3]!, label: `Node ${i}`, depth: i < 1500 ? 1 : 2, properties: {} });
        const from = i < 1500 ? 'hub' : `n${1 + (i % 1499)}`;
        edges.push({ id: `${from}-X->n${i}`, type: 'X', source: from, target: `n${i}`, properties: {} });
      }
      const kg = (window as any).kg;
      await kg.view.draw({ nodes, edges }, { layout: 'force', focus: 'hub' });
      const cy = kg.view.cy;
      return {
        drawn: cy.nodes().length,
        groups: cy.nodes('.group').map((g: any) => g.data('name')) as string[],
        hidden: kg.view.hidden as number,
        exported: kg.view.graph.nodes.length as number,
      };
    }, n);
    // Counted here: 6,000 nodes, 2,000 drawn (the cap), the other 4,000 in one group per kind.
    expect(r.exported).toBe(n);
    expect(r.hidden).toBe(n - 2000);
    expect(r.drawn).toBe(2000 + r.groups.length);
    const sum = r.groups.map((g) => Number(/^\+(\d+) /.exec(g)![1])).reduce((a, b) => a + b, 0);
    expect(sum).toBe(n - 2000);
    // The tab still answers, and a group lists its members.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.evaluate(() => (window as any).kg.view.cy.nodes('.group').first().emit('tap'));
    await settled(page);
    expect(await page.locator('.details.group ul.members li').count()).toBeGreaterThan(0);
    // A drawing is there: the status says how it is grouped, and nothing claims the view is empty.
    expect(await page.textContent('main .status')).toContain(`Showing 2,000 of ${n.toLocaleString('en')} nodes`);
    expect(await visibleText()).not.toContain('Nothing here yet');
    await expectDrawn(page, 'capped-groups');
    // Nothing selected (a tap on the background) beside the drawing: still no empty-state hint.
    await page.evaluate(() => (window as any).kg.view.cy.emit('tap'));
    await settled(page);
    expect(await page.locator('.details.group').count()).toBe(0);
    expect(await visibleText()).not.toContain('Nothing here yet');
    await expectDrawn(page, 'capped-groups-unselected');
    // A 2,000-node force layout: seconds on a loaded 2-core machine (bench:web measures it).
  }, 120_000);

  it("names the expand buttons' relationship types as the graph does, in Chinese, keeping the API name", async () => {
    const page = await openPage(`/explore?focus=${encodeURIComponent(CENTER)}`);
    await settled(page);
    await page.click('#lang');
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('zh');
    // The counts from the API's own answer for the same neighbourhood.
    const { edges } = (await ok(app, NEIGHBOURS, { id: CENTER })).neighborhood as { edges: { type: string }[] };
    const members = edges.filter((e) => e.type === 'MEMBER_OF').length;
    expect(members).toBeGreaterThan(0);
    const button = page.locator('.details [data-expand="MEMBER_OF"]');
    expect(await button.textContent()).toBe(`成员 (${members})`);
    expect(await button.getAttribute('title')).toBe('MEMBER_OF');
    // No button shows an API name (upper case with underscores) in place of a label.
    const texts = await page.locator('.details [data-expand]:not([data-expand="*"])').allTextContents();
    expect(texts.length).toBe(new Set(edges.map((e) => e.type)).size);
    for (const text of texts) expect(text).not.toMatch(/[A-Z]{2,}/);
    await screenshot(page, 'expand-buttons-zh');
    // Pressed, it still expands by the API name.
    await button.click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('x')).toBe(`${CENTER}~MEMBER_OF~20`);
  });

  it('switches the interface to Chinese, names in Chinese, drawn in a CJK font (no boxes)', async () => {
    const page = await openPage(`/explore?mode=region&region=${JINZHOU}`);
    await settled(page);
    await page.click('#lang');
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('zh');
    expect(await page.textContent('nav.modes')).toContain('合作链');
    const { region } = await ok(app, `{ region(id: "${JINZHOU}") { nameZh } }`);
    expect(region.nameZh).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.textContent('.panel.region h2')).toBe(region.nameZh);
    expect(await page.evaluate((id) => (window as any).kg.view.cy.getElementById(id).data('name'), JINZHOU)).toBe(region.nameZh);
    // Which font Chromium actually drew the Chinese text with (a box-glyph fallback is not CJK).
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'nav.modes button[data-mode=chain]' });
    await cdp.send('CSS.enable');
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f) => f.familyName).join(', ')).toMatch(/CJK|Han|PingFang|YaHei|Hei|Song/);
    await expectDrawn(page, 'chinese-region');
  });
});

describe('embedding on a dashboard of another origin', () => {
  it('the documented snippets, pasted on an allowed origin: <kg-graph> drawn with the key, its ready event, the iframe talking by postMessage', async () => {
    // The snippets name the service's address and a key placeholder; the test fills in only those.
    expect(DOC_SNIPPETS).toHaveLength(2);
    for (const snippet of DOC_SNIPPETS) expect(snippet).toContain(DOC_ORIGIN);
    expect(DOC_SNIPPETS.join('')).toContain("'kg_...'");
    const auth: string[] = [];
    const page = await openPage('/', allowedHost.origin, (p) =>
      p.on('request', (r) => {
        if (r.url() === `${service.origin}/graphql` && r.method() === 'POST') auth.push(r.headers().authorization ?? '');
      }),
    );
    await page.waitForFunction(() => (window as any).events.length > 0 && (window as any).messages.some((m: any) => m.data?.type === 'kg:ready'), undefined, {
      timeout: 30_000,
    });
    const events = await page.evaluate(() => (window as any).events);
    expect(events[0][0]).toBe('ready');
    const api = (await ok(app, `{ neighborhood(id: "${JINYUN}", depth: 1, limitPerKind: 100, first: 1000) { nodes { id } } }`)).neighborhood;
    expect(events[0][1].nodes).toBe(api.nodes.length);
    const messages = await page.evaluate(() => (window as any).messages);
    expect(messages.find((m: any) => m.data.type === 'kg:ready').origin).toBe(service.origin);
    await screenshot(page, 'embed-allowed');
    expect(await inkedPixels(page, '.g', 'kg-graph')).toBeGreaterThan(300);
    // Methods: exportPng gives an image; focus(id) moves the view.
    expect(await page.evaluate(() => (document.querySelector('kg-graph') as any).exportPng().slice(0, 22))).toBe('data:image/png;base64,');
    // The key the host page set as a property went out as Authorization (and never in a URL).
    expect(auth).toContain(`Bearer ${DASHBOARD_KEY}`);
    await page.evaluate((id) => (document.querySelector('kg-graph') as any).focus(id), CENTER);
    await page.waitForFunction((id) => (document.querySelector('kg-graph') as any).graph?.nodes[0]?.id === id, CENTER, { timeout: 30_000 });
    expect((await page.evaluate(() => (window as any).events)).at(-1)[0]).toBe('ready');
  });

  it('a refused origin can neither load the component nor frame the view', async () => {
    const page = await openPage('/', refusedHost.origin);
    const errors: string[] = [];
    page.on('console', (m) => errors.push(m.text()));
    await page.waitForTimeout(4000);
    expect(await page.evaluate(() => customElements.get('kg-graph') === undefined)).toBe(true);
    expect(await page.evaluate(() => (window as any).messages.length)).toBe(0);
    // The API itself refuses the origin as well (no CORS grant for it).
    const res = await fetch(`${service.origin}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: refusedHost.origin, 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).not.toBe(refusedHost.origin);
    await screenshot(page, 'embed-refused');
  });

  it('sends frame-ancestors for the iframe and answers the private-network preflight for allowed origins only', async () => {
    const embed = await fetch(`${service.origin}/embed?view=neighborhood&focus=${JINYUN}`);
    expect(embed.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${allowedHost.origin}`);
    const explore = await fetch(`${service.origin}/explore`);
    expect(explore.headers.get('content-security-policy')).toContain("frame-ancestors 'self';");
    const preflight = (origin: string) =>
      fetch(`${service.origin}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-private-network': 'true' },
      });
    expect((await preflight(allowedHost.origin)).headers.get('access-control-allow-private-network')).toBe('true');
    expect((await preflight(refusedHost.origin)).headers.get('access-control-allow-private-network')).toBeNull();
    const asset = (await (await fetch(`${service.origin}/explore`)).text()).match(/\/assets\/[\w.-]+\.js/)![0];
    expect((await fetch(`${service.origin}${asset}`)).headers.get('cache-control')).toContain('immutable');
  });
});

describe('offline', () => {
  it('every page works with every non-loopback request blocked, and none was attempted', async () => {
    for (const path of ['/', '/explore', `/explore?focus=${CENTER}`, `/embed?view=neighborhood&focus=${CENTER}`]) {
      const page = await openPage(path);
      if (path.startsWith('/explore')) await settled(page);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('#app').innerHTML()).not.toBe('');
    }
    const attempted = contexts.flatMap((c) => c.blocked);
    expect(attempted).toEqual([]);
  });
});
