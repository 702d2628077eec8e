// Streaming CSV output in the import format: header row, '|'-joined lists, true/false, empty
// cell = absent. Rows are batched into large string chunks (one stream.write per ~64 KB rather
// than per row) and the caller pauses at checkpoints until the OS has taken the data, so memory
// stays flat however many rows are written.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

export type Cell = string | number | boolean | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

/** RFC 4180 quoting: only when the cell holds a comma, a quote or a line break. */
export function csvCell(value: Cell): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const CHUNK_CHARS = 1 << 16;
/**
 * Bytes a stream may buffer before it asks the caller to wait. Well above one chunk, so the
 * generator waits only when the disk really falls behind, not after every write.
 */
const STREAM_BUFFER = 1 << 20;

export class CsvWriter<C extends string> {
  rows = 0;
  private chunk: string;
  private blocked = false;
  private failure: Error | undefined;
  private readonly stream: WriteStream;

  /** `defaults` fill columns a row leaves out, e.g. the provenance `source` shared by every row. */
  constructor(
    path: string,
    private readonly columns: readonly C[],
    private readonly defaults: Partial<Record<C, Cell>> = {},
  ) {
    this.stream = createWriteStream(path, { highWaterMark: STREAM_BUFFER });
    // Remember the error and raise it at the next checkpoint; an unhandled 'error' would crash the process.
    this.stream.on('error', (err) => {
      this.failure = err;
    });
    // Tracked as it happens: a drain that fires while the caller awaits another file's drain must not be missed.
    this.stream.on('drain', () => {
      this.blocked = false;
    });
    this.chunk = `${columns.join(',')}\n`;
  }

  row(values: Partial<Record<C, Cell>>): void {
    let line = '';
    for (let i = 0; i < this.columns.length; i++) {
      const column = this.columns[i]!;
      if (i > 0) line += ',';
      line += csvCell(values[column] ?? this.defaults[column]);
    }
    this.chunk += `${line}\n`;
    this.rows++;
    if (this.chunk.length >= CHUNK_CHARS) this.flush();
  }

  /** Backpressure checkpoint: resolves once the stream has drained if the last write filled its buffer. */
  async pace(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.blocked) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.failure) throw this.failure;
    this.flush();
    this.stream.end();
    await finished(this.stream);
  }

  /** Stops writing after a failure elsewhere, without waiting for buffered data. */
  destroy(): void {
    this.stream.destroy();
  }

  private flush(): void {
    if (this.chunk === '') return;
    if (!this.stream.write(this.chunk)) this.blocked = true;
    this.chunk = '';
  }
}
