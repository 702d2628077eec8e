// Pass 1 of an import: every row of every file is checked before anything is written: schema
// (types, enums, numbers, currencies, countries, external ids), unknown columns, duplicate ids
// and duplicate links, external ids claimed by two entities, references to ids that exist
// neither in the dataset nor in the database, and ids whose kind conflicts with what the
// database already holds. A row repeated verbatim (real exports have them) is merged into its
// first occurrence with a warning; a repeat that differs is an error naming the columns.
// Memory holds ids and line numbers, not rows, so 10^6-row files are fine.
import { hash } from 'node:crypto';
import { nodesByExternalIds } from '../graph/external-ids.js';
import type { GraphSession } from '../graph/graph.js';
import { fileForLabels } from '../model/labels.js';
import { INDICATOR_SUBJECTS, type NodeFile, nodeSchemas, type RelFile, relationshipKinds } from '../model/records.js';
import { type DatasetFile, type ImportIssue, readBatches, readRows } from './dataset.js';

const MAX_REPORTED = 200;
const LOOKUP_BATCH = 10_000;

export interface Validation {
  issues: ImportIssue[]; // the first MAX_REPORTED
  issueCount: number;
  rows: Map<string, number>; // rows per file name
  totalRows: number;
  /** Rows that repeat an earlier row of their file verbatim: merged into it, so not written. */
  duplicateLines: Map<string, Set<number>>;
  duplicateCount: number;
  /** One per merged row (the first MAX_REPORTED), "identical to line N". */
  warnings: ImportIssue[];
}

/**
 * A row's content, independent of key order and of how CSV or JSON spelled it: `row` is the
 * schema's output, whose keys come in the schema's order whatever the input's, and
 * JSON.stringify leaves undefined values out. Only rows of a repeated key are digested, once
 * the pass is over: a digest of every row was 14 % of validation's time at 10^5 organizations.
 */
function digest(row: Record<string, unknown>): string {
  return hash('sha1', JSON.stringify(row), 'base64');
}

/** A key (id or link) seen again in its file: merged or refused once both rows are re-read. */
interface Repeat {
  line: number;
  firstLine: number;
  what: string;
}

const SOURCES: readonly NodeFile[] = ['sources'];

/** First rows of repeats kept whole to name the columns that differ; past this, their digests. */
const MAX_KEPT_FIRST_ROWS = 10_000;

interface Ref {
  file: string;
  line: number;
  column: string;
  allowed: readonly NodeFile[];
}

export function schemaFor(file: DatasetFile) {
  const base = file.isNode ? nodeSchemas[file.kind as NodeFile] : relationshipKinds[file.kind as RelFile].schema;
  return base.strict();
}

/**
 * `onRow` sees each row that passed its own checks and is not a repeat, as the schema gave it,
 * while the files are read: the offline import writes its CSV in this same pass. Whether the
 * whole dataset is valid is known only from the result.
 */
export async function validateDataset(
  files: DatasetFile[],
  db: GraphSession,
  opts: {
    onRow?: (file: DatasetFile, line: number, row: Record<string, unknown>) => void;
    /**
     * The caller found the database without any entity: nothing to look up there (at 10^5
     * organizations the lookups of every dataset id took about 7 s).
     */
    emptyDatabase?: boolean;
  } = {},
): Promise<Validation> {
  const { onRow, emptyDatabase = false } = opts;
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  const report = (i: ImportIssue) => {
    issueCount += 1;
    if (issues.length < MAX_REPORTED) issues.push(i);
  };
  const rows = new Map<string, number>();
  // id -> where it was first defined; also gives its kind for reference checks.
  const defined = new Map<string, { kind: NodeFile; file: string; line: number }>();
  const duplicateLines = new Map<string, Set<number>>();
  let duplicateCount = 0;
  const warnings: ImportIssue[] = [];
  const repeats = new Map<DatasetFile, Repeat[]>();
  const repeated = (file: DatasetFile, r: Repeat) => {
    const list = repeats.get(file) ?? [];
    repeats.set(file, list);
    list.push(r);
  };
  // External id (SCHEME:value) -> the row that gives it; ids of rows that set externalIds.
  const externalOwner = new Map<string, { id: string; file: string; line: number }>();
  const setsExternalIds = new Set<string>();
  const merged = (file: DatasetFile, line: number, firstLine: number, what: string) => {
    duplicateCount += 1;
    const lines = duplicateLines.get(file.name) ?? new Set<number>();
    duplicateLines.set(file.name, lines);
    lines.add(line);
    if (warnings.length < MAX_REPORTED) warnings.push({ file: file.name, line, message: `${what} repeats line ${firstLine} exactly; merged into it` });
  };
  // References not (yet) defined in the dataset: checked against the database at the end.
  // Keyed by id + place so each distinct use is reported once, not once per row.
  const pending = new Map<string, Ref & { id: string }>();

  // Positional arguments: an object per reference (three per link row) was 7 % of validation.
  const checkRef = (id: unknown, file: string, line: number, column: string, allowed: readonly NodeFile[]) => {
    if (typeof id !== 'string') return;
    const d = defined.get(id);
    if (!d) {
      const key = `${id}\u0000${file}\u0000${column}`;
      if (!pending.has(key)) pending.set(key, { file, line, column, allowed, id });
    } else if (!allowed.includes(d.kind)) {
      report({ file, line, column, message: `"${id}" is a ${d.kind} row (${d.file}:${d.line}); expected one of: ${allowed.join(', ')}` });
    }
  };

  for (const file of files) {
    const schema = schemaFor(file);
    const seenLinks = file.isNode ? undefined : new Map<string, number>();
    let count = 0;
    // Rows come an array at a time (see readBatches): no promise per row.
    reading: for await (const batch of readBatches(file))
      for (const raw of batch) {
        if ('error' in raw) {
          report({ file: file.name, line: raw.line, message: raw.error });
          if (raw.fatal) break reading;
          continue;
        }
        count += 1;
        const parsed = schema.safeParse(raw.values);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            if (issue.code === 'unrecognized_keys') {
              for (const key of issue.keys)
                report({ file: file.name, line: raw.line, column: key, message: `unknown column; known columns: ${Object.keys(schema.shape).join(', ')}` });
            } else {
              const column = issue.path.length ? String(issue.path[0]) : undefined;
              const message = issue.code === 'invalid_type' && raw.values[column ?? ''] === undefined ? 'is required' : issue.message;
              report({ file: file.name, line: raw.line, column, message });
            }
          }
          continue;
        }
        const row = parsed.data as Record<string, unknown>;
        if (file.isNode) {
          const id = row.id as string;
          const first = defined.get(id);
          if (first && first.file === file.name) {
            // The same id twice in one file: a verbatim repeat is merged, anything else is an error.
            repeated(file, { line: raw.line, firstLine: first.line, what: `id "${id}"` });
            continue;
          }
          if (first) report({ file: file.name, line: raw.line, column: 'id', message: `duplicate id "${id}" (first defined at ${first.file}:${first.line})` });
          else defined.set(id, { kind: file.kind as NodeFile, file: file.name, line: raw.line });
          if (Array.isArray(row.externalIds)) {
            setsExternalIds.add(id);
            for (const key of row.externalIds as string[]) {
              const owner = externalOwner.get(key);
              if (!owner) externalOwner.set(key, { id, file: file.name, line: raw.line });
              else if (owner.id !== id)
                report({
                  file: file.name,
                  line: raw.line,
                  column: 'externalIds',
                  message: `${key} is also given to "${owner.id}" (${owner.file}:${owner.line}); an external id names one entity`,
                });
            }
          }
        }
        if (typeof row.source === 'string') checkRef(row.source, file.name, raw.line, 'source', SOURCES);
        if (file.isNode) {
          if (file.kind === 'indicators') {
            checkRef(row.about, file.name, raw.line, 'about', INDICATOR_SUBJECTS);
          }
        } else {
          const key = `${row.from}\u0000${row.to}`;
          const first = seenLinks!.get(key);
          if (first !== undefined) {
            repeated(file, { line: raw.line, firstLine: first, what: `link from "${row.from}" to "${row.to}"` });
            continue;
          }
          seenLinks!.set(key, raw.line);
          const rel = relationshipKinds[file.kind as RelFile];
          checkRef(row.from, file.name, raw.line, 'from', rel.from);
          checkRef(row.to, file.name, raw.line, 'to', rel.to);
        }
        onRow?.(file, raw.line, row);
      }
    rows.set(file.name, count);
  }

  // Repeated keys: each file with any is read again, and a repeat identical to its first row is
  // merged into it, one that differs refused, naming the columns that differ. A first row
  // comes before its repeats, so one pass settles every repeat of the file in line order.
  for (const file of files) {
    const mine = repeats.get(file);
    if (!mine) continue;
    const byLine = new Map(mine.map((r) => [r.line, r]));
    const firstLines = new Set(mine.map((r) => r.firstLine));
    const firsts = new Map<number, { digest: string; row?: Record<string, unknown> }>();
    const schema = schemaFor(file);
    for await (const raw of readRows(file)) {
      if ('error' in raw) continue;
      const r = byLine.get(raw.line);
      if (!r && !firstLines.has(raw.line)) continue;
      const parsed = schema.safeParse(raw.values);
      const row = parsed.success ? (parsed.data as Record<string, unknown>) : undefined;
      if (!r) {
        if (row) firsts.set(raw.line, { digest: digest(row), ...(firsts.size < MAX_KEPT_FIRST_ROWS ? { row } : {}) });
        continue;
      }
      const first = firsts.get(r.firstLine);
      if (row && first && first.digest === digest(row)) {
        merged(file, r.line, r.firstLine, r.what);
        continue;
      }
      // Columns named while the report still has room (and the first row was kept).
      const columns =
        row && first?.row && issues.length < MAX_REPORTED
          ? [...new Set([...Object.keys(first.row), ...Object.keys(row)])].filter((k) => JSON.stringify(first.row![k]) !== JSON.stringify(row[k]))
          : undefined;
      report({
        file: file.name,
        line: r.line,
        message: columns
          ? `${r.what} repeats line ${r.firstLine} with different ${columns.join(', ')}; keep one row (identical repeats are merged)`
          : `${r.what} differs from line ${r.firstLine}; keep one row per ${r.what.split(' ')[0]}`,
      });
    }
  }

  // External ids the database already gives to another entity (unless this import rewrites
  // that entity's externalIds without it).
  const owners = emptyDatabase ? new Map<string, { id: string }[]>() : await nodesByExternalIds(db, [...externalOwner.keys()]);
  for (const [key, nodes] of owners) {
    const mine = externalOwner.get(key)!;
    const other = nodes.find((n) => n.id !== mine.id && !setsExternalIds.has(n.id));
    if (other)
      report({
        file: mine.file,
        line: mine.line,
        column: 'externalIds',
        message: `${key} already belongs to "${other.id}" in the database; an external id names one entity`,
      });
  }

  // References to ids that only the database can answer, and dataset ids that the database
  // already holds under another kind (a MERGE would silently give one node two kinds).
  const lookupIds = new Set<string>([...pending.values()].map((p) => p.id));
  if (!emptyDatabase) for (const id of defined.keys()) lookupIds.add(id);
  const stored = new Map<string, NodeFile | undefined>();
  const ids = [...lookupIds];
  for (let i = 0; i < ids.length; i += LOOKUP_BATCH) {
    for (const r of await db.read('import/lookup-ids', { ids: ids.slice(i, i + LOOKUP_BATCH) })) {
      stored.set(r.id as string, fileForLabels(r.labels as string[]));
    }
  }
  for (const p of pending.values()) {
    if (defined.has(p.id)) continue; // defined later in the dataset (e.g. an indicator about an indicator)
    const kind = stored.get(p.id);
    if (!stored.has(p.id))
      report({ file: p.file, line: p.line, column: p.column, message: `unknown reference "${p.id}": no such id in this dataset or in the database` });
    else if (!kind || !p.allowed.includes(kind))
      report({
        file: p.file,
        line: p.line,
        column: p.column,
        message: `"${p.id}" is stored as ${kind ?? 'another kind'}; expected one of: ${p.allowed.join(', ')}`,
      });
  }
  for (const [id, d] of defined) {
    const kind = stored.get(id);
    if (stored.has(id) && kind !== d.kind)
      report({ file: d.file, line: d.line, column: 'id', message: `"${id}" already exists in the database as ${kind ?? 'another kind'}, not ${d.kind}` });
  }

  const totalRows = [...rows.values()].reduce((a, b) => a + b, 0);
  return { issues, issueCount, rows, totalRows, duplicateLines, duplicateCount, warnings };
}
