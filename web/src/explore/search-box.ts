// Search as you type (Chinese or English) with a kind filter, as an ARIA combobox: arrows move
// through the hits, Enter picks, Escape closes. Each keystroke cancels the previous request.
import type { Client } from '../api/client.js';
import { type SearchHit, searchEntities } from '../api/operations.js';
import { subKind } from '../graph/model.js';
import { h } from '../shared/dom.js';

export interface SearchBoxOptions {
  client: Client;
  placeholder: string;
  /** Kinds to search; a function so a kind filter can change it. */
  kinds: () => string[] | undefined;
  lang: () => string;
  onPick: (hit: SearchHit['entity']) => void;
  id: string;
  value?: string;
}

export function searchBox(opts: SearchBoxOptions): HTMLElement {
  const listId = `${opts.id}-hits`;
  const input = h('input', {
    id: opts.id,
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: opts.placeholder,
    'aria-label': opts.placeholder,
    autocomplete: 'off',
    value: opts.value ?? '',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'hits', hidden: true });
  let hits: SearchHit[] = [];
  let active = -1;
  let pending: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const show = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const e = hit.entity;
        const typename = e.__typename ?? 'Entity';
        const zh = e.nameZh && opts.lang() === 'zh' ? e.nameZh : undefined;
        const li = h(
          'li',
          { id: `${listId}-${i}`, role: 'option', 'aria-selected': String(i === active), 'data-id': e.id },
          h('span', { class: `dot kind-${typename.toUpperCase()}` }),
          h('span', { class: 'hit-name' }, zh ?? e.name),
          e.nameZh && !zh ? h('span', { class: 'hit-alt' }, e.nameZh) : null,
          h('span', { class: 'hit-kind' }, subKind(e) ?? typename),
        );
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = opts.lang() === 'zh' && hit.entity.nameZh ? hit.entity.nameZh : hit.entity.name;
    close();
    opts.onPick(hit.entity);
  };
  const run = async () => {
    const text = input.value.trim();
    pending?.abort();
    if (!text) {
      hits = [];
      close();
      return;
    }
    pending = new AbortController();
    try {
      hits = await searchEntities(opts.client, text, opts.kinds(), pending.signal);
      active = hits.length ? 0 : -1;
      show();
    } catch (e) {
      if ((e as Error).name !== 'AbortError') {
        hits = [];
        list.replaceChildren(h('li', { class: 'error', role: 'option', 'aria-disabled': 'true' }, (e as Error).message));
        list.hidden = false;
      }
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!hits.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      show();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!list.hidden && active >= 0) pick(active);
      else void run();
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return h('div', { class: 'search-box' }, input, list);
}
