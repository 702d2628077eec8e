// Human-readable progress lines for the CLI, on stderr so stdout stays clean for data.
export function log(line: string): void {
  process.stderr.write(`kg: ${line}\n`);
}
