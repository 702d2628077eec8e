// Lookahead compilation: a request's selection of relationship fields (a plan, built by
// src/resolvers/lookahead.ts from the resolver table) becomes one Cypher statement that reads
// a node, or a list page, with every selected relationship nested, so a lookup with nested
// fields costs one round trip instead of one per level. Statements are composed only from the
// templates in cypher/compiled/ with relationship types from the resolver table; limits and
// roles are parameters. Each distinct plan shape is composed once and cached by the registry.
// A node whose selection reads only plain fields gets only those properties (a page of 100 x 20
// x 50 members: 618 ms against 1,752 ms with every property, 149k db hits against 257k); such a
// node is marked PARTIAL and never primed into the entity cache, where a full node is expected.
// Below the root, a partial node carries no labels and no __partial mark (nothing resolves its
// type: the lookahead reads whole nodes under abstract types; a node without labels is never
// primed), and an edge object gets only the relationship properties its selection names.
import type { GraphSession, Params } from './graph.js';
import type { GraphNode } from './loaders.js';

/** What to read of a node: some of its properties (null: all of them) and relationship fields. */
export interface Plan {
  /** Properties the selection reads, or null when it may read any (a field with its own resolver). */
  props: string[] | null;
  fields: PlanField[];
}

export interface PlanField {
  /** Where the field's resolver looks for the answer on its parent (see prefetchKey). */
  key: string;
  type: string;
  dir: 'OUT' | 'IN';
  limit: number;
  role: string | null;
  /** Relationship properties the edge object's selection reads (null: all; [] for plain node fields). */
  relProps: string[] | null;
  /** What to read of the neighbour. */
  child: Plan;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Fills {{name}} slots of a composed template with parts this module made. */
const fill = (template: string, parts: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => parts[k] ?? `{{${k}}}`);

const checked = (names: string[], what: string) => {
  // Field names of the schema (GraphQL names), never a client's string; checked all the same.
  for (const k of names) if (!IDENTIFIER.test(k)) throw new Error(`${what} ${k} is not an identifier`);
  return names;
};

/**
 * The plan's projection of n0 (a thunk: its text is built only when the statement's shape is
 * not cached yet), the parameters it needs and its shape, the statement's identity.
 */
function project(session: GraphSession, plan: Plan) {
  const reg = session.cypher;
  const params: Params = {};
  let n = 0;
  const shape: string[] = []; // which fields, types, directions and properties where
  const projection = (variable: string, { props, fields }: Plan, root: boolean): (() => string) => {
    shape.push(`${variable}{${props?.join(',') ?? '*'}}`);
    const parts = fields.map((f) => {
      if (!/^[A-Z_]+$/.test(f.type)) throw new Error(`relationship type ${f.type} is not an identifier`);
      const p = String(++n);
      params[`limit${p}`] = f.limit;
      params[`role${p}`] = f.role;
      shape.push(`${variable}>${f.key}>${f.type}>${f.dir}[${f.relProps?.join(',') ?? '*'}]`);
      const child = projection(`n${p}`, f.child, false);
      const r = `r${p}`;
      return () =>
        `, \`${f.key.replace(/`/g, '')}\`: ${fill(reg.part(f.dir === 'OUT' ? 'compiled/edges-out' : 'compiled/edges-in'), {
          p,
          parent: variable,
          type: f.type,
          rel: f.relProps === null ? `properties(${r})` : f.relProps.length ? `${r} {${checked(f.relProps, 'property').map((k) => `.${k}`)}}` : '{}',
          projection: child(),
        })}`;
    });
    checked(props ?? [], 'property');
    return () => {
      const nested = parts.map((part) => part()).join('');
      if (!props) return fill(reg.part('compiled/node'), { node: variable, fields: nested });
      const selected = [...new Set(['id', ...props])].map((k) => `.${k}`);
      // The root's type is looked up (lookup's check, an interface), and it is marked partial;
      // below, object types only, and no labels tells a partial node (one key less per node
      // of a 6,000-member page: 246 -> 227 ms for the statement at load 4-8).
      if (root) selected.push(`labels: labels(${variable}), __partial: true`);
      return fill(reg.part('compiled/node-props'), { node: variable, props: selected.join(', '), fields: nested });
    };
  };
  const text = projection('n0', plan, true);
  return { text, params, shape: shape.join('|') };
}

/** The node with id and the plan's relationship fields nested under their keys, or null. */
export async function compiledLookup(session: GraphSession, id: string, plan: Plan): Promise<GraphNode | null> {
  const { text, params, shape } = project(session, plan);
  const reg = session.cypher;
  const name = reg.composed(`compiled:compiled/lookup:${shape}`, () => fill(reg.part('compiled/lookup'), { projection: text() }));
  const rows = await session.read(name, { ...params, id });
  return (rows[0]?.node as GraphNode | undefined) ?? null;
}

/** A list (organizations, platforms, projects) as compiled/page reads it: its statements' parts. */
export interface PageQuery {
  /** The list's filter fragment (fragments/organization-filter, ...), ending with n matched. */
  filter: string;
  /** Its template values (label, industryType), from the resolver's whitelist. */
  vars: Record<string, string>;
  sortKey: string;
  desc: boolean;
  /** Also count every match (totalCount selected). */
  count: boolean;
  /** The filter's and the window's parameters (limit: the page size asked for). */
  params: Params;
}

export interface CompiledPage {
  rows: { key: unknown; node: GraphNode }[];
  more: boolean;
  total: number | null;
}

/**
 * The statement of one list page with the plan's fields nested (and its count when asked), its
 * name and parameters: for a read of its own, or beside others in one transaction.
 */
export function compilePage(session: GraphSession, q: PageQuery, plan: Plan): { name: string; params: Params } {
  const { text, params, shape } = project(session, plan);
  const reg = session.cypher;
  const dir = q.desc ? 'DESC' : 'ASC';
  const head = `${q.filter}?${Object.entries(q.vars)
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}&sort=${q.sortKey}&${dir}&count=${q.count}`;
  const name = reg.composed(`compiled:compiled/page:${head}:${shape}`, () => {
    const filter = reg.get(q.filter, q.vars);
    const window = reg.get('fragments/keyset-window', { sortKey: q.sortKey, after: q.desc ? '<' : '>' });
    return fill(reg.part('compiled/page'), {
      count: q.count ? fill(reg.part('compiled/page-count'), { filter }) : reg.part('compiled/page-no-count'),
      candidates: `${filter}\n${window}`,
      direction: dir,
      projection: text(),
    });
  });
  return { name, params: { ...params, ...q.params } };
}

/** The rows of compiled/page as a page (an empty page is one row without a node). */
export function pageOf(rows: Record<string, unknown>[]): CompiledPage {
  const first = rows[0] ?? {};
  return {
    rows: rows.filter((r) => r.node != null) as unknown as CompiledPage['rows'],
    more: first.more === true,
    total: (first.total as number | null | undefined) ?? null,
  };
}
