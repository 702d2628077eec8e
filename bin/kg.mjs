#!/usr/bin/env node
// The `kg` command. `npm ci` compiles src/ into dist/ (bin/build-server.mjs); while dist/ matches
// the sources, kg runs that JavaScript. After an edit without a rebuild (or with no build at all)
// it runs the TypeScript sources through tsx, which compiles them on load: slower to start and
// to run, but always the current source.
import { compiledIsCurrent } from './build-server.mjs';

const compiled = compiledIsCurrent();
if (process.argv[2] === 'serve') {
  // Set before graphql loads: outside production it checks every instanceof the slow,
  // cross-realm way (about 6 % of a lookup's server CPU in a profile). An explicit value wins.
  process.env.NODE_ENV ??= 'production';
  process.stderr.write(
    compiled
      ? 'kg: running the compiled build in dist/\n'
      : 'kg: running the TypeScript sources through tsx (dist/ is missing or older than src/; npm run build:server compiles it)\n',
  );
}
if (compiled) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
