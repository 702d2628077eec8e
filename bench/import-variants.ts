// Interleaved A/B of ways to CREATE 10^5 organization nodes into an empty database (dynamic vs
// literal labels, secondary indexes present vs built after, batch size, concurrent batches), on a
// running Neo4j: URI=bolt://127.0.0.1:7741 V=base,noidx-static REPS=2 npx tsx bench/import-variants.ts
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/config.js';
import { listDataset, readBatches } from '../src/import/dataset.js';
import { schemaFor } from '../src/import/validate.js';
import { labelsFor } from '../src/model/labels.js';
import { importKey, props } from '../src/model/stored-props.js';

const dir = path.join(PROJECT_ROOT, '.data/bench/orgs-100000-seed-1');
const uri = process.env.URI ?? 'bolt://127.0.0.1:7741';
const driver = neo4j.driver(uri);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const { files } = listDataset(dir);
const file = files.find((f) => f.kind === 'organizations')!;

let t = performance.now();
const rows: { id: string; labels: string[]; props: Record<string, unknown> }[] = [];
let n = 0;
for await (const b of readBatches(file)) n += b.length;
console.log(`read only ${n} rows ${(performance.now() - t).toFixed(0)} ms`);
t = performance.now();
const schema = schemaFor(file);
for await (const b of readBatches(file))
  for (const raw of b) {
    if ('error' in raw) throw new Error(raw.error);
    const row = schema.parse(raw.values) as Record<string, unknown>;
    const labels = labelsFor('organizations', row);
    rows.push({ id: row.id as string, labels, props: props(row, new Set(['id']), 'x/organizations.csv', raw.line, importKey(row.id as string, labels)) });
  }
console.log(`read+parse ${rows.length} rows ${(performance.now() - t).toFixed(0)} ms; load ${load()}`);

async function run(q: string, params: Record<string, unknown> = {}) {
  const s = driver.session();
  try {
    return await s.executeWrite((tx) => tx.run(q, params), { timeout: 600_000 });
  } finally {
    await s.close();
  }
}
async function reset() {
  for (;;) {
    const r = await run('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c');
    if (r.records[0]!.get('c').toNumber() === 0) break;
  }
}
const FT = [
  "CREATE FULLTEXT INDEX entity_external_ids IF NOT EXISTS FOR (n:Organization|Project) ON EACH [n.externalIds] OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false } }",
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Organization|Platform|Project|Programme|Region|Industry|Person|Event|Indicator) ON EACH [n.name, n.nameZh, n.aliasText, n.externalIds, n.label] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false } }",
  'CREATE INDEX organization_kind IF NOT EXISTS FOR (o:Organization) ON (o.kind)',
];
async function schema2(withIdx: boolean) {
  await run('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
  if (withIdx) for (const s of FT) await run(s);
  else for (const name of ['entity_external_ids', 'entity_names', 'organization_kind']) await run(`DROP INDEX ${name} IF EXISTS`);
  await run('CALL db.awaitIndexes(300)');
}
const DYN = 'UNWIND $rows AS row CREATE (n:Entity {id: row.id}) SET n:$(row.labels), n += row.props';
const byCombo = (batch: typeof rows) => {
  const m = new Map<string, typeof rows>();
  for (const r of batch) {
    const k = r.labels.join(':');
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(r);
  }
  return m;
};
async function variant(name: string, opts: { idx: boolean; static?: boolean; batch: number; conc: number }) {
  await reset();
  await schema2(opts.idx);
  const t0 = performance.now();
  const batches: (typeof rows)[] = [];
  for (let i = 0; i < rows.length; i += opts.batch) batches.push(rows.slice(i, i + opts.batch));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const b = batches[next++]!;
      if (opts.static) {
        const s = driver.session();
        try {
          await s.executeWrite(async (tx) => {
            for (const [k, rs] of byCombo(b)) await tx.run(`UNWIND $rows AS row CREATE (n:Entity:${k} {id: row.id}) SET n += row.props`, { rows: rs });
          });
        } finally {
          await s.close();
        }
      } else await run(DYN, { rows: b });
    }
  };
  await Promise.all(Array.from({ length: opts.conc }, worker));
  const s = (performance.now() - t0) / 1000;
  let post = '';
  if (!opts.idx) {
    const t1 = performance.now();
    await schema2(true);
    post = ` + indexes after ${((performance.now() - t1) / 1000).toFixed(1)} s`;
  }
  console.log(`${name.padEnd(40)} ${s.toFixed(1)} s ${Math.round(rows.length / s)} nodes/s${post}; load ${load()}`);
}
const which = (process.env.V ?? 'base,noidx,static,noidx-static,noidx-static-c2,noidx-static-b50k').split(',');
for (let rep = 0; rep < Number(process.env.REPS ?? 1); rep++)
  for (const v of which) {
    if (v === 'base') await variant(v, { idx: true, batch: 10000, conc: 1 });
    if (v === 'static') await variant(v, { idx: true, static: true, batch: 10000, conc: 1 });
    if (v === 'noidx') await variant(v, { idx: false, batch: 10000, conc: 1 });
    if (v === 'noidx-static') await variant(v, { idx: false, static: true, batch: 10000, conc: 1 });
    if (v === 'noidx-static-c2') await variant(v, { idx: false, static: true, batch: 10000, conc: 2 });
    if (v === 'noidx-static-b50k') await variant(v, { idx: false, static: true, batch: 50000, conc: 1 });
    if (v === 'noidx-static-b2k-c3') await variant(v, { idx: false, static: true, batch: 2000, conc: 3 });
  }
await driver.close();
