// The side panels: details of a selection (grouped, provenance apart), the hops of a chain with
// their evidence, and the region figures (counted beside reported, in a chart and a table).
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Indicator, RegionFigures } from '../api/operations.js';
import { enumLabel } from '../graph/labels.js';
import {
  type ApiEdge,
  type ApiNode,
  type Chain,
  type ChainLink,
  CLUSTER_KIND,
  displayName,
  type EntityRef,
  groupProperties,
  type MissingLink,
  type Provenance,
} from '../graph/model.js';
import { FONT_STACK } from '../graph/style.js';
import { h } from '../shared/dom.js';
import type { Strings } from './i18n.js';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const value = (v: unknown): string =>
  typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : Array.isArray(v) && v.every((x) => typeof x !== 'object')
        ? v.join(', ')
        : JSON.stringify(v);

/** Where a source's text can be read: its URL, or the stored article served at /sources/. */
export const sourceHref = (s: NonNullable<Provenance['source']>): string | undefined =>
  s.url ?? (s.file ? `/sources/${encodeURIComponent(s.file)}` : undefined);

function propTable(rows: [string, unknown][], sources: Map<string, NonNullable<Provenance['source']>>, t: Strings) {
  return h(
    'dl',
    { class: 'props' },
    rows.flatMap(([k, v]) => {
      const src = k === 'source' && typeof v === 'string' ? sources.get(v) : undefined;
      const href = src && sourceHref(src);
      return [
        h('dt', {}, k),
        h(
          'dd',
          {},
          src
            ? [src.title, src.date ? ` (${src.date})` : '', href ? [' ', h('a', { href, target: '_blank', rel: 'noopener' }, t.openSource)] : null]
            : value(v),
        ),
      ];
    }),
  );
}

export interface DetailsActions {
  /** Expansions apply to the neighbourhood mode; other modes draw what their query answers. */
  canExpand: boolean;
  expandCounts?: Map<string, number>;
  expanded: Set<string>;
  onExpand: (type: string) => void;
  onCollapse: () => void;
  onFocus: () => void;
  sources: Map<string, NonNullable<Provenance['source']>>;
  /** Group nodes (capped views): their members, and what picking one does. */
  members?: (groupId: string) => ApiNode[];
  onPick?: (id: string) => void;
}

/** How many members a group's panel lists (the table view lists them all). */
const GROUP_LIST = 100;

/** A group node of a capped view: what it stands for, its members to pick one from. */
function groupPanel(node: ApiNode, lang: string, t: Strings, members: ApiNode[], onPick: (id: string) => void): HTMLElement {
  return h(
    'section',
    { class: 'panel details group', 'aria-label': t.details },
    h('h2', {}, node.label),
    h('p', { class: 'muted' }, `${t.group}: ${members.length} × ${String(node.properties.groupOf)}`),
    h(
      'ul',
      { class: 'members' },
      members.slice(0, GROUP_LIST).map((m) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => onPick(m.id) }, displayName(m, lang)))),
    ),
    members.length > GROUP_LIST ? h('p', { class: 'muted' }, `+${members.length - GROUP_LIST} ${t.more} · ${t.table}`) : null,
  );
}

export function detailsPanel(sel: { node?: ApiNode; edge?: ApiEdge }, lang: string, t: Strings, actions: DetailsActions): HTMLElement {
  if (sel.node?.kind === CLUSTER_KIND) return groupPanel(sel.node, lang, t, actions.members?.(sel.node.id) ?? [], actions.onPick ?? (() => {}));
  const item = sel.node ?? sel.edge;
  if (!item) return h('section', { class: 'panel details', 'aria-label': t.details }, h('p', { class: 'muted' }, t.nothing));
  const groups = groupProperties(item.properties);
  const title = sel.node ? displayName(sel.node, lang) : enumLabel(sel.edge!.type, lang);
  const panel = h(
    'section',
    { class: 'panel details', 'aria-label': t.details },
    h('h2', {}, title),
    h('p', { class: 'muted' }, sel.node ? sel.node.kind : `${sel.edge!.source} → ${sel.edge!.target}`),
    groups.inferred ? h('p', { class: 'inferred', role: 'note' }, `⚠ ${t.inferred}${item.properties.note ? `: ${value(item.properties.note)}` : ''}`) : null,
    propTable(groups.facts, actions.sources, t),
    groups.provenance.length ? [h('h3', {}, t.provenance), propTable(groups.provenance, actions.sources, t)] : null,
  );
  if (sel.node) {
    const counts = actions.expandCounts;
    const buttons = h(
      'div',
      { class: 'expand', role: 'group', 'aria-label': t.expand },
      h('button', { type: 'button', onclick: () => actions.onFocus() }, t.focus),
      actions.canExpand
        ? [
            h('button', { type: 'button', 'data-expand': '*', onclick: () => actions.onExpand('*') }, `${t.expand}: ${t.all}`),
            counts
              ? [...counts].map(([type, n]) =>
                  // The graph's label for the type (graph/labels.ts); the API's name stays in data-expand and the tooltip.
                  h('button', { type: 'button', 'data-expand': type, title: type, onclick: () => actions.onExpand(type) }, `${enumLabel(type, lang)} (${n})`),
                )
              : null,
            actions.expanded.size ? h('button', { type: 'button', class: 'collapse', onclick: () => actions.onCollapse() }, t.collapse) : null,
          ]
        : null,
    );
    panel.insertBefore(buttons, panel.children[2] ?? null);
  }
  return panel;
}

export function chainPanel(chains: Chain[], index: number, lang: string, t: Strings, onPick: (i: number) => void): HTMLElement {
  const name = (e: { name: string; nameZh?: string | null }) => (lang === 'zh' && e.nameZh ? e.nameZh : e.name);
  const chain = chains[index];
  const switcher = h(
    'div',
    { class: 'chain-switch', role: 'tablist', 'aria-label': t.chainN },
    chains.map((c, i) =>
      h(
        'button',
        { type: 'button', role: 'tab', 'aria-selected': String(i === index), onclick: () => onPick(i) },
        `${t.chainN} ${i + 1} · ${c.length} ${t.hops}`,
      ),
    ),
  );
  if (!chain) return h('section', { class: 'panel chain' }, h('p', {}, t.noChain));
  const end = (label: string, e: Chain['hops'][number]['fromEnd'], org: { name: string; nameZh?: string | null }) => {
    const src = e.provenance.source;
    const href = src && sourceHref(src);
    return h(
      'div',
      { class: 'hop-end' },
      h('h4', {}, `${label}: ${name(org)}`),
      h(
        'dl',
        { class: 'props' },
        h('dt', {}, t.role),
        h('dd', {}, `${e.relationship}${e.role ? ` · ${e.role}` : ''}`),
        e.chainPosition ? [h('dt', {}, t.chainPosition), h('dd', {}, e.chainPosition)] : null,
        e.since != null || e.year != null ? [h('dt', {}, t.year), h('dd', {}, String(e.since ?? e.year))] : null,
      ),
      e.provenance.evidence ? h('blockquote', { class: 'evidence' }, e.provenance.evidence) : null,
      e.provenance.inferred ? h('p', { class: 'inferred' }, `⚠ ${t.inferred}${e.provenance.note ? `: ${e.provenance.note}` : ''}`) : null,
      src
        ? h(
            'p',
            { class: 'source' },
            `${t.source}: ${src.title}${src.date ? ` (${src.date})` : ''} `,
            href ? h('a', { href, target: '_blank', rel: 'noopener' }, t.openSource) : null,
          )
        : null,
    );
  };
  return h(
    'section',
    { class: 'panel chain', 'aria-label': t.selectHop },
    switcher,
    h('h2', {}, chain.organizations.map(name).join(' → ')),
    h(
      'ol',
      { class: 'hops' },
      chain.hops.map((hop) =>
        h(
          'li',
          { class: 'hop' },
          h(
            'p',
            { class: 'connector' },
            `${t.connector}: `,
            h(
              'strong',
              {},
              hop.connector.__typename === 'SupplyLink' ? `SUPPLIES${hop.connector.product ? ` · ${hop.connector.product}` : ''}` : name(hop.connector),
            ),
            ` (${hop.via}${hop.connector.level ? ` · ${hop.connector.level}` : ''})`,
          ),
          end(t.from, hop.fromEnd, hop.from),
          end(t.to, hop.toEnd, hop.to),
        ),
      ),
    ),
  );
}

export interface FigureRow {
  label: string;
  reported: number;
  computed: number;
  indicator: Indicator;
}

/** Each reported platform count beside what the graph counts for the same kind and level. */
export function figureRows(f: RegionFigures['platformCounts']): FigureRow[] {
  return f.reported
    .filter((i) => i.unit === 'COUNT' || i.unit === 'PLATFORMS' || typeof i.value === 'number')
    .map((i) => {
      const computed = f.byKindAndLevel
        .filter((c) => (!i.platformKind || c.kind === i.platformKind) && (!i.level || c.level === i.level))
        .reduce((s, c) => s + c.count, 0);
      // Labels often name their year already ("... established in 2021").
      const year = i.year && !i.label.includes(String(i.year)) ? ` (${i.year})` : '';
      return { label: `${i.label}${year}`, reported: i.value, computed, indicator: i };
    });
}

const pendingCharts: (() => void)[] = [];

/** Draws the charts of panels just put in the page (they need their laid-out size). */
export function drawPendingCharts(): void {
  for (const draw of pendingCharts.splice(0)) draw();
}

export function regionPanel(f: RegionFigures, lang: string, t: Strings): HTMLElement {
  const rows = figureRows(f.platformCounts);
  const chart = h('div', { class: 'chart', role: 'img', 'aria-label': `${t.computed} / ${t.reported}` });
  const region = f.region;
  const panel = h(
    'section',
    { class: 'panel region', 'aria-label': t.region },
    h('h2', {}, region ? (lang === 'zh' && region.nameZh ? region.nameZh : region.name) : ''),
    h('h3', {}, t.platformsByKind),
    chart,
    h(
      'table',
      { class: 'figures' },
      h('thead', {}, h('tr', {}, h('th', {}, t.label), h('th', {}, t.computed), h('th', {}, t.reported))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h('tr', {}, h('td', {}, r.label), h('td', { class: 'computed' }, String(r.computed)), h('td', { class: 'reported' }, String(r.reported))),
        ),
        f.platformCounts.byKindAndLevel.map((c) =>
          h(
            'tr',
            { class: 'count-only' },
            h('td', {}, `${c.kind}${c.level ? ` · ${c.level}` : ''}`),
            h('td', { class: 'computed' }, String(c.count)),
            h('td', {}, '—'),
          ),
        ),
      ),
    ),
    h('h3', {}, t.indicators),
    h(
      'ul',
      { class: 'indicators' },
      f.regionIndicators.map((i) => {
        const src = i.provenance.source;
        const href = src && sourceHref(src);
        return h(
          'li',
          {},
          h('strong', {}, `${i.label}: ${i.value} ${i.unit}`),
          i.year ? ` (${i.year})` : i.period ? ` (${i.period})` : '',
          i.provenance.evidence ? h('blockquote', { class: 'evidence' }, i.provenance.evidence) : null,
          src
            ? h('p', { class: 'source' }, `${t.source}: ${src.title} `, href ? h('a', { href, target: '_blank', rel: 'noopener' }, t.openSource) : null)
            : null,
        );
      }),
    ),
  );
  // The chart needs its box laid out: drawn by drawPendingCharts() once the panel is in the page.
  pendingCharts.push(() => {
    chart.style.height = `${Math.max(180, rows.length * 36 + 60)}px`;
    const c = echarts.init(chart, undefined, { renderer: 'svg' });
    c.setOption({
      animation: false,
      textStyle: { fontFamily: FONT_STACK },
      tooltip: { trigger: 'axis' },
      legend: { data: [t.computed, t.reported], top: 0 },
      grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: rows.map((r) => (r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label)), inverse: true },
      series: [
        { name: t.computed, type: 'bar', data: rows.map((r) => r.computed), itemStyle: { color: '#2f6fdf' } },
        { name: t.reported, type: 'bar', data: rows.map((r) => r.reported), itemStyle: { color: '#e07b13' } },
      ],
    });
    // Paint now, not on the library's next frame: a test or screenshot right after sees it.
    c.getZr().flush();
  });
  return panel;
}

const refName = (e: { name: string; nameZh?: string | null }, lang: string) => (lang === 'zh' && e.nameZh ? e.nameZh : e.name);

function sourceLine(p: Provenance, t: Strings): HTMLElement | null {
  const src = p.source;
  if (!src) return null;
  const href = sourceHref(src);
  return h(
    'p',
    { class: 'source' },
    `${t.source}: ${src.title}${src.date ? ` (${src.date})` : ''} `,
    href ? h('a', { href, target: '_blank', rel: 'noopener' }, t.openSource) : null,
  );
}

/**
 * Supply-chain mode: the focused entity's suppliers (upstream) and customers (downstream), each
 * link with its product, year, distance, evidence and source; a partner's name selects it.
 */
export function supplyPanel(
  entity: EntityRef,
  lists: { upstream?: ChainLink[]; downstream?: ChainLink[] },
  lang: string,
  t: Strings,
  onPick: (id: string) => void,
): HTMLElement {
  const list = (title: string, links: ChainLink[], partner: (l: ChainLink) => EntityRef, cls: string) =>
    h(
      'div',
      { class: `links ${cls}` },
      h('h3', {}, `${title} (${links.length})`),
      links.length
        ? h(
            'ol',
            { class: 'supply-links' },
            links.map((l) =>
              h(
                'li',
                { 'data-id': partner(l).id },
                h('button', { type: 'button', class: 'link', onclick: () => onPick(partner(l).id) }, refName(partner(l), lang)),
                h(
                  'span',
                  { class: 'muted' },
                  [
                    l.depth > 1 ? `${l.depth} ${t.hops}` : null,
                    `${refName(l.from, lang)} → ${refName(l.to, lang)}`,
                    l.product,
                    l.since != null ? String(l.since) : null,
                  ]
                    .filter(Boolean)
                    .map((x) => ` · ${x}`)
                    .join(''),
                ),
                l.provenance.evidence ? h('blockquote', { class: 'evidence' }, l.provenance.evidence) : null,
                l.provenance.inferred ? h('p', { class: 'inferred' }, `⚠ ${t.inferred}${l.provenance.note ? `: ${l.provenance.note}` : ''}`) : null,
                sourceLine(l.provenance, t),
              ),
            ),
          )
        : h('p', { class: 'muted' }, t.none),
    );
  return h(
    'section',
    { class: 'panel supply', 'aria-label': t.modeSupply },
    h('h2', {}, `${t.modeSupply}: ${refName(entity, lang)}`),
    lists.upstream ? list(t.upstream, lists.upstream, (l) => l.from, 'upstream') : null,
    lists.downstream ? list(t.downstream, lists.downstream, (l) => l.to, 'downstream') : null,
  );
}

/** A region's industrial chain, segment by segment, the missing ones marked. */
export function gapsPanel(segments: MissingLink[], lang: string, t: Strings, onPick: (id: string) => void): HTMLElement {
  const sorted = [...segments].sort((a, b) => a.distance - b.distance);
  return h(
    'section',
    { class: 'panel gaps', 'aria-label': t.gaps },
    h('h2', {}, t.gaps),
    h(
      'ol',
      { class: 'segments' },
      sorted.map((s) =>
        h(
          'li',
          { class: s.missing ? 'missing' : '', 'data-id': s.industry.id },
          h('button', { type: 'button', class: 'link', onclick: () => onPick(s.industry.id) }, refName(s.industry, lang)),
          ` · ${s.position}`,
          s.missing ? h('strong', { class: 'gap-mark' }, ` · ${t.missing}`) : ` · ${s.enterpriseCount} ${t.enterprises}`,
        ),
      ),
    ),
  );
}
