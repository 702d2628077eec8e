// `kg generate --orgs N --seed S --out DIR`: a deterministic synthetic dataset in the import format.
import { parseArgs } from 'node:util';
import { generateFrameworkProgramme } from '../generate/framework-programme.js';
import { generate } from '../generate/generate.js';
import { log } from './log.js';
import { progressBar } from './progress.js';

const usage = () =>
  Object.assign(new Error('usage: kg generate [--profile innovation-ecosystem|framework-programme] --orgs N --seed S --out DIR   (N from 1000 to 1000000)'), {
    userFacing: true,
  });

export async function runGenerate(args: string[]): Promise<void> {
  let values: { orgs?: string; seed?: string; out?: string; profile?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { orgs: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, profile: { type: 'string' } },
      strict: true,
    }));
  } catch {
    throw usage();
  }
  const orgs = Number(values.orgs);
  const seed = Number(values.seed ?? '1');
  if (!values.out || !Number.isInteger(orgs) || orgs < 1000 || orgs > 1_000_000 || !Number.isInteger(seed)) throw usage();
  const profile = values.profile ?? 'innovation-ecosystem';
  if (profile !== 'innovation-ecosystem' && profile !== 'framework-programme') throw usage();
  const run = profile === 'framework-programme' ? generateFrameworkProgramme : generate;
  const bar = progressBar('generating');
  bar.start(orgs);
  const result = await run({ orgs, seed, outDir: values.out, onProgress: (done, total) => bar.update(done, total) });
  bar.stop();
  const rows = Object.values(result.files).reduce((a, b) => a + b, 0);
  log(`wrote ${rows} rows in ${Object.keys(result.files).length} files to ${values.out} in ${result.seconds.toFixed(1)} s`);
}
