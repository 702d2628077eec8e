#!/usr/bin/env node
// The `kg` command. Sources are TypeScript; tsx compiles them on load, so there is no build step
// between a checkout and a running service.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
