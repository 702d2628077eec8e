// How nodes and edges look: colour and shape by kind, border by level, and the legend built from
// the same table, so the legend cannot drift from the drawing.

export interface KindStyle {
  color: string;
  shape: string;
  /** The legend's symbol (a CSS shape name for the legend swatch). */
  swatch: 'circle' | 'square' | 'diamond' | 'hexagon' | 'triangle' | 'tag';
}

export const KIND_STYLES: Record<string, KindStyle> = {
  ORGANIZATION: { color: '#2f6fdf', shape: 'ellipse', swatch: 'circle' },
  PLATFORM: { color: '#e07b13', shape: 'round-rectangle', swatch: 'square' },
  PROJECT: { color: '#2e9e5b', shape: 'diamond', swatch: 'diamond' },
  PROGRAMME: { color: '#8e44ad', shape: 'hexagon', swatch: 'hexagon' },
  REGION: { color: '#7f8c8d', shape: 'round-triangle', swatch: 'triangle' },
  INDUSTRY: { color: '#c0392b', shape: 'round-tag', swatch: 'tag' },
  PERSON: { color: '#16a085', shape: 'ellipse', swatch: 'circle' },
  EVENT: { color: '#d35400', shape: 'star', swatch: 'diamond' },
  INDICATOR: { color: '#b7950b', shape: 'round-rectangle', swatch: 'square' },
  SOURCE: { color: '#566573', shape: 'rectangle', swatch: 'square' },
};

export const FALLBACK_STYLE: KindStyle = { color: '#999999', shape: 'ellipse', swatch: 'circle' };

/** Border width by level: national platforms stand out, district ones barely. */
export const LEVEL_BORDER: Record<string, number> = {
  NATIONAL: 6,
  CROSS_REGIONAL: 5,
  PROVINCIAL: 4,
  MUNICIPAL: 3,
  DISTRICT: 2,
  ENTERPRISE: 1,
};

/** The page's font stack (web/src/style.css): canvas labels and charts draw Chinese from a CJK system font. */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const kindStyle = (kind: string): KindStyle => KIND_STYLES[kind] ?? FALLBACK_STYLE;

/** Zoom from which a big view labels the nodes in sight (the font is 11 px: readable from here). */
export const BIG_LABEL_ZOOM = 0.75;

/** A node's name under it: the same in both sheets (the big one shows it only on `labelled` nodes). */
const NODE_LABEL = {
  label: 'data(name)',
  'font-family': FONT_STACK,
  'font-size': 11,
  'text-valign': 'bottom',
  'text-margin-y': 4,
  'text-wrap': 'ellipsis',
  'text-max-width': '140px',
  color: '#1d2733',
  'text-outline-color': '#ffffff',
  'text-outline-width': 2,
} as const;

/**
 * Big views (GraphView's BIG): the same colours, shapes and marks without what costs most when
 * 7,000 elements get their styles and first draw: no label on edges, node labels only for nodes
 * the view has marked `labelled` (those in sight once zoomed in), straight unarrowed edges
 * (haystack). Measured by bench/web.ts: style application and first frame halved (docs/explorer.md).
 */
export function bigStylesheet(): unknown[] {
  const sheet: unknown[] = [
    { selector: 'node', style: { width: 26, height: 26, 'background-color': FALLBACK_STYLE.color, 'border-color': '#1d2733', 'border-width': 0 } },
    { selector: 'edge', style: { width: 1.5, 'line-color': '#9aa5b1', 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: 'node.labelled', style: { ...NODE_LABEL, 'min-zoomed-font-size': 8 } },
  ];
  return [...sheet, ...marks(), ...kinds()];
}

/** Cytoscape's stylesheet, from the tables above. */
export function stylesheet(): unknown[] {
  const sheet: unknown[] = [
    {
      selector: 'node',
      style: {
        ...NODE_LABEL,
        width: 26,
        height: 26,
        'background-color': FALLBACK_STYLE.color,
        'border-color': '#1d2733',
        'border-width': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': FONT_STACK,
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
  ];
  return [...sheet, ...marks(), ...kinds()];
}

/** Level borders, groups, focus, gaps, highlight and selection: the same in both sheets. */
function marks(): unknown[] {
  return [
    { selector: 'node[level]', style: { 'border-width': 'data(border)' } },
    // Group nodes of a capped view (capGraph): "+N KIND", large and plain, edges by weight.
    {
      selector: 'node.group',
      style: {
        shape: 'round-octagon',
        width: 64,
        height: 64,
        'background-color': '#d5dbe1',
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': '#52606d',
        label: 'data(name)',
        'font-family': FONT_STACK,
        color: '#1d2733',
        'font-size': 13,
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-margin-y': 0,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'edge[weight]', style: { width: 'data(weight)', 'line-style': 'dotted' } },
    { selector: 'node.focus', style: { width: 38, height: 38, 'font-weight': 'bold' } },
    { selector: 'node.missing', style: { 'background-opacity': 0.15, 'border-style': 'dashed', 'border-width': 3, 'border-color': '#c0392b' } },
    { selector: 'edge.gap', style: { 'line-style': 'dashed', 'line-color': '#c0392b' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'edge.hl', style: { 'line-color': '#e0218a', 'target-arrow-color': '#e0218a', width: 4, 'z-index': 10 } },
    { selector: 'node.hl', style: { 'border-color': '#e0218a', 'border-width': 5 } },
    { selector: ':selected', style: { 'overlay-color': '#2f6fdf', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  ];
}

const kinds = (): unknown[] =>
  Object.entries(KIND_STYLES).map(([kind, s]) => ({ selector: `node[kind = "${kind}"]`, style: { 'background-color': s.color, shape: s.shape } }));
