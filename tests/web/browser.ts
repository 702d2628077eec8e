// Real-browser helpers: Debian's chromium driven by playwright-core (no browser download), every
// request to a non-loopback host blocked and recorded, screenshots kept as artifacts, and a check
// that a graph canvas actually shows something.
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.js';
import { freePort } from '../helpers/ports.js';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = path.join(PROJECT_ROOT, 'tests/web/artifacts');

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install it with apt-get install -y chromium (.ci/run does), or set KG_CHROMIUM`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A browser context that aborts every request to a non-loopback host; `blocked` lists them. */
export async function offlineContext(browser: Browser): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true, locale: 'en-US' });
  const blocked: string[] = [];
  // Functions the tests pass to page.evaluate may be compiled with a __name helper the page lacks.
  await context.addInitScript('window.__name = (f) => f');
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && !LOOPBACK.has(url.hostname)) {
      blocked.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return { context, blocked };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Waits until the explorer has rendered what the URL says. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.ready !== undefined && document.body.dataset.busy === undefined, undefined, { timeout: 30_000 });
}

/**
 * Coloured pixels on the canvases under `root` (a selector; in a shadow root when `shadowHost`
 * is given). A blank canvas has none: the tests fail on it.
 */
export async function inkedPixels(page: Page, root: string, shadowHost?: string): Promise<number> {
  return page.evaluate(
    ([sel, host]) => {
      const scope = host ? (document.querySelector(host)?.shadowRoot ?? null) : document;
      const canvases = [...(scope?.querySelectorAll(`${sel} canvas`) ?? [])] as HTMLCanvasElement[];
      let inked = 0;
      for (const c of canvases) {
        const ctx = c.getContext('2d');
        if (!ctx || !c.width || !c.height) continue;
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 0; i < d.length; i += 4) if (d[i + 3]! > 0 && (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200)) inked++;
      }
      return inked;
    },
    [root, shadowHost ?? ''] as const,
  );
}

/** An HTTP server on a free loopback port; resolves with its origin. */
export async function listen(handler: RequestListener): Promise<{ server: Server; origin: string }> {
  const port = await freePort();
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${port}` };
}
