// The `kg` command: one verb per job. Each verb lives in its own file under src/cli/.
import { ConfigError, loadConfig } from '../config.js';
import { LauncherError } from '../neo4j/local.js';
import { log } from './log.js';

const USAGE = `usage: kg <command> [options]

commands:
  serve                      start the GraphQL server (npm start); local Neo4j unless NEO4J_URI is set
  neo4j                      run the local Neo4j in the foreground (npm run neo4j)
  seed                       load the seed graph from seeds/ (idempotent)
  import <dir>               validate and import a dataset directory (see docs/import-format.md)
  generate --orgs N --seed S --out DIR
                             write a deterministic synthetic dataset in the import format
  apikey --name NAME --role reader|editor|admin
                             make an API key; prints it once and its KG_API_KEYS entry

Configuration comes from environment variables; see README.md.`;

const verbs: Record<string, (args: string[]) => Promise<void>> = {
  serve: async () => (await import('./serve.js')).serve(loadConfig()),
  neo4j: async () => (await import('./neo4j.js')).runNeo4j(loadConfig()),
  seed: async (args) => (await import('./seed.js')).runSeed(loadConfig(), args),
  import: async (args) => (await import('./import.js')).runImport(loadConfig(), args),
  generate: async (args) => (await import('./generate.js')).runGenerate(args),
  apikey: async (args) => (await import('./apikey.js')).runApiKey(args),
};

const [verb, ...args] = process.argv.slice(2);
const run = verb ? verbs[verb] : undefined;
if (!run) {
  process.stderr.write(`${verb && verb !== 'help' && verb !== '--help' ? `kg: unknown command "${verb}"\n\n` : ''}${USAGE}\n`);
  process.exit(verb && verb !== 'help' && verb !== '--help' ? 2 : 0);
}

try {
  await run(args);
} catch (e) {
  // Known failures carry advice in their message; anything else is a bug and keeps its stack.
  if (e instanceof ConfigError || e instanceof LauncherError || (e as { userFacing?: boolean }).userFacing) log((e as Error).message);
  else log((e as Error).stack ?? String(e));
  process.exit(1);
}
