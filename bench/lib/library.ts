// The rival: @neo4j/graphql 7 (a dev dependency used only here) over the same database, with
// type definitions for the same labels and relationship types. Its nodes carry the Entity label
// too (@node(labels:)), so its lookups use the same :Entity(id) constraint as ours.
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

export const LIBRARY_TYPE_DEFS = /* GraphQL */ `
  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    name: String
    kind: String
    platforms: [Platform!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "MemberOf")
  }
  type Platform @node(labels: ["Platform", "Entity"]) {
    id: ID!
    name: String
    members: [Organization!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MemberOf")
  }
  type MemberOf @relationshipProperties {
    role: String
  }
`;

export function librarySchema(driver: Driver): Promise<GraphQLSchema> {
  return new Neo4jGraphQL({ typeDefs: LIBRARY_TYPE_DEFS, driver }).getSchema();
}
