// Lookahead compilation: a request's selection of relationship fields (a plan, built by
// src/resolvers/lookahead.ts from the resolver table) becomes one Cypher statement that reads
// a node, or a list page, with every selected relationship nested, so a lookup with nested
// fields costs one round trip instead of one per level. Statements are composed only from the
// templates in cypher/compiled/ with relationship types from the resolver table; limits and
// roles are parameters. Each distinct plan shape is composed once and cached by the registry.
import type { GraphSession } from './graph.js';
import type { GraphNode } from './loaders.js';

export interface PlanField {
  /** Where the field's resolver looks for the answer on its parent (see prefetchKey). */
  key: string;
  type: string;
  dir: 'OUT' | 'IN';
  limit: number;
  role: string | null;
  child: PlanField[];
  /**
   * The neighbour's properties the request reads (schema field names), or null for all of them
   * (a field with a resolver of its own, a selection the lookahead could not read in full).
   */
  props: string[] | null;
  /** Likewise for the relationship's properties (an edge object's fields: Membership.role, ...). */
  relProps: string[] | null;
}

/** What a compiled statement returns for a node: all its properties, or only `props`. */
export interface Projection {
  fields: PlanField[];
  /** The node's own properties the request reads, or null for all (see PlanField.props). */
  props: string[] | null;
}

/** Fills {{name}} slots of a composed template with parts this module made. */
const fill = (template: string, parts: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => parts[k] ?? `{{${k}}}`);

/** Schema field names only (graphql's Name grammar); anything else never reaches a statement. */
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
/** `.a, .b` for a map projection of the named properties. */
const keys = (props: string[]): string =>
  props
    .map((k) => {
      if (!NAME.test(k)) throw new Error(`property ${k} is not a schema name`);
      return `.\`${k}\``;
    })
    .join(', ');
const relProjection = (variable: string, props: string[] | null) =>
  props === null ? `properties(${variable})` : props.length ? `${variable} {${keys(props)}}` : '{}';

/**
 * The statement's identity (which fields, types, directions and properties where) and its
 * parameters, computed on every request; the text itself is built only the first time a shape
 * is seen (composing it re-read and re-filled the templates on every lookup).
 */
function compose(session: GraphSession, head: string, top: Projection): { name: string; params: Record<string, unknown> } {
  const reg = session.cypher;
  const params: Record<string, unknown> = {};
  const shape: string[] = [];
  let n = 0;
  const walk = (variable: string, fields: PlanField[]) => {
    for (const f of fields) {
      const p = String(++n);
      params[`limit${p}`] = f.limit;
      params[`role${p}`] = f.role;
      shape.push(`${variable}>${f.key}>${f.type}>${f.dir}>${f.props?.join(',') ?? '*'}>${f.relProps?.join(',') ?? '*'}`);
      walk(`n${p}`, f.child);
    }
    shape.push('<');
  };
  walk('n0', top.fields);
  const name = `compiled:${head}:${top.props?.join(',') ?? '*'}:${shape.join('|')}`;
  reg.composed(name, () => {
    let m = 0;
    const projection = (variable: string, props: string[] | null, fields: PlanField[]): string => {
      const parts = fields.map((f) => {
        const p = String(++m);
        if (!/^[A-Z_]+$/.test(f.type)) throw new Error(`relationship type ${f.type} is not an identifier`);
        const edge = fill(reg.part(f.dir === 'OUT' ? 'compiled/edges-out' : 'compiled/edges-in'), {
          p,
          parent: variable,
          type: f.type,
          rel: relProjection(`r${p}`, f.relProps),
          projection: projection(`n${p}`, f.props, f.child),
        });
        return `, \`${f.key.replace(/`/g, '')}\`: ${edge}`;
      });
      if (props === null) return fill(reg.part('compiled/node'), { node: variable, fields: parts.join('') });
      const own = props.filter((k) => k !== 'id' && k !== 'labels');
      return fill(reg.part('compiled/node-props'), { node: variable, props: own.length ? `, ${keys(own)}` : '', fields: parts.join('') });
    };
    return fill(reg.part(head), { projection: projection('n0', top.props, top.fields) });
  });
  return { name, params };
}

/** The node with id and the plan's relationship fields nested under their keys, or null. */
export async function compiledLookup(session: GraphSession, id: string, plan: Projection): Promise<GraphNode | null> {
  const { name, params } = compose(session, 'compiled/lookup', plan);
  const rows = await session.read(name, { ...params, id });
  return (rows[0]?.node as GraphNode | undefined) ?? null;
}

/** The nodes of a list page with the plan's relationship fields nested, in the order of ids. */
export async function compiledNodes(session: GraphSession, ids: string[], plan: PlanField[]): Promise<GraphNode[]> {
  // Whole nodes at every level: a page's cursors and sort keys read properties of its nodes.
  const whole = (fs: PlanField[]): PlanField[] => fs.map((f) => ({ ...f, props: null, relProps: null, child: whole(f.child) }));
  const { name, params } = compose(session, 'compiled/nodes', { fields: whole(plan), props: null });
  const rows = await session.read(name, { ...params, ids });
  return rows.map((r) => r.node as GraphNode);
}
