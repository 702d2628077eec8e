// Synthetic innovation-ecosystem datasets in the import format, for tests and benchmarks.
// Deterministic: the same orgs and seed give byte-identical files. Rows are streamed to disk
// as they are drawn; only compact per-organization arrays stay in memory, so 10^6
// organizations need a few hundred megabytes at most.
import { mkdir } from 'node:fs/promises';
import { Dataset } from './dataset.js';
import { sourceId } from './ids.js';
import { buildIndustries, writeIndustries } from './industries.js';
import { generateOrganizations } from './orgs.js';
import { generatePlatforms, platformCount, writePlatformIndicators } from './platforms.js';
import { Progress } from './progress.js';
import { generateProjects, projectCount } from './projects.js';
import { buildRegions, writeRegions } from './regions.js';
import { generateSupplies } from './supplies.js';

export interface GenerateOptions {
  orgs: number;
  seed: number;
  outDir: string;
  /**
   * Called every 1024 units of work and once at the end with done === total. A unit is creating
   * one organization, platform or project, or drawing one organization's customers, so total is
   * about 2.3 × orgs, not orgs.
   */
  onProgress?: (done: number, total: number) => void;
}

export interface GenerateResult {
  /** Data rows (header excluded) per file name, e.g. { 'member_of.csv': 150123 }. */
  files: Record<string, number>;
  seconds: number;
}

/** Below this the guaranteed organization kinds and the region tree crowd out everything else. */
const MIN_ORGS = 100;

export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  const { orgs, seed, outDir } = opts;
  if (!Number.isSafeInteger(orgs) || orgs < MIN_ORGS) throw new RangeError(`orgs must be an integer of at least ${MIN_ORGS}, got ${orgs}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const started = performance.now();
  await mkdir(outDir, { recursive: true });

  const source = sourceId(seed);
  const ds = new Dataset(outDir, source);
  try {
    // Organizations are walked twice: once to create them, once to draw their customers.
    const progress = new Progress(2 * orgs + platformCount(orgs) + projectCount(orgs), ds, opts.onProgress);
    ds.out.sources.row({
      id: source,
      title: `Synthetic dataset orgs=${orgs} seed=${seed}`,
      publisher: 'innovation-kg synthetic generator',
      language: 'en',
      note: 'Invented organizations, platforms and projects for tests and benchmarks; provinces are real, everything below them is not.',
    });
    const regions = buildRegions(orgs, seed);
    writeRegions(regions, ds);
    const industries = buildIndustries(seed);
    writeIndustries(industries, ds);
    const orgTable = await generateOrganizations(orgs, seed, regions, industries, ds, progress);
    const platforms = await generatePlatforms(seed, orgTable, regions, industries, ds, progress);
    writePlatformIndicators(platforms, regions, ds);
    await generateProjects(seed, orgTable, platforms, regions, industries, ds, progress);
    await generateSupplies(seed, orgTable, industries, ds, progress);
    progress.finish();
  } catch (err) {
    ds.destroy();
    throw err;
  }
  const files = await ds.close();
  return { files, seconds: (performance.now() - started) / 1000 };
}
