// The comparison for bench/web.ts: the same generated graph drawn by sigma.js (WebGL) on
// graphology, laid out by ForceAtlas2 (Barnes-Hut), timed the same way: data in -> layout done,
// first frame on screen (the animation frame after the constructor, which renders), frames/s while the camera moves every frame.
import { DirectedGraph } from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';

// A CommonJS package: its default export is the layout object, whichever way it is bundled.
type ForceAtlas2 = { assign(g: unknown, p: object): void; inferSettings(g: unknown): object };
const fa2 = ((fa2Module as unknown as { default?: ForceAtlas2 }).default ?? fa2Module) as unknown as ForceAtlas2;

import Sigma from 'sigma';

interface BenchGraph {
  nodes: { id: string; kind: string; label: string }[];
  edges: { id: string; source: string; target: string }[];
}

const COLORS: Record<string, string> = { ORGANIZATION: '#2f6fdf', PLATFORM: '#e07b13', PROJECT: '#2e9e5b', REGION: '#7f8c8d', INDUSTRY: '#c0392b' };

async function run(data: BenchGraph, iterations: number) {
  const started = performance.now();
  const graph = new DirectedGraph();
  for (const n of data.nodes)
    graph.addNode(n.id, { label: n.label, x: Math.random() * 1000, y: Math.random() * 1000, size: 4, color: COLORS[n.kind] ?? '#999' });
  for (const e of data.edges) if (!graph.hasEdge(e.source, e.target)) graph.addEdgeWithKey(e.id, e.source, e.target, { size: 1, color: '#9aa5b1' });
  fa2.assign(graph, { iterations, settings: { ...fa2.inferSettings(graph), barnesHutOptimize: true } });
  const layoutMs = performance.now() - started;
  const container = document.getElementById('g')!;
  // Sigma renders its first frame inside the constructor (so an afterRender listener attached
  // after it never fires: the old hang of this page); the frame is on screen at the next
  // animation frame.
  const renderer = new Sigma(graph, container, { labelRenderedSizeThreshold: 12 });
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const paintedMs = performance.now() - started;
  let renders = 0;
  renderer.on('afterRender', () => renders++);
  const camera = renderer.getCamera();
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const step = () => {
      const t = performance.now() - t0;
      const s = camera.getState();
      camera.setState({ x: s.x + Math.sin(t / 300) * 0.004, y: s.y + Math.cos(t / 400) * 0.003, ratio: s.ratio * (1 + Math.sin(t / 500) * 0.02) });
      if (t < 3000) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  return { layoutMs, paintedMs, fps: renders / ((performance.now() - t0) / 1000) };
}

(window as unknown as { sigmaBench: typeof run }).sigmaBench = run;
