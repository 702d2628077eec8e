// The iframe view (/embed?view=...&focus=...): the graph alone, talking to its parent page by
// postMessage. Out: {type: 'kg:ready' | 'kg:node-select' | 'kg:error', ...}. In (from the parent
// only): {type: 'kg:focus', id}, {type: 'kg:credential', value}, {type: 'kg:export-png'}.
// Only pages of KG_EMBED_ORIGINS may frame it (the server's CSP frame-ancestors).
import { createClient } from '../api/client.js';
import { GraphView } from '../graph/view.js';
import { h } from '../shared/dom.js';
import { embedSettings, loadEmbed } from './load.js';

const params = new URLSearchParams(location.search);
let credential: string | undefined;
const client = createClient({ endpoint: '/graphql', credential: () => credential });
const box = h('div', { class: 'graph', tabindex: 0, role: 'img', 'aria-label': 'graph' });
const status = h('p', { class: 'status', role: 'status', hidden: true });
document.getElementById('app')!.replaceChildren(status, box);

const post = (msg: object) => {
  if (window.parent !== window) window.parent.postMessage(msg, '*');
};
const view = new GraphView(box, {
  lang: params.get('lang') ?? 'en',
  onSelect: (node) => node && post({ type: 'kg:node-select', node }),
});

// A credential or focus message starts a new load while one may be in flight: only the latest
// answer is drawn and reported (an earlier refusal without the credential is dropped).
let loads = 0;
async function load(): Promise<void> {
  const mine = ++loads;
  try {
    const { data, draw } = await loadEmbed(
      client,
      embedSettings((n) => params.get(n)),
    );
    if (mine !== loads) return;
    const layoutMs = await view.draw(data, draw);
    if (mine !== loads) return;
    status.hidden = true;
    post({ type: 'kg:ready', nodes: data.nodes.length, edges: data.edges.length, layoutMs });
  } catch (e) {
    if (mine !== loads) return;
    status.hidden = false;
    status.textContent = (e as Error).message;
    post({ type: 'kg:error', message: (e as Error).message });
  }
}

window.addEventListener('message', (ev) => {
  if (ev.source !== window.parent || typeof ev.data !== 'object' || !ev.data) return;
  const msg = ev.data as { type?: string; id?: string; value?: string };
  if (msg.type === 'kg:focus' && msg.id) {
    params.set('focus', msg.id);
    if (params.get('view') === 'chain') params.set('view', 'neighborhood');
    void load();
  } else if (msg.type === 'kg:credential') {
    credential = msg.value;
    void load();
  } else if (msg.type === 'kg:export-png') {
    post({ type: 'kg:png', dataUrl: view.exportPng() });
  }
});
void load();
