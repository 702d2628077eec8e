// Admin operations. Who may call them is decided by the auth plugin (src/server/plugins/auth.ts,
// roles in src/auth/roles.ts), not here.
import { createGraphQLError } from 'graphql-yoga';
import { datasetDirUnder } from '../auth/import-root.js';
import { userError } from '../errors.js';
import type { Resolvers } from '../generated/graphql.js';
import { ImportRejected, importDataset } from '../import/import-dataset.js';

const MAX_ISSUES = 50;

export const adminResolvers: Resolvers = {
  Mutation: {
    importDataset: async (_, a, ctx) => {
      const dir = datasetDirUnder(ctx.importRoot, a.path);
      // Stops when the client goes away or the import deadline passes (KG_IMPORT_TIMEOUT_MS).
      const deadline = AbortSignal.timeout(ctx.importLimits?.timeoutMs ?? 600_000);
      const signal = ctx.request ? AbortSignal.any([ctx.request.signal, deadline]) : deadline;
      try {
        const s = await importDataset(ctx.graph, dir, { read: { confined: true, limits: ctx.importLimits, signal } });
        return {
          ...s,
          files: Object.entries(s.files).map(([name, rows]) => ({ name, rows, duplicatesMerged: s.duplicatesByFile[name] ?? 0 })),
          warnings: s.warnings.slice(0, MAX_ISSUES),
        };
      } catch (e) {
        if (deadline.aborted)
          throw createGraphQLError(
            `import stopped: it took longer than ${ctx.importLimits?.timeoutMs ?? 600_000} ms (KG_IMPORT_TIMEOUT_MS); batches committed so far stay, re-run it to complete it (imports are idempotent), or import from the command line (kg import)`,
            { extensions: { code: 'QUERY_TIMEOUT', limit: 'KG_IMPORT_TIMEOUT_MS' } },
          );
        if (!(e instanceof ImportRejected)) throw e;
        // Issues about the directory itself name it as the client did, not by its server path.
        const issues = e.issues.slice(0, MAX_ISSUES).map((i) => (i.file === dir ? { ...i, file: a.path } : i));
        throw userError(
          `import rejected, nothing was written: ${e.issueCount} problem${e.issueCount === 1 ? '' : 's'} (extensions.issues lists the first ${Math.min(MAX_ISSUES, e.issueCount)})`,
          { argument: 'path', issueCount: e.issueCount, issues },
        );
      }
    },
  },
};
