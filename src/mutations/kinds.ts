// The GraphQL enums of the mutations mapped onto the model's files (src/model/records.ts):
// EntityKind -> node file, LinkKind -> relationship file. Labels and relationship types sent to
// Cypher come from these whitelists only.

import { PRIMARY_LABEL } from '../model/labels.js';
import { NODE_FILES, type NodeFile, REL_FILES, type RelFile, relationshipKinds } from '../model/records.js';

/** EntityKind (ORGANIZATION, ...) -> node file (organizations, ...). */
export const FILE_BY_ENTITY_KIND = Object.fromEntries(NODE_FILES.map((f) => [PRIMARY_LABEL[f].toUpperCase(), f])) as Record<string, NodeFile>;

/** LinkKind (MEMBER_OF, ...) -> relationship file (member_of, ...). */
export const FILE_BY_LINK_KIND = Object.fromEntries(REL_FILES.map((f) => [relationshipKinds[f].type, f])) as Record<string, RelFile>;

/** Every relationship type of the model: the link kinds plus an indicator's ABOUT. */
export const RELATIONSHIP_TYPES: string[] = [...REL_FILES.map((f) => relationshipKinds[f].type), 'ABOUT'];

/** The kind's name in messages and GraphQL: Organization, Platform, ... */
export const kindName = (file: NodeFile | undefined): string => (file ? PRIMARY_LABEL[file] : 'node of no known kind');
