// Every figure the five source articles state can be read through the API, with its source
// document and the verbatim sentence, both by id and through regionIndicators of its region.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ok, useSeededApp } from '../helpers/gql.js';

const figures = readFileSync(path.join(PROJECT_ROOT, 'seeds', 'indicators.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; value: number; unit: string; source: string; evidence: string });

const fixture = useSeededApp();

describe('seed figures through the API', () => {
  it('reads every figure by id with value, unit, source document and evidence', async () => {
    expect(figures.length).toBeGreaterThanOrEqual(49);
    const query = `query($id: ID!) { indicator(id: $id) { value unit about { id } provenance { evidence source { id title file } } } }`;
    for (const f of figures) {
      const { indicator } = await ok(fixture.app(), query, { id: f.id });
      expect(indicator, f.id).toMatchObject({ value: f.value, unit: f.unit, provenance: { evidence: f.evidence, source: { id: f.source } } });
      const text = readFileSync(path.join(PROJECT_ROOT, 'seeds', 'sources', indicator.provenance.source.file), 'utf8');
      expect(text, f.id).toContain(indicator.provenance.evidence);
    }
  });

  it('lists every figure under the country through regionIndicators, each once', async () => {
    const { regionIndicators } = await ok(fixture.app(), '{ regionIndicators(region: "region:cn") { id provenance { source { id } } } }');
    const ids = regionIndicators.map((i: any) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(figures.map((f) => f.id).sort());
  });
});
