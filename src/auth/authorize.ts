// The role an operation needs: its type's (OPERATION_ROLE), raised by any root field that needs
// more (FIELD_ROLE), looking through inline fragments and fragment spreads at the root.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { atLeast, FIELD_ROLE, OPERATION_ROLE, type Role } from './roles.js';

export interface Requirement {
  role: Role;
  /** What needs it, for messages: "mutations need" or "importDataset needs". */
  what: string;
}

function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFields(s.selectionSet, fragments, seen);
    const fragment = fragments.get(s.name.value);
    if (!fragment || seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

// Per operation of a parsed document (yoga's parser cache hands the same document to every
// request with the same text): the walk below ran on every request before.
const known = new WeakMap<OperationDefinitionNode, Requirement>();

export function requirementOf(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Requirement {
  const operation = getOperationAST(document, operationName);
  // No such operation: execution reports it; ask for the least.
  if (!operation) return { role: 'reader', what: 'queries need' };
  let need = known.get(operation);
  if (!need) {
    need = requirementOfOperation(schema, document, operation);
    known.set(operation, need);
  }
  return need;
}

function requirementOfOperation(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Requirement {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const typeName = schema.getRootType(operation.operation)?.name ?? operation.operation;
  let need: Requirement = { role: OPERATION_ROLE[operation.operation], what: `${operation.operation}s need` };
  for (const field of rootFields(operation.selectionSet, fragments)) {
    const role = FIELD_ROLE[`${typeName}.${field}`];
    if (role && !atLeast(need.role, role)) need = { role, what: `${field} needs` };
  }
  return need;
}
