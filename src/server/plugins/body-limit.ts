// Request bodies are capped (KG_MAX_BODY_BYTES, default 1 MB) on the stream, before anything
// parses them and before authentication: a declared Content-Length over the cap is refused
// without reading a byte, and an undeclared (chunked) body is read up to the cap and refused as
// soon as it passes it, so no request makes the server hold more than the cap in memory. The
// answer is HTTP 413 with code PAYLOAD_TOO_LARGE. The node:http side (src/server/http.ts)
// closes the connection after a 413, so the rest of the body is never read either.
import type { Plugin } from 'graphql-yoga';

export function tooLarge(limit: number, found?: number): Response {
  const what = found === undefined ? 'more than that' : `${found} bytes`;
  const body = {
    errors: [
      {
        message: `request body too large: the limit is ${limit} bytes (KG_MAX_BODY_BYTES), this one has ${what}; send a smaller document and variables (large data goes through importDataset)`,
        extensions: { code: 'PAYLOAD_TOO_LARGE', limit, ...(found === undefined ? {} : { found }) },
      },
    ],
  };
  return new Response(JSON.stringify(body), { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export function useBodyLimit(limit: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse }) {
      if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return;
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        const n = Number(declared);
        if (Number.isFinite(n) && n > limit) return endResponse(tooLarge(limit, n));
        if (Number.isFinite(n)) return; // the HTTP layer enforces the declared length
      }
      // No declared length: read at most `limit` bytes, then hand yoga the bytes read.
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > limit) {
          // Not cancelled: that would tear the socket down before the 413 is written; the HTTP
          // layer closes the connection once the answer is out.
          reader.releaseLock();
          return endResponse(tooLarge(limit));
        }
        chunks.push(value);
      }
      const body = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        body.set(c, at);
        at += c.byteLength;
      }
      setRequest(new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal }));
    },
  };
}
