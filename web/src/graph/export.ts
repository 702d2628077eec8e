// Exports of the drawn graph: JSON exactly as the API gave the nodes and edges, and GraphML
// (for Gephi, yEd, Cytoscape desktop) with every scalar property as a typed data key.
import type { GraphData } from './model.js';

export const toJson = (g: GraphData): string => `${JSON.stringify({ nodes: g.nodes, edges: g.edges }, null, 2)}\n`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Kind = 'string' | 'double' | 'boolean';
const typeOf = (v: unknown): Kind => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string');
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v));

export function toGraphml(g: GraphData): string {
  const keys = new Map<string, { for: 'node' | 'edge'; name: string; type: Kind }>();
  const key = (target: 'node' | 'edge', name: string, v: unknown) => {
    const id = `${target[0]}_${name}`;
    const prev = keys.get(id);
    // A property with mixed types across elements is written as a string.
    const type = prev && prev.type !== typeOf(v) ? 'string' : typeOf(v);
    keys.set(id, { for: target, name, type });
    return id;
  };
  const nodes = g.nodes.map((n) => {
    const data = [key('node', 'kind', n.kind), key('node', 'label', n.label)].map((k, i) => `<data key="${k}">${esc(i ? n.label : n.kind)}</data>`);
    for (const [k, v] of Object.entries(n.properties)) if (v !== null && v !== undefined) data.push(`<data key="${key('node', k, v)}">${esc(text(v))}</data>`);
    return `    <node id="${esc(n.id)}">${data.join('')}</node>`;
  });
  const edges = g.edges.map((e) => {
    const data = [`<data key="${key('edge', 'type', e.type)}">${esc(e.type)}</data>`];
    for (const [k, v] of Object.entries(e.properties)) if (v !== null && v !== undefined) data.push(`<data key="${key('edge', k, v)}">${esc(text(v))}</data>`);
    return `    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">${data.join('')}</edge>`;
  });
  const keyLines = [...keys].map(([id, k]) => `  <key id="${esc(id)}" for="${k.for}" attr.name="${esc(k.name)}" attr.type="${k.type}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keyLines,
    '  <graph id="G" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
