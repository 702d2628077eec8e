// What an import wrote, in the words every bench line about a re-import uses.
import type { ImportSummary } from '../../src/import/import-dataset.js';

/** "N rows unchanged (skipped), N nodes and N relationships created, N properties set". */
export function whatImportWrote(s: ImportSummary): string {
  return `${s.unchanged} rows unchanged (skipped), ${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created, ${s.propertiesSet} properties set`;
}
