// THE graph component: draws a GraphData with Cytoscape.js, force layout by fcose, layered
// (left-to-right) by dagre. The explorer and <kg-graph> both use it; it knows nothing of modes,
// URLs or the API. Why Cytoscape: docs/embedding.md ("Choice of library"), measured by bench/web.ts.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { draftLayout, type Point } from './draft-layout.js';
import { type ApiEdge, type ApiNode, CLUSTER_KIND, capGraph, displayName, edgeLabel, type GraphData } from './model.js';
import { BIG_LABEL_ZOOM, bigStylesheet, LEVEL_BORDER, stylesheet } from './style.js';

cytoscape.use(fcose);
cytoscape.use(dagre);
cytoscape.use(svg);

export type LayoutName = 'force' | 'layered';

export interface DrawOptions {
  layout?: LayoutName;
  /** Node drawn larger (the view's focus). */
  focus?: string;
  /** Element ids (nodes and edges) to highlight; the rest fades. */
  highlight?: string[];
  /** Nodes to mark as gaps (missing links). */
  missing?: string[];
}

export interface GraphViewOptions {
  lang?: string;
  onSelect?: (node: ApiNode | undefined, edge?: ApiEdge) => void;
  onActivate?: (node: ApiNode) => void;
  /** Most nodes drawn; above it the least central fold into one group per kind (capGraph). */
  maxNodes?: number;
  /** Cytoscape's WebGL renderer (experimental in 3.3x); bench/web.ts compares it. */
  webgl?: boolean;
}

/**
 * The default cap: the size bench/web.ts measures (2,000 nodes / 5,000 edges laid out and panned
 * at speed). Larger views would stall the tab in the force layout; they are grouped instead.
 */
export const MAX_NODES = 2000;

/**
 * Above this many elements the view is big: the lean stylesheet (bigStylesheet: labels only on
 * nodes in sight once zoomed in, straight edges) and the cached texture while the viewport moves.
 */
const BIG = 600;
/** Above this many nodes the force layout's first run is draftLayout's, not fcose's. */
const BIG_LAYOUT = 800;

export class GraphView {
  readonly cy: cytoscape.Core;
  private data: GraphData = { nodes: [], edges: [] };
  /** What is drawn: `data`, or its capped form with group nodes. */
  private drawn: GraphData = { nodes: [], edges: [] };
  private groups = new Map<string, ApiNode[]>();
  /** Nodes of `graph` folded into groups in the current drawing (0: everything is drawn). */
  hidden = 0;
  private lang: string;
  /** Resolves when the latest layout has finished (the library's layoutstop event). */
  layoutDone: Promise<number> = Promise.resolve(0);
  /** Whether the lean stylesheet is on (a big view). */
  private big = false;
  private labelTimer: ReturnType<typeof setTimeout> | undefined;
  private highlighted = false;

  constructor(
    readonly container: HTMLElement,
    private readonly opts: GraphViewOptions = {},
  ) {
    this.lang = opts.lang ?? 'en';
    this.cy = cytoscape({
      container,
      style: stylesheet() as cytoscape.StylesheetJson,
      wheelSensitivity: 0.3,
      minZoom: 0.05,
      maxZoom: 4,
      // While the user drags or wheels, big views move a cached texture of the scene instead of
      // redrawing it (set per draw, see BIG); small views redraw everything, crisp.
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: 1,
      ...(opts.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    });
    this.cy.on('tap', 'node', (evt) => this.opts.onSelect?.(this.nodeById(evt.target.id())));
    this.cy.on('tap', 'edge', (evt) => {
      const edge = this.drawn.edges.find((e) => e.id === evt.target.id());
      this.opts.onSelect?.(undefined, edge);
    });
    this.cy.on('dbltap', 'node', (evt) => {
      const n = this.nodeById(evt.target.id());
      if (n) this.opts.onActivate?.(n);
    });
    this.cy.on('tap', (evt) => {
      if (evt.target === this.cy) this.opts.onSelect?.(undefined);
    });
    // Big views label what is in sight once the viewport rests, zoomed in far enough to read.
    this.cy.on('viewport', () => {
      if (!this.big) return;
      clearTimeout(this.labelTimer);
      this.labelTimer = setTimeout(() => this.labelInSight(), 120);
    });
  }

  /** Marks the nodes inside the viewport (and a margin) `labelled`; kept when they leave it. */
  private labelInSight(): void {
    if (!this.big || this.cy.zoom() < BIG_LABEL_ZOOM) return;
    const ext = this.cy.extent();
    const mx = ext.w * 0.1;
    const my = ext.h * 0.1;
    const fresh = this.cy.nodes(':visible').filter((n) => {
      if (n.hasClass('labelled')) return false;
      const p = n.position();
      return p.x >= ext.x1 - mx && p.x <= ext.x2 + mx && p.y >= ext.y1 - my && p.y <= ext.y2 + my;
    });
    if (fresh.nonempty()) fresh.addClass('labelled');
  }

  /** A drawn node (group nodes included) by id. */
  nodeById(id: string): ApiNode | undefined {
    return this.drawn.nodes.find((n) => n.id === id);
  }

  /** Everything handed to draw(), as the API gave it (exports use this, not the capped drawing). */
  get graph(): GraphData {
    return this.data;
  }

  /** The nodes a group node stands for. */
  groupMembers(id: string): ApiNode[] {
    return this.groups.get(id) ?? [];
  }

  setLang(lang: string): void {
    this.lang = lang;
    this.cy.batch(() => {
      for (const n of this.drawn.nodes) this.cy.getElementById(n.id).data('name', displayName(n, lang));
      // Big views draw no edge labels (the lean stylesheet): nothing to rewrite there.
      if (!this.big) for (const e of this.drawn.edges) this.cy.getElementById(e.id).data('label', edgeLabel(e, lang));
    });
  }

  /** Replaces what is drawn and lays it out; keeps positions of nodes already drawn. */
  draw(data: GraphData, opts: DrawOptions = {}): Promise<number> {
    // The container may have changed size since the last draw (panels, a hidden table view):
    // the layout fits to the size it is told.
    this.resize();
    const before = new Map<string, cytoscape.Position>();
    this.cy.nodes().forEach((n) => {
      before.set(n.id(), { ...n.position() });
    });
    this.data = data;
    const missing = new Set(opts.missing ?? []);
    const pinned = [...(opts.focus ? [opts.focus] : []), ...(opts.highlight ?? []), ...missing];
    const capped = capGraph(data, this.opts.maxNodes ?? MAX_NODES, pinned);
    this.drawn = capped.data;
    this.groups = capped.groups;
    this.hidden = capped.hidden;
    data = capped.data;
    const big = data.nodes.length + data.edges.length > BIG;
    // The renderer reads these per frame: the cheap viewport path only for big views.
    const renderer = (this.cy as unknown as { renderer(): { textureOnViewport: boolean } }).renderer();
    renderer.textureOnViewport = big;
    // A new big drawing with the force layout: draftLayout places it before the elements exist,
    // so the library computes styles and bounding boxes once, for the final positions.
    const forceDraft = (opts.layout ?? 'force') === 'force' && data.nodes.length > BIG_LAYOUT && !data.nodes.every((n) => before.has(n.id));
    const placed: Map<string, Point> | undefined = forceDraft
      ? draftLayout(
          data.nodes.map((n) => n.id),
          data.edges,
        )
      : undefined;
    const elements: cytoscape.ElementDefinition[] = [];
    for (const n of data.nodes) {
      const level = typeof n.properties.level === 'string' ? n.properties.level : undefined;
      elements.push({
        group: 'nodes',
        data: { id: n.id, kind: n.kind, name: displayName(n, this.lang), ...(level ? { level, border: LEVEL_BORDER[level] ?? 1 } : {}) },
        classes: [n.id === opts.focus ? 'focus' : '', missing.has(n.id) ? 'missing' : '', n.kind === CLUSTER_KIND ? 'group' : ''].filter(Boolean).join(' '),
        position: placed?.get(n.id) ?? before.get(n.id),
      });
    }
    for (const e of data.edges) {
      elements.push({
        group: 'edges',
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          label: big ? '' : edgeLabel(e, this.lang),
          ...(e.type === 'GROUPED' ? { weight: Math.min(8, 1 + Math.log2(Number(e.properties.count) || 1)) } : {}),
        },
        classes: missing.has(e.source) || missing.has(e.target) ? 'gap' : '',
      });
    }
    this.cy.batch(() => this.cy.elements().remove());
    this.highlighted = false;
    // The stylesheet is swapped while the graph is empty: nothing to restyle.
    if (big !== this.big) this.cy.style((big ? bigStylesheet() : stylesheet()) as cytoscape.StylesheetJson);
    this.big = big;
    this.cy.batch(() => this.cy.add(elements));
    this.highlight(opts.highlight);
    if (placed) return this.run({ name: 'preset', fit: true, padding: 30, animate: false });
    const known = data.nodes.every((n) => before.has(n.id));
    return this.layout(opts.layout ?? 'force', known && before.size > 0);
  }

  /** Runs a layout; resolves with its duration in ms when the library reports it finished. */
  layout(name: LayoutName, keepPositions = false): Promise<number> {
    const n = this.cy.nodes().length;
    const started = performance.now();
    const options =
      name === 'layered'
        ? { name: 'dagre', rankDir: 'LR', nodeSep: 30, rankSep: 110, edgeSep: 10, animate: false, fit: true, padding: 30 }
        : {
            name: 'fcose',
            // Big views: the spectral draft alone (fast, good enough to read clusters); small
            // views get the full force refinement.
            quality: n > 800 ? 'draft' : 'default',
            randomize: !keepPositions,
            animate: false,
            fit: true,
            padding: 30,
            // Small views: room for the labels, so names do not overlap.
            nodeDimensionsIncludeLabels: n <= 200,
            nodeRepulsion: 6000,
            idealEdgeLength: n <= 200 ? 110 : 90,
            numIter: n > 800 ? 500 : 2500,
          };
    return this.run(options, started);
  }

  /** Runs layout options; resolves with the time since `started` at the library's layoutstop. */
  private run(options: object, started = performance.now()): Promise<number> {
    this.layoutDone = new Promise<number>((resolve) => {
      if (this.cy.nodes().empty()) return resolve(0);
      const layout = this.cy.layout(options as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => {
        // A few nodes fitted to the box would be drawn huge: cap the zoom, keep them centred.
        if (this.cy.zoom() > 1.4) {
          this.cy.zoom(1.4);
          this.cy.center();
        }
        resolve(performance.now() - started);
        this.labelInSight();
      });
      layout.run();
    });
    return this.layoutDone;
  }

  /** Highlights a path (node and edge ids); everything else fades. No ids: nothing fades. */
  highlight(ids?: string[]): void {
    // Nothing highlighted before or now: no class to touch (on 7,000 elements that alone cost
    // a tenth of a big view's first draw).
    if (!ids?.length && !this.highlighted) return;
    this.highlighted = Boolean(ids?.length);
    this.cy.batch(() => {
      this.cy.elements().removeClass('hl faded');
      if (!ids?.length) return;
      const set = new Set(ids);
      this.cy.elements().forEach((el) => {
        el.addClass(set.has(el.id()) ? 'hl' : 'faded');
      });
    });
  }

  /** Shows only elements the predicates keep (filters); edges go with hidden ends. */
  filter(keepNode: (n: ApiNode) => boolean, keepEdge: (e: ApiEdge) => boolean): void {
    // Group nodes stay: they stand for nodes the filters have not seen.
    const nodes = new Set(this.drawn.nodes.filter((n) => n.kind === CLUSTER_KIND || keepNode(n)).map((n) => n.id));
    this.cy.batch(() => {
      this.cy.nodes().forEach((el) => {
        el.style('display', nodes.has(el.id()) ? 'element' : 'none');
      });
      for (const e of this.drawn.edges) {
        const el = this.cy.getElementById(e.id);
        el.style('display', keepEdge(e) && nodes.has(e.source) && nodes.has(e.target) ? 'element' : 'none');
      }
    });
  }

  select(id: string | undefined): void {
    this.cy.elements().unselect();
    if (!id) return;
    const el = this.cy.getElementById(id);
    if (el.nonempty()) {
      el.select();
      this.cy.animate({ center: { eles: el }, duration: 200 });
    }
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  zoomBy(factor: number): void {
    const ext = this.cy.extent();
    this.cy.zoom({ level: this.cy.zoom() * factor, position: { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 } });
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx, y: dy });
  }

  exportPng(): string {
    return this.cy.png({ full: true, scale: 2, bg: '#ffffff' });
  }

  exportSvg(): string {
    return (this.cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff' });
  }

  private size = '';
  /** Tells the library the container's size; when it changed, fits the drawing to it again. */
  resize(): void {
    const size = `${this.container.clientWidth}x${this.container.clientHeight}`;
    if (size === this.size) return;
    const hadSize = this.size !== '' && !this.size.startsWith('0x') && !this.size.endsWith('x0');
    this.size = size;
    this.cy.resize();
    if (!hadSize && this.cy.nodes().nonempty()) this.cy.fit(undefined, 30);
  }

  destroy(): void {
    this.cy.destroy();
  }
}
