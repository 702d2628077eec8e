// A dataset directory: one <kind>.csv or <kind>.jsonl per node or relationship kind. This file
// finds the files and streams their rows with line numbers; it knows nothing of the schemas.
import { constants, readdirSync } from 'node:fs';
import { type FileHandle, lstat, open } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parser } from 'csv-parse';
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

/** Bounds on what one file may make the importer read or hold (KG_IMPORT_MAX_*). */
export interface ReadLimits {
  maxFileBytes: number;
  maxLineBytes: number;
  maxCellChars: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 2 * 1024 ** 3, maxLineBytes: 1024 ** 2, maxCellChars: 65_536 };

/** How a dataset is read: its caps, when to stop, and whether it comes from the confined import root. */
export interface ReadOptions {
  limits?: ReadLimits;
  /** Aborted when the client goes away or the import's deadline passes: reading stops at once. */
  signal?: AbortSignal;
  /**
   * Files of an API import (KG_IMPORT_ROOT): besides being regular files, they must not be
   * symlinks (O_NOFOLLOW) nor have other hard links (a hard link inside the root to a file
   * outside it would otherwise be read; see docs/security.md).
   */
  confined?: boolean;
}

const readOptions = new WeakMap<DatasetFile, ReadOptions>();

/** Attaches how `files` are to be read (validation and writing both read them through readRows). */
export function setReadOptions(files: DatasetFile[], opts: ReadOptions): void {
  for (const f of files) readOptions.set(f, opts);
}

class FileRefused extends Error {}

const KIND_OF = (st: import('node:fs').Stats) =>
  st.isDirectory()
    ? 'a directory'
    : st.isFIFO()
      ? 'a FIFO'
      : st.isSocket()
        ? 'a socket'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'a device'
          : st.isSymbolicLink()
            ? 'a symlink'
            : 'not a regular file';

/**
 * Opens a dataset file for reading, refusing anything but a regular file of bounded size. The
 * checks are made on the opened descriptor (fstat), so swapping the file after the check does
 * not help; O_NONBLOCK keeps opening a FIFO from waiting for a writer, O_NOFOLLOW (confined
 * imports) refuses a symlink put in place of the file.
 */
async function openDatasetFile(file: DatasetFile, opts: ReadOptions, limits: ReadLimits): Promise<FileHandle> {
  const before = await lstat(file.path).catch(() => undefined);
  if (!before) throw new FileRefused('cannot be read (it was removed?)');
  if (!before.isFile() && !(before.isSymbolicLink() && !opts.confined)) throw new FileRefused(`is ${KIND_OF(before)}; a dataset file must be a regular file`);
  let handle: FileHandle;
  try {
    handle = await open(file.path, constants.O_RDONLY | constants.O_NONBLOCK | (opts.confined ? constants.O_NOFOLLOW : 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileRefused(code === 'ELOOP' ? 'is a symlink; the import root takes regular files only' : `cannot be opened (${code ?? 'error'})`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new FileRefused(`is ${KIND_OF(st)}; a dataset file must be a regular file`);
    if (opts.confined && st.nlink > 1)
      throw new FileRefused(`has ${st.nlink} hard links; files under the import root must have one (copy the file instead of linking it)`);
    if (st.size > limits.maxFileBytes)
      throw new FileRefused(`is ${st.size} bytes, over the limit of ${limits.maxFileBytes} (KG_IMPORT_MAX_FILE_BYTES); split it or raise the limit`);
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Splits a byte stream into lines, refusing any longer than `max` bytes instead of growing one string without end. */
class LineSplitter extends Transform {
  private rest: Buffer[] = [];
  private restBytes = 0;
  line = 0;
  constructor(private readonly max: number) {
    super({ readableObjectMode: true });
  }
  private tooLong(): Error {
    return Object.assign(new Error(`line ${this.line + 1} is longer than ${this.max} bytes (KG_IMPORT_MAX_LINE_BYTES)`), { lines: this.line + 1 });
  }
  override _transform(chunk: Buffer, _enc: string, done: (e?: Error | null) => void): void {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      if (this.restBytes + nl - from > this.max) {
        done(this.tooLong());
        return;
      }
      this.rest.push(chunk.subarray(from, nl));
      this.push(Buffer.concat(this.rest).toString('utf8').replace(/\r$/, ''));
      this.line += 1;
      this.rest = [];
      this.restBytes = 0;
      from = nl + 1;
    }
    if (this.restBytes + chunk.length - from > this.max) {
      done(this.tooLong());
      return;
    }
    this.rest.push(chunk.subarray(from));
    this.restBytes += chunk.length - from;
    done();
  }
  override _flush(done: (e?: Error | null) => void): void {
    if (this.restBytes > 0) this.push(Buffer.concat(this.rest).toString('utf8'));
    done();
  }
}

/** The first string (a cell, or a string anywhere in a JSON line) longer than `max` characters. */
function longCell(values: unknown, max: number, key?: string): string | undefined {
  if (typeof values === 'string') return values.length > max ? (key ?? 'value') : undefined;
  if (Array.isArray(values)) {
    for (const v of values) {
      const k = longCell(v, max, key);
      if (k) return k;
    }
  } else if (values && typeof values === 'object') {
    for (const [k, v] of Object.entries(values)) {
      const found = longCell(v, max, key ?? k);
      if (found) return found;
    }
  }
  return undefined;
}

/** A CSV record and the line it ends on (the CSV header being line 1). */
interface CsvRecord {
  record: Record<string, string>;
  line: number;
}

/**
 * csv-parse with each record tagged with the line it ends on, read off the parser as the
 * record is pushed. Its own `info: true` builds two spread objects per record for the same
 * number (a quarter of its parse time on organizations.csv).
 */
class LineTaggedCsv extends Parser {
  override push(record: unknown): boolean {
    return super.push(record === null ? null : ({ record, line: this.info.lines } as CsvRecord));
  }
}

const stopped = (signal: AbortSignal) => signal.reason ?? new Error('import stopped');

/**
 * What `stream` has buffered, an array at a time: one await per wake-up (a 1 MiB read makes
 * thousands of records) instead of one promise per record, which cost more than parsing them.
 * Ends when the stream ends or is destroyed; its error, if any, is the pipeline's to report.
 */
async function* drain<T>(stream: Readable): AsyncGenerator<T[]> {
  for (;;) {
    const out: T[] = [];
    for (let v = stream.read(); v !== null; v = stream.read()) out.push(v as T);
    if (out.length > 0) {
      yield out;
      continue;
    }
    if (stream.readableEnded || stream.destroyed) return;
    await new Promise<void>((resolve) => {
      const wake = () => {
        for (const e of ['readable', 'end', 'close', 'error']) stream.off(e, wake);
        resolve();
      };
      for (const e of ['readable', 'end', 'close', 'error']) stream.on(e, wake);
    });
  }
}

/** Streams a file's rows one at a time (see readBatches). */
export async function* readRows(file: DatasetFile): AsyncGenerator<RawRow> {
  for await (const batch of readBatches(file)) yield* batch;
}

/**
 * Streams a file's rows in arrays, in file order. CSV empty cells are left out, so they read as
 * absent values. Every stream error (a vanished file, EISDIR, a malformed record, a cap) ends as
 * one fatal row naming the file's line, never as an unhandled error; an aborted signal throws
 * its reason.
 */
export async function* readBatches(file: DatasetFile): AsyncGenerator<RawRow[]> {
  const opts = readOptions.get(file) ?? {};
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const signal = opts.signal;
  if (signal?.aborted) throw stopped(signal);
  let handle: FileHandle;
  try {
    handle = await openDatasetFile(file, opts, limits);
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    yield [{ line: 0, error: e.message, fatal: true }];
    return;
  }
  // 256 KiB at a time: each chunk is parsed (and its rows validated) in one go without yielding
  // the event loop, so a chunk bounds how long other requests wait and how much work an
  // aborted import still finishes (1 MiB chunks, ~30k rows, kept it busy 0.7 CPU-s after the abort).
  const source = handle.createReadStream({ autoClose: true, highWaterMark: 256 * 1024 });
  const jsonl = file.name.endsWith('.jsonl');
  const lines = jsonl ? new LineSplitter(limits.maxLineBytes) : undefined;
  const parser = jsonl
    ? lines!
    : new LineTaggedCsv({ columns: true, bom: true, skip_empty_lines: true, relax_quotes: false, max_record_size: limits.maxLineBytes });
  // pipeline forwards every stream's error and destroys the others (and the descriptor) with it.
  const done = pipeline(source, parser, signal ? { signal } : {}).catch((e: Error) => e);
  let failure: Error | undefined;
  try {
    if (jsonl) {
      let line = 0;
      for await (const texts of drain<string>(parser)) {
        if (signal?.aborted) break;
        const out: RawRow[] = [];
        for (const text of texts) {
          line += 1;
          if (text.trim() === '') continue;
          let value: unknown;
          try {
            value = JSON.parse(text);
          } catch (e) {
            out.push({ line, error: `not valid JSON (${(e as Error).message})` });
            continue;
          }
          if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            out.push({ line, error: 'each line must be a JSON object' });
            continue;
          }
          const long = longCell(value, limits.maxCellChars);
          if (long) out.push({ line, error: `"${long}" is longer than ${limits.maxCellChars} characters (KG_IMPORT_MAX_CELL_CHARS)` });
          else out.push({ line, values: value as Record<string, unknown> });
        }
        yield out;
      }
    } else {
      for await (const records of drain<CsvRecord>(parser)) {
        if (signal?.aborted) break;
        const out: RawRow[] = [];
        for (const { record, line } of records) {
          const long = longCell(record, limits.maxCellChars);
          if (long) {
            out.push({ line, error: `column "${long}" is longer than ${limits.maxCellChars} characters (KG_IMPORT_MAX_CELL_CHARS)` });
            continue;
          }
          const values: Record<string, unknown> = {};
          for (const k in record) if (record[k] !== '') values[k] = record[k];
          out.push({ line, values });
        }
        yield out;
      }
    }
  } catch (e) {
    failure = e as Error;
  } finally {
    // A consumer that stops early (a fatal row, an error) must not leave the descriptor open.
    if (!source.destroyed) source.destroy();
  }
  const streamError = (await done) ?? failure;
  if (signal?.aborted) throw stopped(signal);
  if (!streamError) return;
  const err = streamError as Error & { lines?: number; code?: string };
  const line = err.lines ?? lines?.line ?? 0;
  const message =
    err.code === 'CSV_MAX_RECORD_SIZE'
      ? `a record is longer than ${limits.maxLineBytes} characters (KG_IMPORT_MAX_LINE_BYTES)`
      : err.code && /^E[A-Z]+$/.test(err.code)
        ? `cannot be read (${err.code})`
        : jsonl
          ? err.message
          : `malformed CSV: ${err.message}`;
  yield [{ line, error: message, fatal: true }];
}
