// All resolver maps, listed at one place (makeExecutableSchema merges the list). Each area's
// file stays thin: arguments in, a named Cypher query or a DataLoader call, shape out.
import { adminResolvers } from './admin.js';
import { analyticsResolvers } from './analytics.js';
import { browseResolvers } from './browse.js';
import { entityResolvers } from './entities.js';
import { healthResolvers } from './health.js';
import { industryChainResolvers } from './industry-chain.js';
import { mutationResolvers } from './mutations.js';
import { traversalResolvers } from './traversals.js';

export const resolvers = [
  healthResolvers,
  entityResolvers,
  browseResolvers,
  mutationResolvers,
  analyticsResolvers,
  traversalResolvers,
  industryChainResolvers,
  adminResolvers,
];
