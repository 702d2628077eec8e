// Builds web/dist when it is missing or older than the sources: run by `npm ci` (prepare), by the
// browser tests, and by hand (`npm run build:web`, which always builds). Without vite (an
// install with --omit=dev) it says so and leaves the server to answer /explore with that hint.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = import.meta.dirname;
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.built');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'dist' || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export async function buildWeb({ force = false, quiet = false } = {}) {
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= newest(root)) return false;
  let vite;
  try {
    vite = await import('vite');
  } catch {
    console.error('web: vite is not installed (npm ci without --omit=dev builds the web app); skipping the web build');
    return false;
  }
  const logLevel = quiet ? 'warn' : 'info';
  await vite.build({ configFile: path.join(root, 'vite.config.ts'), logLevel });
  // <kg-graph>: one self-contained ES module at a stable URL (no hash: host pages link to it).
  await vite.build({
    configFile: false,
    root,
    logLevel,
    build: {
      outDir: path.join(dist, 'embed'),
      emptyOutDir: false,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      lib: { entry: path.join(root, 'src/embed/kg-graph.ts'), formats: ['es'], fileName: () => 'kg-graph.js' },
      rollupOptions: { output: { codeSplitting: false } },
    },
  });
  writeFileSync(stamp, new Date().toISOString());
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWeb({ force: process.argv.includes('--force') });
}
