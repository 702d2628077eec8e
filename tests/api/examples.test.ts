// Every operation GraphiQL opens with (schema/examples/*.graphql) runs without errors on the
// seed graph, so the examples a newcomer tries first always work.
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { playgroundDocument } from '../../src/server/plugins/graphiql.js';
import { type gql, useSeededApp } from '../helpers/gql.js';

// Exactly what GraphiQL opens with and sends (every example in one document).
const document = playgroundDocument(path.join(PROJECT_ROOT, 'schema'));
const operations = parse(document).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));

const fixture = useSeededApp();

describe('GraphiQL example operations', () => {
  it('are named and there is at least one per area file', () => {
    expect(operations.length).toBeGreaterThanOrEqual(5);
    expect(new Set(operations).size).toBe(operations.length);
  });

  it('are exempt from the token limit only as served: the same text changed by a character is a client document again', async () => {
    const res = await fixture.app().fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `${document} `, operationName: 'Health' }),
    });
    const body = (await res.json()) as Awaited<ReturnType<typeof gql>>;
    // Over KG_MAX_TOKENS (2000) as a whole, as GraphiQL sends it with every example in one editor.
    expect(body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  // In file order, so an example mutation can create what a later example reads.
  it.each(operations)('%s runs on the seed graph without errors', async (operationName) => {
    const res = await fixture.app().fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, operationName }),
    });
    const body = (await res.json()) as Awaited<ReturnType<typeof gql>>;
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {}).some((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toBe(true);
  });
});
