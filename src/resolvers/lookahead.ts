// Resolver lookahead: reads a lookup's selection set and turns the relationship fields it asks
// for (from the resolver table, any depth, through edge objects such as Membership.platform)
// into a plan that src/graph/compiled.ts runs as one statement. Fields it cannot see through
// (abstract types, connections, anything not in the table) are simply left out of the plan and
// resolve through the DataLoaders as before, so compiling only ever saves round trips.
import type { FieldNode, GraphQLField, GraphQLObjectType, GraphQLResolveInfo, GraphQLType, SelectionSetNode } from 'graphql';
import type { PlanField, Projection } from '../graph/compiled.js';
import { pageSize } from './args.js';
import { prefetchKey, RELATIONS } from './relations.js';

const MAX_FIRST = 500;

// graphql's own helpers (isObjectType, getArgumentValues) test instanceof, and under vitest the
// schema and this module can load different copies of graphql: these check by shape instead.
const getNamedType = (t: GraphQLType | undefined): GraphQLType | undefined => {
  let x = t as { ofType?: GraphQLType } | undefined;
  while (x?.ofType) x = x.ofType as { ofType?: GraphQLType };
  return x as GraphQLType | undefined;
};
const isObjectType = (t: unknown): t is GraphQLObjectType => Object.prototype.toString.call(t) === '[object GraphQLObjectType]';

/** The literal or variable values of `first` and `role`, else the field's defaults. */
function argumentValues(def: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): { first?: number; role?: string } {
  const out: Record<string, unknown> = {};
  for (const a of def.args) {
    const given = node.arguments?.find((x) => x.name.value === a.name)?.value;
    if (!given) out[a.name] = a.defaultValue;
    else if (given.kind === 'Variable') out[a.name] = variables[given.name.value] ?? a.defaultValue;
    else if (given.kind === 'IntValue') out[a.name] = Number.parseInt(given.value, 10);
    else if (given.kind === 'EnumValue' || given.kind === 'StringValue') out[a.name] = given.value;
    else if (given.kind === 'NullValue') out[a.name] = null;
  }
  return out as { first?: number; role?: string };
}
/** Nesting the compiler goes to; deeper levels use the loaders. */
const MAX_DEPTH = 3;

/** Field nodes selected on `type` in a selection set, through fragments that apply to it. */
function fieldsOn(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, type: GraphQLObjectType, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') {
      if (!s.typeCondition || s.typeCondition.name.value === type.name) fieldsOn(info, s.selectionSet, type, out);
    } else {
      const f = info.fragments[s.name.value];
      if (f && f.typeCondition.name.value === type.name) fieldsOn(info, f.selectionSet, type, out);
    }
  }
  return out;
}

/**
 * Field nodes selected on `type` when every fragment in the set is on `type` itself, else null:
 * a fragment on an interface (`... on Entity`) may read any property, so its node is read whole.
 */
function fieldsOnly(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, type: GraphQLObjectType, out: FieldNode[] = []): FieldNode[] | null {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else {
      const f = s.kind === 'InlineFragment' ? s : info.fragments[s.name.value];
      if (!f || (f.typeCondition && f.typeCondition.name.value !== type.name)) return null;
      if (!fieldsOnly(info, f.selectionSet, type, out)) return null;
    }
  }
  return out;
}

/** Adds names to a property list; null (every property) absorbs everything. */
const union = (a: string[] | null, b: string[] | null): string[] | null => (a === null || b === null ? null : [...new Set([...a, ...b])].sort());

/**
 * The properties a selection on `type` reads: the fields that resolve by the default resolver
 * (the property of that name), or null when a field has a resolver of its own (displayName,
 * provenance, ...: they may read any property) or the selection cannot be read in full.
 * Relationship fields are the plan's business; `__typename` comes from the labels.
 */
function propsOf(fields: FieldNode[] | null, type: GraphQLObjectType, skip: (name: string) => boolean): string[] | null {
  if (!fields) return null;
  const props = new Set<string>();
  for (const f of fields) {
    const name = f.name.value;
    if (name === '__typename' || skip(name)) continue;
    const def = type.getFields()[name];
    if (!def) continue; // validation reports it
    if (def.resolve) return null;
    props.add(name);
  }
  return [...props].sort();
}

/** The plan for the relationship fields selected on a node of `type`, and the node's properties the selection reads. */
function planFor(info: GraphQLResolveInfo, type: GraphQLObjectType, sets: (SelectionSetNode | undefined)[], depth: number): Projection {
  const table = RELATIONS.get(type.name);
  if (!table || depth > MAX_DEPTH) return { fields: [], props: null };
  const plan = new Map<string, PlanField>();
  let props: string[] | null = [];
  for (const set of sets) {
    props = union(
      props,
      propsOf(fieldsOnly(info, set, type), type, (name) => table.has(name)),
    );
    for (const node of fieldsOn(info, set, type)) {
      const rel = table.get(node.name.value);
      const def = type.getFields()[node.name.value];
      if (!rel || !def) continue;
      const args = argumentValues(def as GraphQLField<unknown, unknown>, node, info.variableValues);
      const key = prefetchKey(node.name.value, args);
      let limit: number;
      try {
        limit = rel.single ? 1 : pageSize(args.first, MAX_FIRST, 50);
      } catch {
        continue; // a bad argument: let the field's resolver report it
      }
      const seen = plan.get(key);
      const field = seen ?? { key, type: rel.type, dir: rel.dir, limit, role: args.role ?? null, child: [], props: [], relProps: [] };
      plan.set(key, field);
      // The neighbour's own selection: the field's (a node) or its edge object's node field.
      const target = getNamedType(def.type);
      let childType: GraphQLObjectType | undefined;
      let childSets: (SelectionSetNode | undefined)[] = [];
      let relProps: string[] | null = [];
      if (!rel.nodeField && isObjectType(target)) {
        childType = target;
        childSets = [node.selectionSet];
      } else if (rel.nodeField && isObjectType(target)) {
        const nodeDef = target.getFields()[rel.nodeField];
        const nodeType = nodeDef && getNamedType(nodeDef.type);
        // The edge object's own fields are the relationship's properties; its field for this
        // end (Membership.organization under organization.platforms) is this node, read whole.
        const edgeFields = fieldsOnly(info, node.selectionSet, target);
        if (edgeFields?.some((f) => f.name.value === rel.selfField)) props = null;
        relProps = propsOf(edgeFields, target, (name) => name === rel.nodeField || name === rel.selfField);
        if (nodeType && isObjectType(nodeType)) {
          childType = nodeType;
          childSets = fieldsOn(info, node.selectionSet, target)
            .filter((f) => f.name.value === rel.nodeField)
            .map((f) => f.selectionSet);
        }
      } else relProps = null;
      field.relProps = union(field.relProps, relProps);
      const child = childType ? planFor(info, childType, childSets, depth + 1) : { fields: [], props: null };
      field.props = seen ? union(field.props, child.props) : child.props;
      field.child.push(...child.fields.filter((c) => !field.child.some((x) => x.key === c.key)));
    }
  }
  return { fields: [...plan.values()], props };
}

/** The plan for a lookup resolver's own field (organization(id), platform(id), ...); no fields if nothing to compile. */
export function lookupPlan(info: GraphQLResolveInfo): Projection {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return { fields: [], props: null };
  return planFor(
    info,
    type,
    info.fieldNodes.map((n) => n.selectionSet),
    1,
  );
}

/** The plan for the nodes of a list connection's page (`nodes { ... }` and `edges { node { ... } }`). */
export function pagePlan(info: GraphQLResolveInfo): PlanField[] {
  const conn = getNamedType(info.returnType);
  if (!isObjectType(conn)) return [];
  const nodeType = getNamedType(conn.getFields().nodes?.type);
  const edgeType = getNamedType(conn.getFields().edges?.type);
  if (!isObjectType(nodeType) || !isObjectType(edgeType)) return [];
  const top = info.fieldNodes.flatMap((n) => fieldsOn(info, n.selectionSet, conn));
  const sets = [
    ...top.filter((f) => f.name.value === 'nodes').map((f) => f.selectionSet),
    ...top
      .filter((f) => f.name.value === 'edges')
      .flatMap((f) => fieldsOn(info, f.selectionSet, edgeType))
      .filter((f) => f.name.value === 'node')
      .map((f) => f.selectionSet),
  ];
  return planFor(info, nodeType, sets, 1).fields;
}

/** Whether the field being resolved selects any of `names` on its (object) result, through fragments. */
export function selects(info: GraphQLResolveInfo, names: string[]): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return true;
  return info.fieldNodes.some((node) => fieldsOn(info, node.selectionSet, type).some((f) => names.includes(f.name.value)));
}

/** Whether the field being resolved selects any of `names` inside its result's field `field` (`nodes { properties }`). */
export function selectsWithin(info: GraphQLResolveInfo, field: string, names: string[]): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return true;
  const inner = getNamedType(type.getFields()[field]?.type);
  if (!isObjectType(inner)) return true;
  return info.fieldNodes.some((node) =>
    fieldsOn(info, node.selectionSet, type)
      .filter((f) => f.name.value === field)
      .some((f) => fieldsOn(info, f.selectionSet, inner).some((g) => names.includes(g.name.value))),
  );
}
