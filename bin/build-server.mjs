// Compiles src/ into dist/ with tsc, so `npm start` runs JavaScript instead of compiling the
// TypeScript on every start. Run by `npm ci` (prepare), by the Docker build and by hand
// (`npm run build:server`, which always builds). It builds only when the sources changed:
// dist/.built holds a hash of src/ and the tsconfig files, and bin/kg.mjs runs dist/ only while
// that hash matches (else the sources through tsx). Type errors are `npm run typecheck`'s job
// (noCheck in tsconfig.build.json): the build only emits. Without typescript (an install with
// --omit=dev) it says so and kg runs the sources.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.built');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Hash of what dist/ is compiled from: every file under src/ (path and content) and the tsconfigs. */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const f of [...files(path.join(root, 'src')), path.join(root, 'tsconfig.json'), path.join(root, 'tsconfig.build.json')]) {
    hash.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

/** True when dist/ was compiled from the sources as they are now. */
export function compiledIsCurrent() {
  try {
    return readFileSync(stamp, 'utf8') === sourceHash();
  } catch {
    return false;
  }
}

export function buildServer({ force = false } = {}) {
  if (!force && compiledIsCurrent()) return false;
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    console.error('server: typescript is not installed (npm ci without --omit=dev compiles dist/); kg runs the sources through tsx');
    return false;
  }
  // Hashed before compiling: a source edited during the build leaves the stamp stale.
  const hash = sourceHash();
  // From scratch, so that the output of a removed or renamed source does not linger.
  rmSync(dist, { recursive: true, force: true });
  const started = performance.now();
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) {
    rmSync(dist, { recursive: true, force: true });
    throw new Error(`server: tsc failed (exit ${r.status ?? r.signal}); kg runs the sources through tsx until a build succeeds`);
  }
  writeFileSync(stamp, hash);
  console.error(`server: compiled src/ into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}` && existsSync(path.join(root, 'src'))) {
  buildServer({ force: process.argv.includes('--force') });
}
