// GraphiQL at /graphql in a real browser with every non-loopback request blocked, as on a
// machine without internet: it opens with the shipped examples, ▶ offers each of them, and one
// run shows the API's own answer. Screenshot in tests/web/artifacts/graphiql.png.
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { exampleOperationNames } from '../../src/server/examples.js';
import { type App, ok, testApp, useSeededApp } from '../helpers/gql.js';
import { launch, listen, offlineContext, screenshot } from './browser.js';

const { graph } = useSeededApp();
let app: App;
let browser: Browser;
let service: { server: Server; origin: string };

beforeAll(async () => {
  app = testApp(graph());
  service = await listen(app as unknown as import('node:http').RequestListener);
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  service?.server.close();
});

describe('GraphiQL offline', () => {
  it('opens with the examples, offers each under ▶, and runs one showing the API answer', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text()); // CSP violations are reported here
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const response = await page.goto(`${service.origin}/graphql`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'query Health' }).waitFor({ timeout: 60_000 });

    await page.locator('.graphiql-execute-button').click();
    const menu = page.getByRole('menuitem');
    await menu.first().waitFor();
    expect(new Set(await menu.allInnerTexts())).toEqual(exampleOperationNames(path.join(PROJECT_ROOT, 'schema')));

    await page.getByRole('menuitem', { name: 'Health', exact: true }).click();
    const result = page.locator('.result-window');
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('nodeCount'), undefined, { timeout: 30_000 });
    await screenshot(page, 'graphiql');
    // Monaco renders spaces as no-break spaces; the result is the whole JSON response.
    const shown = JSON.parse((await result.innerText()).replace(/\u00a0/g, ' ')) as { data: { health: Record<string, unknown> } };
    const { health } = await ok(app, '{ health { status neo4jVersion nodeCount relationshipCount } }');
    expect(shown.data.health).toMatchObject(health);

    expect(blocked).toEqual([]); // nothing was even attempted outside the machine
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('KG_GRAPHIQL=false: no page and no assets', async () => {
    const off = testApp(graph(), { KG_GRAPHIQL: 'false' });
    const page = await off.fetch('http://test/graphql', { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('graphiql');
    const on = await (await app.fetch('http://test/graphql', { headers: { accept: 'text/html' } })).text();
    const asset = /src="([^"]+yoga-graphiql\.js)"/.exec(on)?.[1];
    expect(asset).toBeDefined();
    expect((await app.fetch(`http://test${asset}`)).status).toBe(200);
    expect((await off.fetch(`http://test${asset}`)).status).toBe(404);
  });
});
