// The one way the front end talks to the service: POST /graphql with the user's credential.
// The explorer keeps the credential in sessionStorage (typed into its settings panel); the
// <kg-graph> host page sets it as a property. Errors come back as GraphQLRequestError with the
// server's message and code, for the UI to show as they are.

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  endpoint: string;
  /** Sent as `Authorization`: "Bearer kg_..." or a JWT (the scheme is added when missing). */
  credential?: () => string | undefined;
}

export type Client = <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal) => Promise<T>;

export function authorizationHeader(credential: string | undefined): string | undefined {
  const c = credential?.trim();
  if (!c) return undefined;
  return /^(Bearer|ApiKey)\s/i.test(c) ? c : `Bearer ${c}`;
}

export function createClient(opts: ClientOptions): Client {
  return async <T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const auth = authorizationHeader(opts.credential?.());
    if (auth) headers.authorization = auth;
    let res: Response;
    try {
      res = await fetch(opts.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
    } catch (e) {
      if ((e as Error).name === 'AbortError') throw e;
      throw new GraphQLRequestError(`cannot reach ${opts.endpoint}: ${(e as Error).message}`);
    }
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = await res.json();
    } catch {
      throw new GraphQLRequestError(`${opts.endpoint} answered HTTP ${res.status} without JSON`, undefined, res.status);
    }
    if (body.errors?.length) {
      const first = body.errors[0]!;
      throw new GraphQLRequestError(first.message, first.extensions?.code, res.status);
    }
    return body.data as T;
  };
}

const KEY = 'kg.credential';
export const storedCredential = (): string | undefined => sessionStorage.getItem(KEY) ?? undefined;
export const storeCredential = (value: string): void => {
  if (value.trim()) sessionStorage.setItem(KEY, value.trim());
  else sessionStorage.removeItem(KEY);
};
