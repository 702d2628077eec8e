// The explorer's whole view lives in the URL's query string: focus, mode, filters, expanded
// nodes and chain endpoints. Parsing and printing are pure and inverse of each other, so a
// shared link, a reload and back/forward all show the same view. No other store.

export type Mode = 'explore' | 'chain' | 'supply' | 'region';
export const MODES: readonly Mode[] = ['explore', 'chain', 'supply', 'region'];

/** One expansion: a node's neighbours over one relationship type ('*' for all), `limit` shown. */
export interface Expansion {
  id: string;
  type: string;
  limit: number;
}

export interface ViewState {
  mode: Mode;
  focus?: string;
  /** Chain endpoints and which of the k chains is shown. */
  from?: string;
  to?: string;
  k: number;
  chain: number;
  /** Supply mode: upstream, downstream or both; the industry filter; region for missing links. */
  direction: 'up' | 'down' | 'both';
  industry?: string;
  region?: string;
  expanded: Expansion[];
  /** Filters: kinds, levels, relationship types shown (empty: all), year range. */
  kinds: string[];
  levels: string[];
  rels: string[];
  yearFrom?: number;
  yearTo?: number;
  /** Graph or table. */
  table: boolean;
  selected?: string;
}

export const DEFAULT_LIMIT = 20;

export const defaultState = (): ViewState => ({
  mode: 'explore',
  k: 3,
  chain: 0,
  direction: 'both',
  expanded: [],
  kinds: [],
  levels: [],
  rels: [],
  table: false,
});

const list = (v: string | null) => (v ? v.split(',').filter(Boolean) : []);
const int = (v: string | null, min: number, max: number): number | undefined => {
  if (v === null || !/^-?\d+$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
};

// Ids hold ':' and '-'; expansions are id~TYPE~limit joined by '!', characters ids do not use.
export function parseState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const s = defaultState();
  const mode = q.get('mode');
  if (mode && (MODES as readonly string[]).includes(mode)) s.mode = mode as Mode;
  for (const key of ['focus', 'from', 'to', 'industry', 'region', 'selected'] as const) {
    const v = q.get(key);
    if (v) s[key] = v;
  }
  s.k = int(q.get('k'), 1, 10) ?? s.k;
  s.chain = int(q.get('chain'), 0, 9) ?? s.chain;
  const dir = q.get('dir');
  if (dir === 'up' || dir === 'down' || dir === 'both') s.direction = dir;
  s.expanded = (q.get('x') ?? '')
    .split('!')
    .filter(Boolean)
    .map((part) => {
      const [id, type = '*', limit] = part.split('~');
      return { id: id!, type, limit: int(limit ?? null, 1, 1000) ?? DEFAULT_LIMIT };
    })
    .filter((e) => e.id && /^(\*|[A-Z_]+)$/.test(e.type));
  s.kinds = list(q.get('kinds'));
  s.levels = list(q.get('levels'));
  s.rels = list(q.get('rels'));
  s.yearFrom = int(q.get('yearFrom'), 1800, 2200);
  s.yearTo = int(q.get('yearTo'), 1800, 2200);
  s.table = q.get('table') === '1';
  return s;
}

/** The query string of a view, defaults left out, in a fixed order (so equal views give equal URLs). */
export function formatState(s: ViewState): string {
  const d = defaultState();
  const q = new URLSearchParams();
  if (s.mode !== d.mode) q.set('mode', s.mode);
  if (s.focus) q.set('focus', s.focus);
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.k !== d.k) q.set('k', String(s.k));
  if (s.chain !== d.chain) q.set('chain', String(s.chain));
  if (s.direction !== d.direction) q.set('dir', s.direction);
  if (s.industry) q.set('industry', s.industry);
  if (s.region) q.set('region', s.region);
  if (s.expanded.length) q.set('x', s.expanded.map((e) => `${e.id}~${e.type}~${e.limit}`).join('!'));
  if (s.kinds.length) q.set('kinds', s.kinds.join(','));
  if (s.levels.length) q.set('levels', s.levels.join(','));
  if (s.rels.length) q.set('rels', s.rels.join(','));
  if (s.yearFrom !== undefined) q.set('yearFrom', String(s.yearFrom));
  if (s.yearTo !== undefined) q.set('yearTo', String(s.yearTo));
  if (s.table) q.set('table', '1');
  if (s.selected) q.set('selected', s.selected);
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** Adds or replaces the expansion of (id, type); `more` widens an existing one by a page. */
export function expand(s: ViewState, id: string, type: string, more = false): ViewState {
  const existing = s.expanded.find((e) => e.id === id && e.type === type);
  const limit = existing ? (more ? existing.limit + DEFAULT_LIMIT : existing.limit) : DEFAULT_LIMIT;
  const rest = s.expanded.filter((e) => !(e.id === id && e.type === type));
  return { ...s, expanded: [...rest, { id, type, limit }] };
}

/** Removes every expansion of a node (its neighbours go unless another expansion holds them). */
export function collapse(s: ViewState, id: string, type?: string): ViewState {
  return { ...s, expanded: s.expanded.filter((e) => !(e.id === id && (type === undefined || e.type === type))) };
}
