import type { Resolvers } from '../generated/graphql.js';

export const healthResolvers: Resolvers = {
  Query: {
    async health(_, __, { db, graph }) {
      const [row] = await db.read('admin/health');
      return { status: 'OK', database: graph.database, ...row };
    },
  },
};
