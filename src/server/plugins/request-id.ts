// Every request gets an id: the caller's X-Request-Id when it is a sane token (so a gateway's
// id carries through), else a fresh UUID. It is echoed in the response header, logged with the
// request, and quoted in masked errors so an operator can find the full error in the logs.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const SANE = /^[A-Za-z0-9._:-]{1,100}$/;
const ids = new WeakMap<Request, string>();

export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && SANE.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}

export function useRequestId(): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
