// draftLayout (big views' first layout): every node placed, apart, deterministic, components
// kept apart; checked by distances computed here from its output.
import { describe, expect, it } from 'vitest';
import { draftLayout } from '../../web/src/graph/draft-layout.js';

/** A ring of n nodes with chords to the next 1..3, ids prefixed. */
function ring(prefix: string, n: number) {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const edges = ids.flatMap((id, i) => [1, 2, 3].map((d) => ({ source: id, target: `${prefix}${(i + d) % n}` })));
  return { ids, edges };
}

describe('draftLayout', () => {
  it('places every node at a finite, distinct spot, the same twice, with unknown ends ignored', () => {
    const a = ring('a', 300);
    const b = ring('b', 40);
    const ids = [...a.ids, ...b.ids, 'lonely'];
    const edges = [...a.edges, ...b.edges, { source: 'a0', target: 'nowhere' }, { source: 'a1', target: 'a1' }];
    const p1 = draftLayout(ids, edges);
    const p2 = draftLayout(ids, edges);
    expect([...p1.keys()].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(Number.isFinite(p1.get(id)!.x) && Number.isFinite(p1.get(id)!.y)).toBe(true);
      expect(p2.get(id)).toEqual(p1.get(id));
    }
    const pts = ids.map((id) => p1.get(id)!);
    let tooClose = 0;
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) if (Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y) < 10) tooClose++;
    // Nodes are 26 px wide: almost no pair may sit on top of another.
    expect(tooClose).toBeLessThan(ids.length * 0.02);
    // Neighbours on the ring end up nearer each other than random pairs do.
    const d = (x: string, y: string) => Math.hypot(p1.get(x)!.x - p1.get(y)!.x, p1.get(x)!.y - p1.get(y)!.y);
    const near = a.edges.reduce((s, e) => s + d(e.source, e.target), 0) / a.edges.length;
    let far = 0;
    for (let i = 0; i < 300; i++) far += d(`a${i}`, `a${(i + 150) % 300}`);
    expect(near * 3).toBeLessThan(far / 300);
    // The two components do not overlap: their bounding boxes are disjoint.
    const box = (xs: string[]) => {
      const q = xs.map((id) => p1.get(id)!);
      return { x1: Math.min(...q.map((v) => v.x)), x2: Math.max(...q.map((v) => v.x)), y1: Math.min(...q.map((v) => v.y)), y2: Math.max(...q.map((v) => v.y)) };
    };
    const ba = box(a.ids);
    const bb = box(b.ids);
    expect(ba.x2 < bb.x1 || bb.x2 < ba.x1 || ba.y2 < bb.y1 || bb.y2 < ba.y1).toBe(true);
  });
});
