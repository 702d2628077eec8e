// The explorer's URL is its whole state: printing then parsing gives the same view, defaults
// stay out of the URL, and bad parameters fall back to defaults instead of breaking the page.
import { describe, expect, it } from 'vitest';
import { collapse, DEFAULT_LIMIT, defaultState, expand, formatState, parseState, type ViewState } from '../../web/src/explore/state.js';

describe('URL state', () => {
  it('round-trips a view with every field set', () => {
    const view: ViewState = {
      mode: 'chain',
      focus: 'org:shengong-semiconductor',
      from: 'org:shengong-semiconductor',
      to: 'org:jinzhou-jietong-railway',
      k: 5,
      chain: 2,
      direction: 'up',
      industry: 'ind:semiconductors',
      region: 'region:cn-liaoning',
      expanded: [
        { id: 'plat:jinzhou-provincial-industrial-technical-center', type: 'MEMBER_OF', limit: 40 },
        { id: 'org:rhei-power', type: '*', limit: 20 },
      ],
      kinds: ['ORGANIZATION', 'PLATFORM'],
      levels: ['PROVINCIAL'],
      rels: ['MEMBER_OF', 'SUPPLIES'],
      yearFrom: 2019,
      yearTo: 2023,
      table: true,
      selected: 'org:rhei-power',
    };
    expect(parseState(formatState(view))).toEqual(view);
  });

  it('prints the default view as an empty query string and parses it back', () => {
    expect(formatState(defaultState())).toBe('');
    expect(parseState('')).toEqual(defaultState());
  });

  it('gives equal URLs for equal views (fixed parameter order)', () => {
    const a = parseState('?to=org:b&from=org:a&mode=chain');
    const b = parseState('?mode=chain&from=org:a&to=org:b');
    expect(formatState(a)).toBe(formatState(b));
    expect(formatState(a)).toBe('?mode=chain&from=org%3Aa&to=org%3Ab');
  });

  it('ignores values out of range or of unknown shape', () => {
    const s = parseState('?mode=teleport&k=99&chain=-1&dir=sideways&x=org:a~DROP TABLE~5!org:b~MEMBER_OF~x&yearFrom=abc');
    expect(s.mode).toBe('explore');
    expect(s.k).toBe(3);
    expect(s.chain).toBe(0);
    expect(s.direction).toBe('both');
    expect(s.expanded).toEqual([{ id: 'org:b', type: 'MEMBER_OF', limit: DEFAULT_LIMIT }]);
    expect(s.yearFrom).toBeUndefined();
  });

  it('expands by a page at a time and collapses every expansion of a node', () => {
    let s = expand(defaultState(), 'plat:p', 'MEMBER_OF');
    s = expand(s, 'plat:p', 'MEMBER_OF', true);
    s = expand(s, 'plat:p', 'UNDERTAKES');
    s = expand(s, 'org:o', '*');
    expect(s.expanded).toEqual([
      { id: 'plat:p', type: 'MEMBER_OF', limit: 2 * DEFAULT_LIMIT },
      { id: 'plat:p', type: 'UNDERTAKES', limit: DEFAULT_LIMIT },
      { id: 'org:o', type: '*', limit: DEFAULT_LIMIT },
    ]);
    expect(collapse(s, 'plat:p').expanded).toEqual([{ id: 'org:o', type: '*', limit: DEFAULT_LIMIT }]);
    expect(parseState(formatState(s)).expanded).toEqual(s.expanded);
  });
});
