// The files a synthetic dataset consists of, with their columns. Column names are checked
// against the zod schemas at compile time, so a misspelt or removed field fails `tsc`.
import { join } from 'node:path';
import type { NodeFile, nodeSchemas, RelFile, relationshipKinds } from '../model/records.js';
import { type Cell, CsvWriter } from './csv-writer.js';

type NodeColumns = { [K in NodeFile]?: readonly (keyof (typeof nodeSchemas)[K]['shape'] & string)[] };
type RelColumns = { [K in RelFile]?: readonly (keyof (typeof relationshipKinds)[K]['schema']['shape'] & string)[] };

export const COLUMNS = {
  sources: ['id', 'title', 'publisher', 'language', 'note'],
  regions: ['id', 'name', 'nameZh', 'level', 'country', 'source'],
  industries: ['id', 'name', 'nameZh', 'source'],
  organizations: ['id', 'name', 'nameZh', 'aliases', 'externalIds', 'kind', 'country', 'highTech', 'aboveDesignatedSize', 'founded', 'source'],
  platforms: ['id', 'name', 'nameZh', 'kind', 'level', 'specialization', 'status', 'established', 'source'],
  projects: ['id', 'name', 'nameZh', 'externalIds', 'level', 'startYear', 'endYear', 'funding', 'currency', 'source'],
  indicators: ['id', 'about', 'metric', 'label', 'value', 'unit', 'level', 'scope', 'source'],
  part_of: ['from', 'to', 'source'],
  located_in: ['from', 'to', 'source'],
  in_industry: ['from', 'to', 'source'],
  serves: ['from', 'to', 'source'],
  subindustry_of: ['from', 'to', 'source'],
  upstream_of: ['from', 'to', 'product', 'source'],
  hosted_by: ['from', 'to', 'source'],
  member_of: ['from', 'to', 'role', 'chainPosition', 'since', 'source'],
  undertakes: ['from', 'to', 'role', 'year', 'contribution', 'currency', 'source'],
  funds: ['from', 'to', 'amount', 'currency', 'year', 'source'],
  supports: ['from', 'to', 'source'],
  supplies: ['from', 'to', 'product', 'since', 'source'],
} as const satisfies NodeColumns & RelColumns;

export type DatasetFile = keyof typeof COLUMNS;
type Writers = { [K in DatasetFile]: CsvWriter<(typeof COLUMNS)[K][number]> };

export class Dataset {
  readonly out: Writers;
  private readonly all: CsvWriter<string>[];

  /** Opens one writer per file in `dir`; every row's `source` defaults to `sourceId`. */
  constructor(dir: string, sourceId: string) {
    const defaults: Record<string, Cell> = { source: sourceId };
    const out: Record<string, CsvWriter<string>> = {};
    for (const [file, columns] of Object.entries(COLUMNS)) {
      out[file] = new CsvWriter<string>(join(dir, `${file}.csv`), columns, defaults);
    }
    this.out = out as unknown as Writers;
    this.all = Object.values(out);
  }

  /** Waits for every file that asked for it to drain; in parallel, as the writes proceed independently. */
  async pace(): Promise<void> {
    await Promise.all(this.all.map((w) => w.pace()));
  }

  /** Finishes every file and returns its data-row count (header excluded). */
  async close(): Promise<Record<string, number>> {
    await Promise.all(this.all.map((w) => w.close()));
    const rows: Record<string, number> = {};
    for (const [file, w] of Object.entries(this.out)) rows[`${file}.csv`] = w.rows;
    return rows;
  }

  destroy(): void {
    for (const w of this.all) w.destroy();
  }
}
