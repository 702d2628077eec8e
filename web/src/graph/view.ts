// THE graph component: draws a GraphData with Cytoscape.js, force layout by fcose, layered
// (left-to-right) by dagre. The explorer and <kg-graph> both use it; it knows nothing of modes,
// URLs or the API. Why Cytoscape: docs/embedding.md ("Choice of library"), measured by bench/web.ts.
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { type ApiEdge, type ApiNode, CLUSTER_KIND, capGraph, displayName, edgeLabel, type GraphData } from './model.js';
import { LEVEL_BORDER, stylesheet } from './style.js';

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

/** Above this many elements labels are drawn only when zoomed in, edges as straight lines. */
const BIG = 600;

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
    const elements: cytoscape.ElementDefinition[] = [];
    for (const n of data.nodes) {
      const level = typeof n.properties.level === 'string' ? n.properties.level : undefined;
      elements.push({
        group: 'nodes',
        data: { id: n.id, kind: n.kind, name: displayName(n, this.lang), ...(level ? { level, border: LEVEL_BORDER[level] ?? 1 } : {}) },
        classes: [n.id === opts.focus ? 'focus' : '', missing.has(n.id) ? 'missing' : '', big ? 'big' : '', n.kind === CLUSTER_KIND ? 'group' : '']
          .filter(Boolean)
          .join(' '),
        position: before.get(n.id),
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
          label: big ? '' : edgeLabel(e),
          ...(e.type === 'GROUPED' ? { weight: Math.min(8, 1 + Math.log2(Number(e.properties.count) || 1)) } : {}),
        },
        classes: [big ? 'big' : '', missing.has(e.source) || missing.has(e.target) ? 'gap' : ''].filter(Boolean).join(' '),
      });
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    this.highlight(opts.highlight);
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
    this.layoutDone = new Promise<number>((resolve) => {
      if (n === 0) return resolve(0);
      const layout = this.cy.layout(options as cytoscape.LayoutOptions);
      layout.one('layoutstop', () => {
        // A few nodes fitted to the box would be drawn huge: cap the zoom, keep them centred.
        if (this.cy.zoom() > 1.4) {
          this.cy.zoom(1.4);
          this.cy.center();
        }
        resolve(performance.now() - started);
      });
      layout.run();
    });
    return this.layoutDone;
  }

  /** Highlights a path (node and edge ids); everything else fades. No ids: nothing fades. */
  highlight(ids?: string[]): void {
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
