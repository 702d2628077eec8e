// The landing page (/): what the service is, the graph's size, links, and a search that opens
// the explorer on the picked entity.
import { createClient, storedCredential } from './api/client.js';
import { graphSize } from './api/operations.js';
import { currentLang, format, setLang, strings } from './explore/i18n.js';
import { searchBox } from './explore/search-box.js';
import { h } from './shared/dom.js';

const client = createClient({ endpoint: '/graphql', credential: storedCredential });
const app = document.getElementById('app')!;

function render(): void {
  const lang = currentLang();
  const t = strings(lang);
  document.documentElement.lang = lang;
  document.title = t.title;
  const size = h('p', { class: 'size', id: 'graph-size' }, t.loading);
  graphSize(client)
    .then((s) => {
      size.textContent = format(t.graphSize, { nodes: s.nodeCount.toLocaleString(lang), edges: s.relationshipCount.toLocaleString(lang) });
    })
    .catch((e: Error) => {
      size.textContent = e.message;
    });
  app.replaceChildren(
    h(
      'button',
      {
        type: 'button',
        id: 'lang',
        style: 'float:right',
        onclick: () => {
          setLang(lang === 'zh' ? 'en' : 'zh');
          render();
        },
      },
      t.lang,
    ),
    h('h1', {}, t.title),
    h('p', { class: 'lead' }, t.landingLead),
    size,
    searchBox({
      id: 'search',
      client,
      placeholder: t.search,
      kinds: () => undefined,
      lang: () => lang,
      onPick: (e) => {
        location.href = `/explore?focus=${encodeURIComponent(e.id)}&selected=${encodeURIComponent(e.id)}${e.__typename === 'Region' ? `&region=${encodeURIComponent(e.id)}` : ''}`;
      },
    }),
    h(
      'ul',
      { class: 'links' },
      h('li', {}, h('a', { href: '/explore' }, t.openExplorer)),
      h('li', {}, h('a', { href: '/graphql' }, t.playground)),
      h('li', {}, h('a', { href: '/docs/embedding.md' }, t.docs)),
      h('li', {}, h('a', { href: '/health' }, t.health)),
    ),
  );
}
render();
