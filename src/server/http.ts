// The node:http side of the server: what must happen before yoga sees a request. A body whose
// Content-Length exceeds KG_MAX_BODY_BYTES is answered 413 here, without reading it, and the
// connection is closed after any 413 so the rest of an oversized body is never read (nor
// buffered). Everything else goes to yoga (src/server/app.ts), where the same cap also holds
// for bodies without a declared length (src/server/plugins/body-limit.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tooLarge } from './plugins/body-limit.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export function httpHandler(yoga: Handler, maxBodyBytes: number): Handler {
  return (req, res) => {
    const socket = req.socket; // res detaches it on finish
    res.once('finish', () => {
      if (res.statusCode !== 413) return;
      // Stop reading the rest of the body and half-close; the client reads the answer, and one
      // that keeps sending is cut a second later (a lingering close: an immediate reset could
      // destroy the answer before the client has read it).
      socket.pause();
      socket.end();
      setTimeout(() => socket.destroy(), 1_000).unref();
    });
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBodyBytes) {
      void tooLarge(maxBodyBytes, declared)
        .text()
        .then((text) => {
          res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
          res.end(text);
        });
      return;
    }
    return yoga(req, res);
  };
}
