// The explorer (/explore): search, modes (neighbourhood, chain, supply chain, region), filters,
// legend, details, table view and exports around the one graph component. The URL is the
// state: every change is a navigation, and render() draws whatever the URL says.
import { createClient, storeCredential, storedCredential } from '../api/client.js';
import {
  collaborationChain,
  entityName,
  missingLinks,
  type Neighborhood,
  neighborhood,
  type RegionFigures,
  regionFigures,
  sourceText,
  supplyChain,
} from '../api/operations.js';
import { toGraphml, toJson } from '../graph/export.js';
import {
  type ApiEdge,
  type ApiNode,
  type Chain,
  CLUSTER_KIND,
  chainGraph,
  countByType,
  displayName,
  edgeLabel,
  edgeYear,
  type GraphData,
  mergeGraphs,
  missingLinksGraph,
  type Provenance,
  supplyGraph,
} from '../graph/model.js';
import { KIND_STYLES, LEVEL_BORDER } from '../graph/style.js';
import { GraphView } from '../graph/view.js';
import { dataUrlToBlob, download, h } from '../shared/dom.js';
import { currentLang, enumLabel, format, type Lang, setLang, strings } from './i18n.js';
import { chainPanel, detailsPanel, drawPendingCharts, gapsPanel, regionPanel, supplyPanel } from './panels.js';
import { searchBox } from './search-box.js';
import { collapse, DEFAULT_LIMIT, expand, formatState, type Mode, parseState, type ViewState } from './state.js';

const KINDS = Object.keys(KIND_STYLES);
const LEVELS = Object.keys(LEVEL_BORDER);

let lang: Lang = currentLang();
let t = strings(lang);
let state: ViewState = parseState(location.search);
const client = createClient({ endpoint: '/graphql', credential: storedCredential });

// Answers already fetched in this tab, by request: re-rendering a view costs no request.
const neighborhoods = new Map<string, Promise<Neighborhood>>();
const fetchNeighbours = (id: string, type: string) => {
  const key = `${id}|${type}`;
  let p = neighborhoods.get(key);
  if (!p) {
    p = neighborhood(client, { id, depth: 1, rels: type === '*' ? undefined : [type], limitPerKind: 200, first: 1000 });
    p.catch(() => neighborhoods.delete(key));
    neighborhoods.set(key, p);
  }
  return p;
};
const sources = new Map<string, NonNullable<Provenance['source']>>();
// Names of entities met so far (drawn, picked in a search), so fields show names, not ids.
const names = new Map<string, { name: string; nameZh?: string | null }>();
const nameOf = (id: string | undefined): string => {
  const e = id ? names.get(id) : undefined;
  return e ? (lang === 'zh' && e.nameZh ? e.nameZh : e.name) : (id ?? '');
};
const remember = (e: { id: string; name: string; nameZh?: string | null }) => names.set(e.id, e);
const rememberNodes = (nodes: ApiNode[]) => {
  for (const n of nodes) remember({ id: n.id, name: n.label, nameZh: typeof n.properties.nameZh === 'string' ? n.properties.nameZh : null });
};

// ---- Layout of the page ----------------------------------------------------------------------

const app = document.getElementById('app')!;
const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const graphBox = h('div', { id: 'graph', class: 'graph', tabindex: 0, role: 'application', 'aria-label': 'graph' });
const tableBox = h('div', { id: 'table', class: 'table-view' });
const sidePanel = h('aside', { class: 'side', id: 'side' });
const leftPanel = h('aside', { class: 'left', id: 'left' });
const header = h('header', { class: 'top' });
app.replaceChildren(header, h('div', { class: 'body' }, leftPanel, h('main', { class: 'main' }, status, graphBox, tableBox), sidePanel));

let selected: { node?: ApiNode; edge?: ApiEdge } = {};
const view = new GraphView(graphBox, {
  lang,
  onSelect: (node, edge) => {
    selected = { node, edge };
    navigate({ ...state, selected: node?.id ?? edge?.id }, false);
  },
  onActivate: (node) => navigate(expand(state, node.id, '*')),
});
// For tests and the benchmark: the component and the state, read-only by convention.
(window as unknown as { kg: object }).kg = { view, state: () => state, GraphView };

function navigate(next: ViewState, push = true): void {
  const url = `${location.pathname}${formatState(next)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  state = next;
  void render();
}
window.addEventListener('popstate', () => {
  state = parseState(location.search);
  void render();
});

function renderHeader(): void {
  const top = searchBox({
    id: 'search',
    client,
    placeholder: t.search,
    kinds: () => {
      const v = (document.getElementById('search-kind') as HTMLSelectElement | null)?.value;
      return v ? [v] : undefined;
    },
    lang: () => lang,
    onPick: (e) => {
      remember(e);
      const base = { ...state, focus: e.id, expanded: [], selected: e.id };
      if (state.mode === 'region' || e.__typename === 'Region')
        navigate({
          ...base,
          mode: e.__typename === 'Region' ? (state.mode === 'explore' ? 'explore' : 'region') : state.mode,
          region: e.__typename === 'Region' ? e.id : state.region,
        });
      else navigate({ ...base, mode: state.mode === 'chain' ? 'explore' : state.mode });
    },
  });
  const kind = h(
    'select',
    { id: 'search-kind', 'aria-label': t.kinds },
    h('option', { value: '' }, t.allKinds),
    // Sources are not searched (search answers an error for SOURCE).
    KINDS.filter((k) => k !== 'SOURCE').map((k) => h('option', { value: k }, enumLabel(k, lang))),
  );
  const modes: [Mode, string][] = [
    ['explore', t.modeExplore],
    ['chain', t.modeChain],
    ['supply', t.modeSupply],
    ['region', t.modeRegion],
  ];
  header.replaceChildren(
    h('a', { href: '/', class: 'brand' }, t.title),
    h('div', { class: 'search-row' }, top, kind),
    h(
      'nav',
      { class: 'modes', 'aria-label': 'mode' },
      modes.map(([m, label]) =>
        h(
          'button',
          { type: 'button', 'data-mode': m, 'aria-pressed': String(state.mode === m), onclick: () => navigate({ ...state, mode: m, chain: 0 }) },
          label,
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'lang',
        onclick: () => {
          lang = lang === 'zh' ? 'en' : 'zh';
          setLang(lang);
          t = strings(lang);
          document.documentElement.lang = lang;
          view.setLang(lang);
          void render();
        },
      },
      t.lang,
    ),
    settings(),
  );
}

function settings(): HTMLElement {
  const input = h('input', { type: 'password', id: 'credential', 'aria-label': t.credential, placeholder: t.credential, value: storedCredential() ?? '' });
  return h(
    'details',
    { class: 'settings' },
    h('summary', {}, t.settings),
    h(
      'form',
      {
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          storeCredential(input.value);
          neighborhoods.clear();
          void render();
        },
      },
      h('label', { for: 'credential' }, t.credential),
      input,
      h('button', { type: 'submit' }, t.save),
    ),
  );
}

// ---- Left panel: mode form, filters, legend ----------------------------------------------------

function modeForm(): HTMLElement | null {
  if (state.mode === 'chain') {
    const pick = (key: 'from' | 'to', label: string) =>
      h(
        'label',
        { class: 'field' },
        label,
        searchBox({
          id: `chain-${key}`,
          client,
          placeholder: label,
          kinds: () => ['ORGANIZATION'],
          lang: () => lang,
          value: nameOf(state[key]),
          onPick: (e) => remember(e) && navigate({ ...state, [key]: e.id, chain: 0 }),
        }),
      );
    return h(
      'section',
      { class: 'panel mode-form' },
      pick('from', t.from),
      pick('to', t.to),
      h(
        'label',
        { class: 'field' },
        'k',
        h('input', {
          type: 'number',
          id: 'chain-k',
          min: 1,
          max: 10,
          value: state.k,
          onchange: (ev: Event) => navigate({ ...state, k: Number((ev.target as HTMLInputElement).value) || 3, chain: 0 }),
        }),
      ),
    );
  }
  if (state.mode === 'supply') {
    return h(
      'section',
      { class: 'panel mode-form' },
      h(
        'fieldset',
        { class: 'dir' },
        h('legend', {}, t.direction),
        h(
          'div',
          { class: 'segmented' },
          (['up', 'down', 'both'] as const).map((d) =>
            h(
              'label',
              {},
              h('input', { type: 'radio', name: 'dir', value: d, checked: state.direction === d, onchange: () => navigate({ ...state, direction: d }) }),
              h('span', {}, d === 'up' ? t.upstream : d === 'down' ? t.downstream : t.both),
            ),
          ),
        ),
      ),
      h(
        'label',
        { class: 'field' },
        t.industry,
        searchBox({
          id: 'supply-industry',
          client,
          placeholder: t.industry,
          kinds: () => ['INDUSTRY'],
          lang: () => lang,
          value: nameOf(state.industry),
          onPick: (e) => remember(e) && navigate({ ...state, industry: e.id }),
        }),
      ),
      h(
        'label',
        { class: 'field' },
        t.region,
        searchBox({
          id: 'supply-region',
          client,
          placeholder: t.region,
          kinds: () => ['REGION'],
          lang: () => lang,
          value: nameOf(state.region),
          onPick: (e) => remember(e) && navigate({ ...state, region: e.id }),
        }),
      ),
    );
  }
  if (state.mode === 'region') {
    return h(
      'section',
      { class: 'panel mode-form' },
      h(
        'label',
        { class: 'field' },
        t.region,
        searchBox({
          id: 'region-pick',
          client,
          placeholder: t.region,
          kinds: () => ['REGION'],
          lang: () => lang,
          value: nameOf(state.region),
          onPick: (e) => remember(e) && navigate({ ...state, region: e.id }),
        }),
      ),
    );
  }
  return null;
}

function checkboxes(name: string, legend: string, values: string[], chosen: string[], key: 'kinds' | 'levels' | 'rels'): HTMLElement {
  return h(
    'fieldset',
    { class: `filter filter-${name}` },
    h('legend', {}, legend),
    values.map((v) =>
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          value: v,
          checked: chosen.length === 0 || chosen.includes(v),
          onchange: (ev: Event) => {
            const on = (ev.target as HTMLInputElement).checked;
            const current = chosen.length === 0 ? values : chosen;
            const next = on ? [...new Set([...current, v])] : current.filter((x) => x !== v);
            navigate({ ...state, [key]: next.length === values.length ? [] : next }, false);
          },
        }),
        enumLabel(v, lang),
      ),
    ),
  );
}

function leftSide(data: GraphData): void {
  const kindsPresent = KINDS.filter((k) => data.nodes.some((n) => n.kind === k));
  const relsPresent = [...new Set(data.edges.map((e) => e.type))].sort();
  // Only the levels of what is drawn (and any the URL filters on), not a list of six to ignore.
  const levelsPresent = LEVELS.filter((l) => state.levels.includes(l) || data.nodes.some((n) => n.properties.level === l));
  const yearInput = (key: 'yearFrom' | 'yearTo', label: string) =>
    h('input', {
      type: 'number',
      id: key,
      'aria-label': label,
      placeholder: label,
      min: 1800,
      max: 2200,
      value: state[key] ?? '',
      onchange: (ev: Event) => {
        const v = (ev.target as HTMLInputElement).value;
        navigate({ ...state, [key]: v ? Number(v) : undefined }, false);
      },
    });
  leftPanel.replaceChildren(
    ...[modeForm()].filter((x): x is HTMLElement => x !== null),
    h(
      'section',
      { class: 'panel filters', 'aria-label': t.filters },
      h('h2', {}, t.filters),
      kindsPresent.length ? checkboxes('kinds', t.kinds, kindsPresent, state.kinds, 'kinds') : null,
      levelsPresent.length ? checkboxes('levels', t.levels, levelsPresent, state.levels, 'levels') : null,
      relsPresent.length ? checkboxes('rels', t.relationships, relsPresent, state.rels, 'rels') : null,
      h('fieldset', { class: 'filter years' }, h('legend', {}, t.years), yearInput('yearFrom', '≥'), yearInput('yearTo', '≤')),
    ),
    h(
      'section',
      { class: 'panel legend', 'aria-label': t.legend },
      h('h2', {}, t.legend),
      h(
        'ul',
        {},
        KINDS.map((k) =>
          h('li', {}, h('span', { class: `swatch ${KIND_STYLES[k]!.swatch}`, style: `background:${KIND_STYLES[k]!.color}` }), enumLabel(k, lang)),
        ),
        h('li', {}, h('span', { class: 'swatch circle ring' }), t.levelBorder),
        h('li', {}, h('span', { class: 'swatch circle dashed' }), t.missing),
      ),
    ),
    h(
      'section',
      { class: 'panel export', 'aria-label': t.export },
      h('h2', {}, t.export),
      h('button', { type: 'button', id: 'export-png', onclick: () => download('graph.png', dataUrlToBlob(view.exportPng()), 'image/png') }, 'PNG'),
      h('button', { type: 'button', id: 'export-svg', onclick: () => download('graph.svg', view.exportSvg(), 'image/svg+xml') }, 'SVG'),
      h('button', { type: 'button', id: 'export-json', onclick: () => download('graph.json', toJson(view.graph), 'application/json') }, 'JSON'),
      h('button', { type: 'button', id: 'export-graphml', onclick: () => download('graph.graphml', toGraphml(view.graph), 'application/xml') }, 'GraphML'),
      h(
        'button',
        { type: 'button', id: 'toggle-table', 'aria-pressed': String(state.table), onclick: () => navigate({ ...state, table: !state.table }) },
        state.table ? t.graph : t.table,
      ),
    ),
  );
}

// ---- Filters and the table view -------------------------------------------------------------

const keepNode = (n: ApiNode) =>
  (state.kinds.length === 0 || state.kinds.includes(n.kind) || n.id === state.focus) &&
  (state.levels.length === 0 || typeof n.properties.level !== 'string' || state.levels.includes(n.properties.level));
const keepEdge = (e: ApiEdge) => {
  if (state.rels.length && !state.rels.includes(e.type)) return false;
  const y = edgeYear(e);
  if (y === undefined) return true;
  return (state.yearFrom === undefined || y >= state.yearFrom) && (state.yearTo === undefined || y <= state.yearTo);
};

function table(data: GraphData): HTMLElement {
  const nodes = data.nodes.filter(keepNode);
  const shown = new Set(nodes.map((n) => n.id));
  const edges = data.edges.filter((e) => keepEdge(e) && shown.has(e.source) && shown.has(e.target));
  const name = (id: string) => {
    const n = data.nodes.find((x) => x.id === id);
    return n ? displayName(n, lang) : id;
  };
  const rowButton = (id: string, label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        onclick: () => {
          selected = { node: data.nodes.find((n) => n.id === id) };
          navigate({ ...state, selected: id }, false);
        },
      },
      label,
    );
  return h(
    'div',
    {},
    h(
      'table',
      { class: 'nodes', 'aria-label': t.nodes },
      h('caption', {}, `${t.nodes} (${nodes.length})`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.name), h('th', { scope: 'col' }, t.kind), h('th', { scope: 'col' }, 'id'))),
      h(
        'tbody',
        {},
        nodes.map((n) =>
          h(
            'tr',
            { 'data-id': n.id, class: n.id === state.selected ? 'selected' : '' },
            h('td', {}, rowButton(n.id, displayName(n, lang))),
            h('td', {}, n.kind),
            h('td', {}, n.id),
          ),
        ),
      ),
    ),
    h(
      'table',
      { class: 'edges', 'aria-label': t.edges },
      h('caption', {}, `${t.edges} (${edges.length})`),
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, t.from), h('th', { scope: 'col' }, t.type), h('th', { scope: 'col' }, t.to), h('th', { scope: 'col' }, t.label)),
      ),
      h(
        'tbody',
        {},
        edges.map((e) =>
          h('tr', {}, h('td', {}, name(e.source)), h('td', {}, enumLabel(e.type, lang)), h('td', {}, name(e.target)), h('td', {}, edgeLabel(e, lang))),
        ),
      ),
    ),
  );
}

// ---- Building each mode's graph ---------------------------------------------------------------

interface Built {
  data: GraphData;
  layout: 'force' | 'layered';
  highlight?: string[];
  missing?: string[];
  side?: HTMLElement;
  note?: string;
  /** The empty-state hint: shown only while the view draws no node (render checks the view). */
  empty?: string;
}

async function buildExplore(): Promise<Built> {
  if (!state.focus) return { data: { nodes: [], edges: [] }, layout: 'force', empty: t.nothing };
  const focusExp = state.expanded.find((e) => e.id === state.focus && e.type === '*');
  const all = [{ id: state.focus, type: '*', limit: focusExp?.limit ?? DEFAULT_LIMIT }, ...state.expanded.filter((e) => e !== focusExp)];
  const parts = await Promise.all(all.map(async (e) => ({ e, nb: await fetchNeighbours(e.id, e.type) })));
  let truncated = false;
  const graphs: GraphData[] = [];
  const more: string[] = [];
  for (const { e, nb } of parts) {
    truncated ||= nb.truncated;
    const start = nb.nodes.filter((n) => n.depth === 0);
    const ring = nb.nodes.filter((n) => n.depth !== 0);
    const kept = [...start, ...ring.slice(0, e.limit)];
    if (ring.length > e.limit) more.push(`${e.id}|${e.type}|${ring.length - e.limit}`);
    graphs.push({ nodes: kept, edges: nb.edges });
  }
  const data = mergeGraphs(...graphs);
  rememberNodes(data.nodes);
  const side = sideMore(more, truncated);
  return { data, layout: 'force', side, note: truncated ? t.truncated : undefined };
}

/** The "+N more" buttons of capped expansions. */
function sideMore(more: string[], truncated: boolean): HTMLElement | undefined {
  if (!more.length && !truncated) return undefined;
  return h(
    'div',
    { class: 'more' },
    truncated ? h('p', { class: 'truncated', role: 'note' }, t.truncated) : null,
    more.map((m) => {
      const [id, type, n] = m.split('|');
      return h(
        'button',
        { type: 'button', class: 'more-button', onclick: () => navigate(expand(state, id!, type!, true)) },
        `+${n} ${t.more} · ${type === '*' ? t.all : enumLabel(type!, lang)} · ${nameOf(id)}`,
      );
    }),
  );
}

let chainCache: { key: string; chains: Chain[] } | undefined;
async function buildChain(): Promise<Built> {
  if (!state.from || !state.to) return { data: { nodes: [], edges: [] }, layout: 'layered', empty: t.pickTwo };
  const key = `${state.from}|${state.to}|${state.k}`;
  if (chainCache?.key !== key) chainCache = { key, chains: await collaborationChain(client, state.from, state.to, state.k) };
  const chains = chainCache.chains;
  for (const c of chains)
    for (const hop of c.hops) for (const e of [hop.fromEnd, hop.toEnd]) if (e.provenance.source) sources.set(e.provenance.source.id, e.provenance.source);
  const index = Math.min(state.chain, Math.max(0, chains.length - 1));
  const chain = chains[index];
  // Every chain drawn, the chosen one highlighted hop by hop.
  const data = mergeGraphs(...chains.map(chainGraph));
  const shown = chain ? chainGraph(chain) : undefined;
  const side = chainPanel(chains, index, lang, t, (i) => navigate({ ...state, chain: i }));
  return {
    data,
    layout: 'layered',
    highlight: shown ? [...shown.nodes.map((n) => n.id), ...shown.edges.map((e) => e.id)] : undefined,
    side,
    empty: t.noChain,
  };
}

async function buildSupply(): Promise<Built> {
  const graphs: GraphData[] = [];
  const panels: HTMLElement[] = [];
  let missing: string[] = [];
  let note: string | undefined;
  const pick = (id: string) => navigate({ ...state, selected: id }, false);
  if (state.focus) {
    const r = await supplyChain(client, state.focus, 3, state.industry);
    const upstream = state.direction !== 'down' ? r.upstream : undefined;
    const downstream = state.direction !== 'up' ? r.downstream : undefined;
    const links = [...(upstream ?? []), ...(downstream ?? [])];
    if (r.entity) {
      graphs.push(supplyGraph(r.entity, links));
      panels.push(supplyPanel(r.entity, { upstream, downstream }, lang, t, pick));
    }
    if (!links.length) note = t.noSupply;
    if (r.truncated) note = t.truncated;
  }
  if (state.region && state.industry) {
    const region = state.region;
    const [segments, named] = await Promise.all([
      missingLinks(client, region, state.industry),
      names.has(region) ? undefined : entityName(client, region).catch(() => null),
    ]);
    if (named) remember(named);
    graphs.push(missingLinksGraph(state.region, segments));
    panels.push(gapsPanel(segments, lang, t, pick));
    missing = segments.filter((s) => s.missing).map((s) => s.industry.id);
    note = undefined;
  }
  if (!graphs.length) return { data: { nodes: [], edges: [] }, layout: 'layered', empty: t.nothingSupply };
  return { data: mergeGraphs(...graphs), layout: 'layered', missing, note, side: h('div', {}, panels) };
}

let regionCache: { id: string; figures: RegionFigures; nb: Neighborhood } | undefined;
async function buildRegion(): Promise<Built> {
  const region = state.region ?? (state.focus?.startsWith('region:') ? state.focus : undefined);
  if (!region) return { data: { nodes: [], edges: [] }, layout: 'force', empty: t.nothing };
  if (regionCache?.id !== region) {
    const [figures, nb] = await Promise.all([
      regionFigures(client, region),
      neighborhood(client, {
        id: region,
        depth: 2,
        rels: ['LOCATED_IN', 'PART_OF', 'HOSTED_BY'],
        kinds: ['REGION', 'ORGANIZATION', 'PLATFORM'],
        limitPerKind: 200,
        first: 1000,
      }),
    ]);
    regionCache = { id: region, figures, nb };
  }
  for (const i of [...regionCache.figures.regionIndicators, ...regionCache.figures.platformCounts.reported])
    if (i.provenance.source) sources.set(i.provenance.source.id, i.provenance.source);
  return {
    data: { nodes: regionCache.nb.nodes, edges: regionCache.nb.edges },
    layout: 'force',
    side: regionPanel(regionCache.figures, lang, t),
    note: regionCache.nb.truncated ? t.truncated : undefined,
  };
}

// ---- Render ------------------------------------------------------------------------------------

let generation = 0;
let drawnKey = '';
async function render(): Promise<void> {
  const mine = ++generation;
  // Tests and scripts wait for this to go away before reading the view.
  document.body.dataset.busy = '1';
  document.documentElement.lang = lang;
  document.title = `${t.explorer} · ${t.title}`;
  renderHeader();
  status.textContent = t.loading;
  let built: Built;
  try {
    built =
      state.mode === 'chain'
        ? await buildChain()
        : state.mode === 'supply'
          ? await buildSupply()
          : state.mode === 'region'
            ? await buildRegion()
            : await buildExplore();
  } catch (e) {
    if (mine !== generation) return;
    status.textContent = (e as Error).message;
    status.classList.add('error');
    status.hidden = false;
    delete document.body.dataset.busy;
    return;
  }
  if (mine !== generation) return;
  rememberNodes(built.data.nodes);
  status.classList.remove('error');
  // The box the graph is laid out in: shown or hidden before drawing, so the layout fits it.
  graphBox.hidden = state.table;
  tableBox.hidden = !state.table;
  // Redraw (and re-layout) only when what is drawn changed; filters and selection do not.
  const key = JSON.stringify([state.mode, built.data.nodes.map((n) => n.id), built.data.edges.map((e) => e.id), built.highlight, built.missing, lang]);
  if (key !== drawnKey) {
    drawnKey = key;
    await view.draw(built.data, { layout: built.layout, focus: state.focus, highlight: built.highlight, missing: built.missing });
  }
  if (mine !== generation) return;
  // A view above the node cap is drawn with groups: say so, the table still lists everything.
  const total = view.graph.nodes.length;
  const grouped = view.hidden ? format(t.clustered, { shown: (total - view.hidden).toLocaleString(lang), total: total.toLocaleString(lang) }) : undefined;
  // What the view draws decides the empty-state hint, not the mode's answer alone: a drawing
  // the answer did not replace (a capped one drawn by a script) is not "nothing here".
  const drawsNothing = total === 0;
  const notes = [drawsNothing ? built.empty : undefined, built.note, grouped].filter(Boolean);
  status.textContent = notes.join(' ');
  status.hidden = notes.length === 0;
  view.filter(keepNode, keepEdge);
  leftSide(built.data);
  if (state.table) tableBox.replaceChildren(table(built.data));
  else view.resize();
  // The selection comes from the URL (a shared link opens with the same details).
  const sel = state.selected;
  if (sel && selected.node?.id !== sel && selected.edge?.id !== sel) {
    selected = { node: built.data.nodes.find((n) => n.id === sel) ?? view.nodeById(sel), edge: built.data.edges.find((e) => e.id === sel) };
  }
  // Nothing selected: the details are the focus's (a view opened on an entity says what it is).
  if (!sel) selected = { node: built.data.nodes.find((n) => n.id === (state.focus ?? (state.mode === 'region' ? state.region : undefined))) };
  view.select(sel);
  const panels: HTMLElement[] = [];
  if (built.side) panels.push(built.side);
  // Chain and supply panels stand alone until something is picked; elsewhere the details show.
  // With nothing selected the details would only repeat the empty-state hint: not beside a drawing.
  if (selected.node || selected.edge || (!built.side && drawsNothing)) {
    const node = selected.node;
    let counts: Map<string, number> | undefined;
    let full: ApiNode | undefined;
    if (node && node.kind !== CLUSTER_KIND) {
      // The node's own neighbourhood answer carries all its properties (chain and supply
      // answers select only names and kinds) and the counts for the expand buttons.
      const nb = await fetchNeighbours(node.id, '*').catch(() => undefined);
      counts = countByType(nb?.edges ?? []);
      full = nb?.nodes.find((n) => n.depth === 0 && n.id === node.id);
    }
    // A source cited by id only (neighbourhood properties): its title, fetched once.
    const cited = (full ?? selected.node ?? selected.edge)?.properties.source;
    if (typeof cited === 'string' && !sources.has(cited)) {
      const src = await sourceText(client, cited).catch(() => null);
      if (src) sources.set(cited, src);
    }
    if (mine !== generation) return;
    const details = detailsPanel(full ? { node: full } : selected, lang, t, {
      canExpand: state.mode === 'explore',
      expandCounts: counts,
      expanded: new Set(state.expanded.filter((e) => e.id === node?.id).map((e) => e.type)),
      onExpand: (type) => node && navigate(expand(state, node.id, type)),
      onCollapse: () => node && navigate(collapse(state, node.id)),
      onFocus: () =>
        node &&
        navigate({
          ...state,
          mode: state.mode === 'chain' ? 'explore' : state.mode,
          focus: node.id,
          expanded: [],
          region: node.kind === 'REGION' ? node.id : state.region,
        }),
      sources,
      members: (id) => view.groupMembers(id),
      onPick: (id) => navigate({ ...state, selected: id }, false),
    });
    // Supply mode: the focus's details above its suppliers and customers.
    if (state.mode === 'supply') panels.unshift(details);
    else panels.push(details);
  }
  sidePanel.replaceChildren(...panels);
  drawPendingCharts();
  document.body.dataset.ready = String(mine);
  delete document.body.dataset.busy;
}

// Keyboard on the canvas: arrows pan, + and - zoom, 0 fits, T switches to the table.
graphBox.addEventListener('keydown', (ev) => {
  const step = 60;
  const keys: Record<string, () => void> = {
    ArrowLeft: () => view.panBy(step, 0),
    ArrowRight: () => view.panBy(-step, 0),
    ArrowUp: () => view.panBy(0, step),
    ArrowDown: () => view.panBy(0, -step),
    '+': () => view.zoomBy(1.2),
    '=': () => view.zoomBy(1.2),
    '-': () => view.zoomBy(1 / 1.2),
    '0': () => view.fit(),
    t: () => navigate({ ...state, table: true }),
  };
  const f = keys[ev.key];
  if (f) {
    ev.preventDefault();
    f();
  }
});

void render();
