import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createLoaders, type Loaders } from '../loaders/index.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../observability/metrics.js';
import type { Providers } from '../providers/registry.js';
import type { CallContext } from '../providers/types.js';
import { createFormatError } from '../server/errors.js';
import { graphql } from '../server/graphql-runtime.js';
import { MAX_BODY_BYTES } from '../server/limits.js';
import { bearer, createKeyCheck } from '../server/security.js';
import type { CustomerUpdates } from './customer-updates.js';
import { createOperationChecker } from './operation-limits.js';
import type { LiveContext } from './resolvers.js';

export interface SubscriptionServerDeps {
  readonly schema: GraphQLSchema;
  readonly config: { readonly apiKeys: readonly string[] | null; readonly production: boolean };
  readonly providers: Providers;
  readonly updates: CustomerUpdates;
  readonly logger: Logger;
  readonly metrics?: Metrics;
}

/** The WebSocket side of `/graphql`, for shutdown and leak tests. */
export interface SubscriptionServer {
  /** Open WebSocket connections. */
  clientCount(): number;
}

type WsContext = Context<Record<string, unknown> | undefined, Extra>;

/**
 * graphql-ws (the `graphql-transport-ws` protocol) on `/graphql`, sharing the HTTP server's port:
 * Fastify's server hands `upgrade` requests for `/graphql` to a `noServer` WebSocketServer. Every
 * operation meets the HTTP endpoint's limits (operation-limits.ts) and errors are formatted by the same
 * `formatError`. With `API_KEYS`, the key must come as `{"authorization": "Bearer <key>"}` in the
 * `connection_init` payload or as the upgrade's `Authorization` header; otherwise the socket is closed
 * with 4403 before anything is sent. Closing a socket returns every subscription's iterator, which
 * unsubscribes it from the bus.
 */
export function installSubscriptionServer(app: FastifyInstance, deps: SubscriptionServerDeps): SubscriptionServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });
  const check = createOperationChecker(deps.schema);
  const isValidKey = deps.config.apiKeys?.length ? createKeyCheck(deps.config.apiKeys) : null;
  const formatError = createFormatError({
    includeStack: !deps.config.production,
    hideSuggestions: deps.config.production,
  });
  // Per socket: the abort controllers of its running operations, so a closed socket cancels their calls.
  const running = new WeakMap<WsContext, Map<string, AbortController>>();

  app.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== '/graphql') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  const liveContext = (ctx: WsContext, id: string): LiveContext => {
    const requestId = randomUUID();
    const logger = deps.logger.child({ requestId, transport: 'ws' });
    const controller = new AbortController();
    let ops = running.get(ctx);
    if (!ops) running.set(ctx, (ops = new Map()));
    ops.set(id, controller);
    const call: CallContext = { requestId, logger, signal: controller.signal, metrics: deps.metrics };
    // Created on first use: an idle subscription holds no loaders, only its filter and iterator.
    let loaders: Loaders | null = null;
    return {
      requestId,
      logger,
      call,
      providers: deps.providers,
      updates: deps.updates,
      get loaders() {
        return (loaders ??= createLoaders(deps.providers, call));
      },
      renew(customer) {
        // One event, one request's worth of loaders: nothing cached from an earlier event is served.
        loaders = createLoaders(deps.providers, call);
        loaders.prime(customer);
      },
    };
  };

  const server = useServer<Record<string, unknown> | undefined>(
    {
      schema: deps.schema,
      execute: graphql.execute,
      subscribe: graphql.subscribe,
      onConnect(ctx) {
        if (!isValidKey) return true;
        const presented =
          bearer(ctx.connectionParams?.authorization) ??
          // GraphiQL and Sandbox send their headers editor as connectionParams, header-cased.
          bearer(ctx.connectionParams?.Authorization) ??
          bearer(ctx.extra.request.headers.authorization);
        if (presented !== null && isValidKey(presented)) return true;
        // Never log what was presented: a near-miss key is still a secret.
        deps.logger.warn(
          { reason: presented === null ? 'missing' : 'invalid', transport: 'ws' },
          'client authentication failed',
        );
        return false; // graphql-ws closes with 4403 Forbidden
      },
      onSubscribe(ctx, id, payload) {
        const checked = check(payload.query, payload.operationName, payload.variables);
        if (Array.isArray(checked)) return checked;
        return {
          schema: deps.schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: checked.variables,
          contextValue: liveContext(ctx, id),
        };
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return;
        return { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) };
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((e) => formatError(e.toJSON(), e));
      },
      onComplete(ctx, id) {
        const ops = running.get(ctx);
        ops?.get(id)?.abort(new Error('subscription completed'));
        ops?.delete(id);
      },
      onClose(ctx) {
        const ops = running.get(ctx);
        for (const controller of ops?.values() ?? []) controller.abort(new Error('client went away'));
        running.delete(ctx);
      },
      isProd: deps.config.production,
    },
    wss,
  );

  // Before Fastify stops listening: sockets are told the server is going away (1001), then disposed.
  app.addHook('preClose', async () => {
    await server.dispose();
    for (const socket of wss.clients) socket.terminate();
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  });
  return { clientCount: () => wss.clients.size };
}
