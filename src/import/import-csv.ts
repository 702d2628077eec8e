// Validated rows as the CSV files of Neo4j's offline importer (src/neo4j/bulk-import.ts), with
// exactly the labels, types and properties the Cypher bulk path (src/import/write.ts) stores:
// the same props() per row, indicators' ABOUT links, and each SUPPLIES link's :SupplyHop
// mirror. A value the CSV format cannot carry exactly (an empty list, a list item holding the
// array delimiter, a column whose type changes from row to row) is left out of the file and
// kept as a fixup, written by Cypher once the store is open.
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { labelsFor } from '../model/labels.js';
import { type NodeFile, type RelFile, relationshipKinds } from '../model/records.js';
import { importKey, props } from '../model/stored-props.js';
import type { ImportToolInput } from '../neo4j/bulk-import.js';
import type { DatasetFile } from './dataset.js';
import { schemaFor } from './validate.js';
import { aboutProps, NODE_ONLY, REL_ONLY } from './write.js';

/** Splits list values in the files: a control character no validated text is expected to hold. */
const ARRAY_DELIMITER = '\u001f';
const FLUSH_CHARS = 1 << 20;

type CsvType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';

export interface Fixups {
  nodes: { id: string; props: Record<string, unknown> }[];
  relationships: Map<string, { from: string; to: string; props: Record<string, unknown> }[]>;
}

export interface ImportCsvResult {
  input: ImportToolInput;
  fixups: Fixups;
  /** What the Cypher bulk path would report for the same rows (ImportSummary's counts). */
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** One CSV data file and its header (written last, once every column's type is known). */
class Table {
  private readonly fd: number;
  private buffer = '';
  private readonly types: (CsvType | undefined)[];
  private readonly columnSet: Set<string>;

  constructor(
    readonly dir: string,
    readonly name: string,
    private readonly fixed: string[],
    readonly columns: string[],
  ) {
    this.fd = openSync(path.join(dir, `${name}.csv`), 'w');
    this.types = columns.map(() => undefined);
    this.columnSet = new Set(columns);
  }

  /**
   * One row: `fixed` fields are written as given (ids, quoted by the caller), then `values` by
   * column. Returns the properties the file could not carry, or undefined.
   */
  add(fixed: string[], values: Record<string, unknown>, onMultiline: () => void): Record<string, unknown> | undefined {
    const left: Record<string, unknown> = {};
    let kept = false;
    const fields = fixed.slice();
    for (let i = 0; i < this.columns.length; i++) {
      const key = this.columns[i]!;
      const v = values[key];
      if (v === undefined || v === null) {
        fields.push('');
        continue;
      }
      const cell = encode(v);
      const type = this.types[i];
      if (cell === undefined || (type !== undefined && type !== cell.type)) {
        left[key] = v;
        kept = true;
        fields.push('');
        continue;
      }
      this.types[i] = cell.type;
      if (cell.multiline) onMultiline();
      fields.push(cell.text);
    }
    // A key no column names (none today: the columns are the schema's) is kept, not dropped.
    for (const key in values) {
      if (this.columnSet.has(key) || values[key] === undefined || values[key] === null) continue;
      left[key] = values[key];
      kept = true;
    }
    this.buffer += `${fields.join(',')}\n`;
    if (this.buffer.length >= FLUSH_CHARS) this.flush();
    return kept ? left : undefined;
  }

  private flush() {
    if (this.buffer) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  /** Closes the data file and writes the header file; returns [header, data] paths. */
  finish(): string[] {
    this.flush();
    closeSync(this.fd);
    const header = [...this.fixed, ...this.columns.map((c, i) => `${c}:${this.types[i] ?? 'string'}`)].join(',');
    const headerPath = path.join(this.dir, `${this.name}.header.csv`);
    const fd = openSync(headerPath, 'w');
    writeSync(fd, `${header}\n`);
    closeSync(fd);
    return [headerPath, path.join(this.dir, `${this.name}.csv`)];
  }

  discard() {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
const hasBreak = (s: string) => s.includes('\n') || s.includes('\r');

/** A property value as a CSV field of a type, or undefined when the format cannot hold it exactly. */
function encode(v: unknown): { type: CsvType; text: string; multiline?: boolean } | undefined {
  if (typeof v === 'string') return { type: 'string', text: quote(v), multiline: hasBreak(v) };
  if (typeof v === 'boolean') return { type: 'boolean', text: String(v) };
  // JS numbers reach Neo4j as floats through the driver; whole-number columns are Integers.
  if (typeof v === 'number') return Number.isFinite(v) ? { type: 'double', text: String(v) } : undefined;
  if (neo4j.isInt(v)) return { type: 'long', text: v.toString() };
  if (!Array.isArray(v) || v.length === 0) return undefined;
  if (v.every((x) => typeof x === 'string' && x !== '' && !x.includes(ARRAY_DELIMITER))) {
    return { type: 'string[]', text: quote(v.join(ARRAY_DELIMITER)), multiline: v.some(hasBreak) };
  }
  if (v.every((x) => typeof x === 'number' && Number.isFinite(x))) return { type: 'double[]', text: v.join(ARRAY_DELIMITER) };
  if (v.every((x) => neo4j.isInt(x))) return { type: 'long[]', text: v.map(String).join(ARRAY_DELIMITER) };
  if (v.every((x) => typeof x === 'boolean')) return { type: 'boolean[]', text: v.join(ARRAY_DELIMITER) };
  return undefined;
}

/** A file's property columns: what props() can give for its schema, in the schema's order. */
function columnsFor(file: DatasetFile, skip: Set<string>): string[] {
  const keys = Object.keys(schemaFor(file).shape).filter((k) => !skip.has(k));
  return ['importFile', 'importLine', ...keys, ...(keys.includes('aliases') ? ['aliasText'] : []), 'importHash'];
}

/**
 * Collects rows into CSV files under `dir` as validation passes them (add), then closes them
 * and says how to call the import tool (finish). `filePrefix` as in WriteOptions.
 */
export class ImportCsv {
  private readonly tables = new Map<string, Table>();
  private readonly relTypes = new Map<string, string>();
  private readonly fixups: Fixups = { nodes: [], relationships: new Map() };
  private multiline = false;
  private hops = 0;
  /**
   * Dataset id -> the integer the files use for it (--id-type=INTEGER; the id itself is an
   * ordinary property column). The importer then maps numbers instead of strings: at 10^5
   * organizations (load 3-4, two runs each) the tool took 24 s instead of 36-40 s, its
   * relationship stages 7.5-8.2 s instead of 11.5-14.0 s.
   */
  private readonly numbers = new Map<string, number>();
  private readonly num = (id: string): string => {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(id, n);
    }
    return String(n);
  };
  private nodesCreated = 0;
  private relationshipsCreated = 0;
  private propertiesSet = 0;
  private readonly onMultiline = () => {
    this.multiline = true;
  };

  constructor(
    readonly dir: string,
    private readonly filePrefix: string,
  ) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  /** The table `name`, made on first use (`columns` is only called then: it builds a schema). */
  private table(name: string, fixed: string[], columns: () => string[], relType?: string): Table {
    let t = this.tables.get(name);
    if (!t) {
      t = new Table(this.dir, name, fixed, columns());
      this.tables.set(name, t);
      if (relType) this.relTypes.set(name, relType);
    }
    return t;
  }

  private link(table: Table, type: string, from: string, to: string, values: Record<string, unknown>) {
    const left = table.add([this.num(from), this.num(to)], values, this.onMultiline);
    if (left) {
      const list = this.fixups.relationships.get(type) ?? [];
      list.push({ from, to, props: left });
      this.fixups.relationships.set(type, list);
    }
    this.relationshipsCreated++;
    this.propertiesSet += countDefined(values);
  }

  /** One validated row (the schema's output) at its line; repeated rows are not passed. */
  add(file: DatasetFile, line: number, row: Record<string, unknown>): void {
    const importFile = `${this.filePrefix}${file.name}`;
    if (file.isNode) {
      const id = row.id as string;
      const kindLabels = labelsFor(file.kind as NodeFile, row);
      const values = props(row, NODE_ONLY, importFile, line, importKey(id, kindLabels));
      const t = this.table(file.kind, [':ID(Entity)', 'id:string', ':LABEL'], () => columnsFor(file, NODE_ONLY));
      const labels = ['Entity', ...kindLabels].join(ARRAY_DELIMITER);
      const left = t.add([this.num(id), quote(id), quote(labels)], values, this.onMultiline);
      if (left) this.fixups.nodes.push({ id, props: left });
      this.nodesCreated++;
      this.propertiesSet += 1 + countDefined(values);
      if (file.kind === 'indicators') {
        const about = this.table('about', [':START_ID(Entity)', ':END_ID(Entity)'], () => ['importFile', 'importLine', 'source', 'importHash'], 'ABOUT');
        this.link(about, 'ABOUT', id, row.about as string, aboutProps(row, importFile, line));
      }
      return;
    }
    const type = relationshipKinds[file.kind as RelFile].type;
    const from = row.from as string;
    const to = row.to as string;
    this.link(
      this.table(file.kind, [':START_ID(Entity)', ':END_ID(Entity)'], () => columnsFor(file, REL_ONLY), type),
      type,
      from,
      to,
      props(row, REL_ONLY, importFile, line, importKey(from, type, to)),
    );
    if (type === 'SUPPLIES') {
      // The link's mirror for chain searches (cypher/import/create-supplies): derived, not counted.
      const hop = String(this.hops++);
      this.table('supply-hops', [':ID(SupplyHop)', ':LABEL'], () => []).add([hop, 'SupplyHop'], {}, this.onMultiline);
      this.table('supply-hop-in', [':START_ID(Entity)', ':END_ID(SupplyHop)'], () => [], 'SUPPLY_HOP').add([this.num(from), hop], {}, this.onMultiline);
      this.table('supply-hop-out', [':START_ID(SupplyHop)', ':END_ID(Entity)'], () => [], 'SUPPLY_HOP').add([hop, this.num(to)], {}, this.onMultiline);
    }
  }

  /** Closes the files and returns the import tool's input, the fixups and the counts. */
  finish(): ImportCsvResult {
    const nodes: string[][] = [];
    const relationships: ImportToolInput['relationships'] = [];
    for (const [name, t] of this.tables) {
      const files = t.finish();
      const type = this.relTypes.get(name);
      if (type) relationships.push({ type, files });
      else nodes.push(files);
    }
    return {
      input: { nodes, relationships, arrayDelimiter: ARRAY_DELIMITER, multiline: this.multiline },
      fixups: this.fixups,
      nodesCreated: this.nodesCreated,
      relationshipsCreated: this.relationshipsCreated,
      propertiesSet: this.propertiesSet,
    };
  }

  /** Closes and deletes the files (a rejected import, or once the tool has read them). */
  discard(): void {
    for (const t of this.tables.values()) t.discard();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function countDefined(values: Record<string, unknown>): number {
  let n = 0;
  for (const key in values) if (values[key] !== undefined && values[key] !== null) n++;
  return n;
}
