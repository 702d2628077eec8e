// <kg-graph>: the relationship view for dashboards, one ES module served at /embed/kg-graph.js.
//   <script type="module" src="https://kg.example/embed/kg-graph.js"></script>
//   <kg-graph endpoint="https://kg.example/graphql" view="neighborhood" focus="org:..." height="480"></kg-graph>
// The credential is a property (el.credential = 'kg_...'), never an attribute, so it stays out
// of URLs and the DOM. Events: ready, node-select (detail: the node), error (detail: message).
import { createClient } from '../api/client.js';
import type { ApiNode } from '../graph/model.js';
import { FONT_STACK } from '../graph/style.js';
import { GraphView } from '../graph/view.js';
import { embedSettings, loadEmbed } from './load.js';

const ATTRIBUTES = ['endpoint', 'view', 'focus', 'from', 'to', 'depth', 'kinds', 'lang', 'height'];

export class KgGraph extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  private secret?: string;
  /** Loads started; only the latest one's answer is drawn or reported. */
  private loads = 0;
  private view?: GraphView;
  private box?: HTMLDivElement;
  private status?: HTMLParagraphElement;
  private pending = false;

  connectedCallback(): void {
    // A host page that set the credential before this module defined the element left an own
    // property shadowing the accessor: move it behind the accessor.
    if (Object.hasOwn(this, 'credential')) {
      const value = (this as { credential?: string }).credential;
      delete (this as { credential?: string }).credential;
      this.secret = value;
    }
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>
        :host { display: block; position: relative; border: 1px solid #dde3ea; background: #fff; font: 13px ${FONT_STACK}; }
        .g { width: 100%; height: 100%; }
        p { position: absolute; top: 4px; left: 8px; margin: 0; color: #8a1f17; }
      </style><div class="g" part="graph" tabindex="0" role="img"></div><p role="status" part="status"></p>`;
      this.box = root.querySelector('.g') as HTMLDivElement;
      this.status = root.querySelector('p') as HTMLParagraphElement;
    }
    this.style.height = `${Number(this.getAttribute('height')) || 420}px`;
    this.view ??= new GraphView(this.box!, {
      lang: this.getAttribute('lang') ?? 'en',
      onSelect: (node?: ApiNode) => {
        if (node) this.dispatchEvent(new CustomEvent('node-select', { detail: node, bubbles: true, composed: true }));
      },
    });
    this.schedule();
  }

  disconnectedCallback(): void {
    this.view?.destroy();
    this.view = undefined;
  }

  attributeChangedCallback(name: string): void {
    if (name === 'height') this.style.height = `${Number(this.getAttribute('height')) || 420}px`;
    if (name === 'lang') this.view?.setLang(this.getAttribute('lang') ?? 'en');
    if (this.isConnected) this.schedule();
  }

  /**
   * Sent as Authorization (an API key or JWT); set by the host page's script. Setting it redraws:
   * the host's script usually runs after the element's first load has started, and that load's
   * answer (perhaps a refusal without the credential) is then dropped, not reported.
   */
  get credential(): string | undefined {
    return this.secret;
  }

  set credential(value: string | undefined) {
    if (value === this.secret) return;
    this.secret = value;
    if (this.isConnected) this.schedule();
  }

  /** Re-centres the view on another entity (a neighbourhood view of it). */
  override focus(target?: string | FocusOptions): void {
    if (typeof target === 'string') this.setAttribute('focus', target);
    else super.focus(target);
  }

  /** The view as a PNG data URL. */
  exportPng(): string {
    return this.view?.exportPng() ?? '';
  }

  /** What is drawn, as the API gave it. */
  get graph() {
    return this.view?.graph;
  }

  // Attribute changes arrive one by one; load once per task.
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      void this.load();
    });
  }

  private async load(): Promise<void> {
    const view = this.view;
    if (!view) return;
    const endpoint = this.getAttribute('endpoint') ?? new URL(/* @vite-ignore */ '/graphql', import.meta.url).href;
    const client = createClient({ endpoint, credential: () => this.secret });
    const mine = ++this.loads;
    try {
      const { data, draw } = await loadEmbed(
        client,
        embedSettings((n) => this.getAttribute(n)),
      );
      if (mine !== this.loads) return;
      const ms = await view.draw(data, draw);
      if (mine !== this.loads) return;
      this.status!.textContent = '';
      this.dispatchEvent(new CustomEvent('ready', { detail: { nodes: data.nodes.length, edges: data.edges.length, layoutMs: ms, grouped: view.hidden } }));
    } catch (e) {
      if (mine !== this.loads) return;
      const message = (e as Error).message;
      this.status!.textContent = message;
      this.dispatchEvent(new CustomEvent('error', { detail: { message } }));
    }
  }
}

if (!customElements.get('kg-graph')) customElements.define('kg-graph', KgGraph);
