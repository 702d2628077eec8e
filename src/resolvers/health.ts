import type { Context } from '../server/context.js';

export const healthResolvers = {
  Query: {
    async health(_: unknown, __: unknown, { db, graph }: Context) {
      const [row] = await db.read('admin/health');
      return { status: 'OK', database: graph.database, ...row };
    },
  },
};
