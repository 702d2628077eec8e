// Resolver lookahead: reads a lookup's selection set and turns the relationship fields it asks
// for (from the resolver table, any depth, through edge objects such as Membership.platform)
// into a plan that src/graph/compiled.ts runs as one statement. Fields it cannot see through
// (abstract types, connections, anything not in the table) are simply left out of the plan and
// resolve through the DataLoaders as before, so compiling only ever saves round trips.
import type { FieldNode, GraphQLField, GraphQLObjectType, GraphQLResolveInfo, GraphQLType, SelectionSetNode } from 'graphql';
import type { Plan, PlanField } from '../graph/compiled.js';
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

/**
 * Field nodes selected on `type` in a selection set, through fragments that apply to it. `exact`
 * is cleared when a fragment names another type (an interface such as Entity): what it selects
 * is then not all seen here.
 */
function fieldsOn(
  info: GraphQLResolveInfo,
  set: SelectionSetNode | undefined,
  type: GraphQLObjectType,
  out: FieldNode[] = [],
  exact = { all: true },
): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') {
      if (!s.typeCondition || s.typeCondition.name.value === type.name) fieldsOn(info, s.selectionSet, type, out, exact);
      else exact.all = false;
    } else {
      const f = info.fragments[s.name.value];
      if (f && f.typeCondition.name.value === type.name) fieldsOn(info, f.selectionSet, type, out, exact);
      else exact.all = false;
    }
  }
  return out;
}

/** The plan for a node of `type` with the selections `sets`: the properties they read and their relationship fields. */
function planFor(info: GraphQLResolveInfo, type: GraphQLObjectType, sets: (SelectionSetNode | undefined)[], depth: number): Plan {
  const table = RELATIONS.get(type.name);
  if (!table || depth > MAX_DEPTH) return { props: null, fields: [] };
  const plan = new Map<string, PlanField>();
  // Plain fields (no resolver of their own) read the property of their name; any other field,
  // a fragment on an interface, or a selection that reaches back to this node through an edge
  // object (platforms { organization { ... } }) may read anything: then every property.
  const props = new Set<string>();
  let allProps = false;
  for (const set of sets) {
    const exact = { all: true };
    for (const node of fieldsOn(info, set, type, [], exact)) {
      const name = node.name.value;
      const rel = table.get(name);
      const def = type.getFields()[name];
      if (name === '__typename') continue;
      if (!def) continue;
      if (!rel) {
        if (def.resolve) allProps = true;
        else props.add(name);
        continue;
      }
      const args = argumentValues(def as GraphQLField<unknown, unknown>, node, info.variableValues);
      const key = prefetchKey(name, args);
      let limit: number;
      try {
        limit = rel.single ? 1 : pageSize(args.first, MAX_FIRST, 50);
      } catch {
        continue; // a bad argument: let the field's resolver report it
      }
      const field: PlanField = plan.get(key) ?? {
        key,
        type: rel.type,
        dir: rel.dir,
        limit,
        role: args.role ?? null,
        relProps: [],
        child: { props: [], fields: [] },
      };
      plan.set(key, field);
      // The neighbour's own selection: the field's (a node) or its edge object's node field.
      const target = getNamedType(def.type);
      let childType: GraphQLObjectType | undefined;
      let childSets: (SelectionSetNode | undefined)[] = [];
      if (!rel.nodeField && isObjectType(target)) {
        childType = target;
        childSets = [node.selectionSet];
      } else if (rel.nodeField && isObjectType(target)) {
        const nodeDef = target.getFields()[rel.nodeField];
        const nodeType = nodeDef && getNamedType(nodeDef.type);
        const edgeExact = { all: true };
        const onEdge = fieldsOn(info, node.selectionSet, target, [], edgeExact);
        if (!edgeExact.all || onEdge.some((f) => f.name.value === rel.selfField)) allProps = true;
        // The edge object's own fields read the relationship's property of their name; one with
        // a resolver (provenance, contribution) or a fragment on another type may read any.
        const edgeFields = target.getFields();
        for (const f of onEdge) {
          const n = f.name.value;
          if (n === rel.nodeField || n === rel.selfField || n === '__typename' || field.relProps === null) continue;
          if (!edgeExact.all || !edgeFields[n] || edgeFields[n].resolve) field.relProps = null;
          else if (!field.relProps.includes(n)) field.relProps.push(n);
        }
        if (!edgeExact.all) field.relProps = null;
        if (nodeType && isObjectType(nodeType)) {
          childType = nodeType;
          childSets = onEdge.filter((f) => f.name.value === rel.nodeField).map((f) => f.selectionSet);
        }
      }
      if (childType) merge(field.child, planFor(info, childType, childSets, depth + 1));
      else field.child.props = null;
    }
    if (!exact.all) allProps = true;
  }
  return { props: allProps ? null : [...props], fields: [...plan.values()] };
}

/** Adds what `more` reads to `into` (the same field selected twice, or under two keys). */
function merge(into: Plan, more: Plan): void {
  into.props = into.props && more.props ? [...new Set([...into.props, ...more.props])] : null;
  for (const c of more.fields) {
    const same = into.fields.find((x) => x.key === c.key);
    if (same) {
      same.relProps = same.relProps && c.relProps ? [...new Set([...same.relProps, ...c.relProps])] : null;
      merge(same.child, c.child);
    } else into.fields.push(c);
  }
}

const EMPTY: Plan = { props: null, fields: [] };

/** The plan for a lookup resolver's own field (organization(id), platform(id), ...); no fields if nothing to compile. */
export function lookupPlan(info: GraphQLResolveInfo): Plan {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return EMPTY;
  return planFor(
    info,
    type,
    info.fieldNodes.map((n) => n.selectionSet),
    1,
  );
}

/** The plan for the nodes of a list connection's page (`nodes { ... }` and `edges { node { ... } }`). */
export function pagePlan(info: GraphQLResolveInfo): Plan {
  const conn = getNamedType(info.returnType);
  if (!isObjectType(conn)) return EMPTY;
  const nodeType = getNamedType(conn.getFields().nodes?.type);
  const edgeType = getNamedType(conn.getFields().edges?.type);
  if (!isObjectType(nodeType) || !isObjectType(edgeType)) return EMPTY;
  const top = info.fieldNodes.flatMap((n) => fieldsOn(info, n.selectionSet, conn));
  const sets = [
    ...top.filter((f) => f.name.value === 'nodes').map((f) => f.selectionSet),
    ...top
      .filter((f) => f.name.value === 'edges')
      .flatMap((f) => fieldsOn(info, f.selectionSet, edgeType))
      .filter((f) => f.name.value === 'node')
      .map((f) => f.selectionSet),
  ];
  return planFor(info, nodeType, sets, 1);
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
