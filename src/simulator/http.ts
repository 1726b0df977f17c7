import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults, type FaultRule } from './faults.js';
import { RequestLog } from './request-log.js';

/** What a route handler sees. */
export interface SimRequest {
  readonly method: string;
  /** Path without query. */
  readonly pathname: string;
  /** Path with query, exactly as received (signatures cover it). */
  readonly rawPath: string;
  readonly query: URLSearchParams;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingMessage['headers'];
  /** Raw body text ('' when none). */
  readonly body: string;
}

export interface SimResponse {
  readonly status: number;
  /** Serialized with `JSON.stringify`, or sent as is when it is a `JsonText`. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A body already serialized as JSON; `send` writes its text unchanged. */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * `JSON.stringify(render(doc))`, computed on a document's first request and reused after: every
 * simulator dataset is built once and never changes, so a document's JSON is the same on every request.
 */
export function memoJson<T extends object>(render: (doc: T) => unknown): (doc: T) => string {
  const cache = new WeakMap<T, string>();
  return (doc) => {
    let json = cache.get(doc);
    if (json === undefined) {
      json = JSON.stringify(render(doc));
      cache.set(doc, json);
    }
    return json;
  };
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT';
  /** Template with `:param` segments, e.g. `/v2/customers/:id`. Also the counter key. */
  readonly path: string;
  readonly handler: Handler;
}

/** A simulated provider listening on loopback. */
export interface SimServer {
  readonly url: string;
  readonly log: RequestLog;
  /** Fault injection for this provider (also reachable over HTTP at `/__simulator/faults`). */
  readonly faults: Faults;
  close(): Promise<void>;
}

/**
 * Serves `routes` on an ephemeral (or given) loopback port. Unknown paths get `notFound`.
 * Control endpoints for other processes (the benchmark), never counted and not part of any
 * provider's API: `GET /__simulator/counters`, `POST /__simulator/reset` (counters and faults),
 * `PUT /__simulator/faults` with `{rules, seed}`.
 */
export async function startSimServer(options: {
  routes: readonly Route[];
  notFound: (req: SimRequest) => SimResponse;
  /** The provider's own error body for an injected status. */
  errorBody: (status: number) => unknown;
  /**
   * Headers for every answer to a provider request (routes, not found, injected faults; not the control
   * endpoints), called once per answer; the answer's own headers win.
   */
  answerHeaders?: (status: number) => Record<string, string>;
  /** `/__simulator/*` routes of this provider (webhooks.ts): served before the API, never counted or faulted. */
  controlRoutes?: readonly Route[];
  port?: number;
  host?: string;
}): Promise<SimServer> {
  const log = new RequestLog();
  const faults = new Faults();
  const compiled = options.routes.map((r) => ({ ...r, match: compile(r.path), counter: `${r.method} ${r.path}` }));
  const control = (options.controlRoutes ?? []).map((r) => ({ ...r, match: compile(r.path) }));
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"message":"Internal simulator error"}');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawPath = req.url ?? '/';
    const url = new URL(rawPath, 'http://simulator.invalid');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    if (url.pathname === '/__simulator/counters' && req.method === 'GET') {
      return send(res, { status: 200, body: log.snapshot() });
    }
    if (url.pathname === '/__simulator/reset' && req.method === 'POST') {
      log.reset();
      faults.clear();
      return send(res, { status: 204 });
    }
    if (url.pathname === '/__simulator/faults' && req.method === 'PUT') {
      const { rules, seed } = JSON.parse(body || '{}') as { rules?: FaultRule[]; seed?: number };
      faults.set(rules ?? [], seed);
      return send(res, { status: 204 });
    }
    const segments = url.pathname.split('/');
    if (url.pathname.startsWith('/__simulator/')) {
      for (const r of control) {
        const params = r.method === method ? r.match(segments) : null;
        if (!params) continue;
        const request = {
          method,
          pathname: url.pathname,
          rawPath,
          query: url.searchParams,
          params,
          headers: req.headers,
          body,
        };
        return send(res, await r.handler(request));
      }
    }
    let route: string | undefined;
    let response: SimResponse | undefined;
    for (const r of compiled) {
      if (r.method !== method) continue;
      const params = r.match(segments);
      if (!params) continue;
      route = r.counter;
      const fault = faults.decide(r.counter, rawPath);
      if (fault) {
        if (fault.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
        if (fault.hang) {
          log.record({ method, route, path: rawPath, status: 0, headers: req.headers });
          return; // never answers; the client's timeout (or close()) ends the socket
        }
        if (fault.dripMs) {
          log.record({ method, route, path: rawPath, status: 200, headers: req.headers });
          res.writeHead(200, { 'content-type': 'application/json', ...options.answerHeaders?.(200), ...fault.headers });
          res.write('{"padding":"');
          const timer = setInterval(() => res.write('x'), fault.dripMs);
          res.once('close', () => clearInterval(timer));
          return;
        }
        if (fault.malformed) {
          log.record({ method, route, path: rawPath, status: 200, headers: req.headers });
          res.writeHead(200, { 'content-type': 'application/json', ...options.answerHeaders?.(200), ...fault.headers });
          res.end(fault.malformed === 'truncated' ? '{"data": {"customer_id": "' : '{"unexpected": [1, 2, 3]}');
          return;
        }
        if (fault.status !== undefined) {
          response = {
            status: fault.status,
            body: fault.body ?? options.errorBody(fault.status),
            headers: fault.headers,
          };
          break;
        }
      }
      response = await r.handler({
        method,
        pathname: url.pathname,
        rawPath,
        query: url.searchParams,
        params,
        headers: req.headers,
        body,
      });
      break;
    }
    response ??= options.notFound({
      method,
      pathname: url.pathname,
      rawPath,
      query: url.searchParams,
      params: {},
      headers: req.headers,
      body,
    });
    log.record({
      method,
      route: route ?? `${req.method} (unmatched)`,
      path: rawPath,
      status: response.status,
      headers: req.headers,
    });
    send(res, response, options.answerHeaders?.(response.status));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    log,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A matcher over a path's `/`-separated segments (split once per request, not once per route). */
function compile(template: string): (segs: readonly string[]) => Record<string, string> | null {
  const parts = template.split('/');
  return (segs) => {
    if (segs.length !== parts.length) return null;
    const params: Record<string, string> = {};
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] as string;
      const s = segs[i] as string;
      if (p.startsWith(':')) {
        let value: string;
        try {
          value = decodeURIComponent(s);
        } catch {
          return null;
        }
        params[p.slice(1)] = value;
      } else if (p !== s) return null;
    }
    return params;
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: SimResponse, answerHeaders?: Record<string, string>): void {
  const body =
    response.body === undefined
      ? ''
      : response.body instanceof JsonText
        ? response.body.text
        : JSON.stringify(response.body);
  // Assignments, not spreads: this runs per response and the simulator's CPU shows in every benchmark.
  const headers: Record<string, string | number> = {};
  if (body) headers['content-type'] = 'application/json';
  headers['content-length'] = Buffer.byteLength(body);
  if (answerHeaders) Object.assign(headers, answerHeaders);
  if (response.headers) Object.assign(headers, response.headers);
  res.writeHead(response.status, headers);
  res.end(body);
}
