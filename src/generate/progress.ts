// Counts units of work (creating one organization, platform or project, or drawing one
// organization's customers) and, every so often, lets the output files drain and tells the
// caller how far along the run is.
import type { Dataset } from './dataset.js';

const CHECKPOINT_EVERY = 1024;

export class Progress {
  private done = 0;

  constructor(
    private readonly total: number,
    private readonly ds: Dataset,
    private readonly report?: (done: number, total: number) => void,
  ) {}

  async step(): Promise<void> {
    this.done++;
    if (this.done % CHECKPOINT_EVERY !== 0) return;
    await this.ds.pace();
    this.report?.(this.done, this.total);
  }

  finish(): void {
    this.report?.(this.total, this.total);
  }
}
