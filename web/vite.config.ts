// The front end's build: three pages (landing, explorer, iframe view) with content-hashed assets
// under /assets/, served by the API server itself (src/server/plugins/web.ts). The <kg-graph>
// module is a second, library build (web/build.mjs) so it is one file with no imports.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // KG_WEB_NOMINIFY=1: readable function names in a profile (bench/web.ts BENCH_PROFILE).
    minify: !process.env.KG_WEB_NOMINIFY,
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        explore: resolve(root, 'explore.html'),
        embed: resolve(root, 'embed.html'),
      },
    },
  },
});
