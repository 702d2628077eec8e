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
}

/** Fills {{name}} slots of a composed template with parts this module made. */
const fill = (template: string, parts: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => parts[k] ?? `{{${k}}}`);

function compose(session: GraphSession, head: string, plan: PlanField[]): { name: string; params: Record<string, unknown> } {
  const reg = session.cypher;
  const params: Record<string, unknown> = {};
  let n = 0;
  const shape: string[] = []; // the statement's identity: which fields, types and directions where
  const projection = (variable: string, fields: PlanField[]): string => {
    const parts = fields.map((f) => {
      const p = String(++n);
      params[`limit${p}`] = f.limit;
      params[`role${p}`] = f.role;
      shape.push(`${variable}>${f.key}>${f.type}>${f.dir}`);
      const edge = fill(reg.part(f.dir === 'OUT' ? 'compiled/edges-out' : 'compiled/edges-in'), {
        p,
        parent: variable,
        type: f.type,
        projection: projection(`n${p}`, f.child),
      });
      return `, \`${f.key.replace(/`/g, '')}\`: ${edge}`;
    });
    return fill(reg.part('compiled/node'), { node: variable, fields: parts.join('') });
  };
  const proj = projection('n0', plan);
  for (const f of plan) if (!/^[A-Z_]+$/.test(f.type)) throw new Error(`relationship type ${f.type} is not an identifier`);
  const name = reg.composed(`compiled:${head}:${shape.join('|')}`, () => fill(reg.part(head), { projection: proj }));
  return { name, params };
}

/** The node with id and the plan's relationship fields nested under their keys, or null. */
export async function compiledLookup(session: GraphSession, id: string, plan: PlanField[]): Promise<GraphNode | null> {
  const { name, params } = compose(session, 'compiled/lookup', plan);
  const rows = await session.read(name, { ...params, id });
  return (rows[0]?.node as GraphNode | undefined) ?? null;
}

/** The nodes of a list page with the plan's relationship fields nested, in the order of ids. */
export async function compiledNodes(session: GraphSession, ids: string[], plan: PlanField[]): Promise<GraphNode[]> {
  const { name, params } = compose(session, 'compiled/nodes', plan);
  const rows = await session.read(name, { ...params, ids });
  return rows.map((r) => r.node as GraphNode);
}
