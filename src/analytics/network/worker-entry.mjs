// Entry of the analytics worker thread when the sources run as TypeScript (bin/kg.mjs, vitest,
// npx tsx): registers tsx in the worker, as bin/kg.mjs does for the main thread, then loads it.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
