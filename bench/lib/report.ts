// The benchmark's written result: bench/results/<date>-<sha>.md with the table and an SVG bar
// chart of the ratios against their references (1.0 = as fast as the reference).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Bar {
  label: string;
  ratio: number;
  target: number;
}

/** Horizontal bars: ratio per comparison, a dashed line at each target. */
export function svgChart(bars: Bar[]): string {
  const w = 760;
  const rowH = 26;
  const left = 330;
  const h = 40 + bars.length * rowH;
  const max = Math.max(2, ...bars.map((b) => (Number.isFinite(b.ratio) ? b.ratio : 0)), ...bars.map((b) => b.target)) * 1.1;
  const x = (v: number) => left + (v / max) * (w - left - 60);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = bars.map((b, i) => {
    const y = 30 + i * rowH;
    const ok = b.ratio <= b.target;
    const r = Number.isFinite(b.ratio) ? b.ratio : 0;
    return [
      `<text x="${left - 8}" y="${y + 15}" text-anchor="end" font-size="12">${esc(b.label)}</text>`,
      `<rect x="${left}" y="${y + 3}" width="${Math.max(1, x(r) - left).toFixed(1)}" height="16" fill="${ok ? '#3a7' : '#d54'}"/>`,
      `<text x="${(x(r) + 4).toFixed(1)}" y="${y + 15}" font-size="12">${r.toFixed(2)}</text>`,
      `<line x1="${x(b.target).toFixed(1)}" x2="${x(b.target).toFixed(1)}" y1="${y}" y2="${y + rowH - 2}" stroke="#333" stroke-dasharray="3,2"/>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif">
<text x="10" y="18" font-size="13" font-weight="bold">ours / reference (lower is better; dashed: target; green: met)</text>
<line x1="${x(1)}" x2="${x(1)}" y1="24" y2="${h - 4}" stroke="#999"/>
${rows.join('\n')}
</svg>
`;
}

export function writeResult(dir: string, name: string, markdown: string, svg: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.svg`), svg);
  const file = path.join(dir, `${name}.md`);
  writeFileSync(file, markdown.replace('{{chart}}', `![ratios](${name}.svg)`));
  return file;
}
