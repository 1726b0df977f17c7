import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger.js';

/**
 * How long a keep-alive connection that was idle when closing began is left open. A client may be
 * writing its next request on it at that very moment; closing it then resets that request. Within
 * the grace such a request arrives and is answered (with `Connection: close`), so after it only
 * connections idle for the whole grace are closed.
 */
const IDLE_GRACE_MS = 1_000;

/**
 * Once the server starts closing, every response carries `Connection: close`, so a keep-alive
 * client finishes the request it sent and then opens its next connection elsewhere (another
 * replica), instead of being answered 503 or reset mid-request.
 */
export function installGracefulClose(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}

/**
 * Stops accepting connections, lets every request in flight finish (each ends by its own deadline,
 * REQUEST_TIMEOUT_MS), closes keep-alive connections left idle for IDLE_GRACE_MS, and resolves once
 * every connection is gone. A connection still open at `deadlineMs` (a client that never finishes
 * reading) is closed then, so shutdown always ends. Resolves `true` when everything finished on its own.
 */
export async function closeGracefully(
  app: FastifyInstance,
  options: { deadlineMs: number; logger: Logger },
): Promise<boolean> {
  const server = app.server;
  // Node's `server.close()` closes every idle connection at once (a race with a client sending on
  // one); shadowing the method on this instance defers that to the grace below.
  const closeIdleConnections = server.closeIdleConnections.bind(server);
  server.closeIdleConnections = () => undefined;
  const idle = setTimeout(closeIdleConnections, IDLE_GRACE_MS);
  let forced = false;
  const timer = setTimeout(() => {
    forced = true;
    options.logger.warn({ deadlineMs: options.deadlineMs }, 'closing connections still open at the drain deadline');
    app.server.closeAllConnections();
  }, options.deadlineMs);
  try {
    await app.close();
  } finally {
    clearTimeout(idle);
    clearTimeout(timer);
    server.closeIdleConnections = closeIdleConnections;
  }
  return !forced;
}
