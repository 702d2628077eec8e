// Pass 1 of an import: every row of every file is checked before anything is written: schema
// (types, enums, numbers), unknown columns, duplicate ids and duplicate links, references to
// ids that exist neither in the dataset nor in the database, and ids whose kind conflicts with
// what the database already holds. Memory holds ids, not rows, so 10^6-row files are fine.
import type { GraphSession } from '../graph/graph.js';
import { fileForLabels } from '../model/labels.js';
import { INDICATOR_SUBJECTS, type NodeFile, nodeSchemas, type RelFile, relationshipKinds } from '../model/records.js';
import { type DatasetFile, type ImportIssue, readRows } from './dataset.js';

const MAX_REPORTED = 200;
const LOOKUP_BATCH = 10_000;

export interface Validation {
  issues: ImportIssue[]; // the first MAX_REPORTED
  issueCount: number;
  rows: Map<string, number>; // rows per file name
  totalRows: number;
}

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

export async function validateDataset(files: DatasetFile[], db: GraphSession): Promise<Validation> {
  const issues: ImportIssue[] = [];
  let issueCount = 0;
  const report = (i: ImportIssue) => {
    issueCount += 1;
    if (issues.length < MAX_REPORTED) issues.push(i);
  };
  const rows = new Map<string, number>();
  // id -> where it was first defined; also gives its kind for reference checks.
  const defined = new Map<string, { kind: NodeFile; file: string; line: number }>();
  // References not (yet) defined in the dataset: checked against the database at the end.
  // Keyed by id + place so each distinct use is reported once, not once per row.
  const pending = new Map<string, Ref & { id: string }>();

  const checkRef = (id: unknown, ref: Ref) => {
    if (typeof id !== 'string') return;
    const d = defined.get(id);
    if (!d) {
      const key = `${id}\u0000${ref.file}\u0000${ref.column}`;
      if (!pending.has(key)) pending.set(key, { ...ref, id });
    } else if (!ref.allowed.includes(d.kind)) {
      report({
        file: ref.file,
        line: ref.line,
        column: ref.column,
        message: `"${id}" is a ${d.kind} row (${d.file}:${d.line}); expected one of: ${ref.allowed.join(', ')}`,
      });
    }
  };

  for (const file of files) {
    const schema = schemaFor(file);
    const seenLinks = file.isNode ? undefined : new Map<string, number>();
    let count = 0;
    for await (const raw of readRows(file)) {
      if ('error' in raw) {
        report({ file: file.name, line: raw.line, message: raw.error });
        if (raw.fatal) break;
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
      if (typeof row.source === 'string') checkRef(row.source, { file: file.name, line: raw.line, column: 'source', allowed: ['sources'] });
      if (file.isNode) {
        const id = row.id as string;
        const first = defined.get(id);
        if (first) report({ file: file.name, line: raw.line, column: 'id', message: `duplicate id "${id}" (first defined at ${first.file}:${first.line})` });
        else defined.set(id, { kind: file.kind as NodeFile, file: file.name, line: raw.line });
        if (file.kind === 'indicators') {
          checkRef(row.about, {
            file: file.name,
            line: raw.line,
            column: 'about',
            allowed: INDICATOR_SUBJECTS,
          });
        }
      } else {
        const rel = relationshipKinds[file.kind as RelFile];
        checkRef(row.from, { file: file.name, line: raw.line, column: 'from', allowed: rel.from });
        checkRef(row.to, { file: file.name, line: raw.line, column: 'to', allowed: rel.to });
        const key = `${row.from}\u0000${row.to}`;
        const firstLine = seenLinks!.get(key);
        if (firstLine !== undefined)
          report({
            file: file.name,
            line: raw.line,
            message: `duplicate link from "${row.from}" to "${row.to}" (first at line ${firstLine}); merge the two rows`,
          });
        else seenLinks!.set(key, raw.line);
      }
    }
    rows.set(file.name, count);
  }

  // References to ids that only the database can answer, and dataset ids that the database
  // already holds under another kind (a MERGE would silently give one node two kinds).
  const lookupIds = new Set<string>([...pending.values()].map((p) => p.id));
  for (const id of defined.keys()) lookupIds.add(id);
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
  return { issues, issueCount, rows, totalRows };
}
