// A dataset directory: one <kind>.csv or <kind>.jsonl per node or relationship kind. This file
// finds the files and streams their rows with line numbers; it knows nothing of the schemas.
import { createReadStream, readdirSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { NODE_FILES, type NodeFile, REL_FILES, type RelFile } from '../model/records.js';

export interface DatasetFile {
  kind: NodeFile | RelFile;
  isNode: boolean;
  name: string; // file name as the user sees it in messages
  path: string;
}

/** One problem with one place in the input; `line` is 1-based, the CSV header being line 1. */
export interface ImportIssue {
  file: string;
  line?: number;
  column?: string;
  message: string;
}

export function formatIssue(i: ImportIssue): string {
  return `${i.file}${i.line ? `:${i.line}` : ''}${i.column ? ` column "${i.column}"` : ''}: ${i.message}`;
}

const KNOWN = [...NODE_FILES, ...REL_FILES] as string[];

export function listDataset(dir: string): { files: DatasetFile[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return { files: [], issues: [{ file: dir, message: 'is not a readable directory' }] };
  }
  const files: DatasetFile[] = [];
  for (const name of names) {
    const m = /^([a-z_]+)\.(csv|jsonl)$/.exec(name);
    if (!m) {
      if (name.endsWith('.csv') || name.endsWith('.jsonl')) issues.push({ file: name, message: `unknown file kind; expected one of ${KNOWN.join(', ')}` });
      continue; // READMEs and other files are not data
    }
    const kind = m[1]!;
    if (!KNOWN.includes(kind)) {
      issues.push({ file: name, message: `unknown file kind "${kind}"; expected one of ${KNOWN.join(', ')}` });
      continue;
    }
    if (files.some((f) => f.kind === kind)) {
      issues.push({ file: name, message: `both ${kind}.csv and ${kind}.jsonl are present; keep one` });
      continue;
    }
    files.push({ kind: kind as NodeFile | RelFile, isNode: (NODE_FILES as string[]).includes(kind), name, path: path.join(dir, name) });
  }
  if (files.length === 0 && issues.length === 0) issues.push({ file: dir, message: 'holds no dataset files (<kind>.csv or <kind>.jsonl)' });
  // Nodes before relationships, each in the model's order, so references resolve as they are written.
  files.sort((a, b) => KNOWN.indexOf(a.kind) - KNOWN.indexOf(b.kind));
  return { files, issues };
}

export type RawRow = { line: number; values: Record<string, unknown> } | { line: number; error: string; fatal?: boolean };

/** Streams a file's rows. CSV empty cells are left out, so they read as absent values. */
export async function* readRows(file: DatasetFile): AsyncGenerator<RawRow> {
  if (file.name.endsWith('.jsonl')) {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(file.path, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY })) {
      line += 1;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        yield { line, error: `not valid JSON (${(e as Error).message})` };
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) yield { line, error: 'each line must be a JSON object' };
      else yield { line, values: value as Record<string, unknown> };
    }
    return;
  }
  const parser = createReadStream(file.path).pipe(parse({ columns: true, bom: true, skip_empty_lines: true, info: true, relax_quotes: false }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(record)) if (v !== '') values[k] = v;
      yield { line: info.lines, values };
    }
  } catch (e) {
    const err = e as Error & { lines?: number };
    yield { line: err.lines ?? 0, error: `malformed CSV: ${err.message}`, fatal: true };
  }
}
