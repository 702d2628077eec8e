import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// `npm run fuzz`: the seeded schema fuzz run (tests/fuzz/) alone; `npm test` runs it with the rest.
export default defineConfig({ resolve: base.resolve, test: { ...base.test, include: ['tests/fuzz/**/*.fuzz.ts'] } });
