import type { FastifyInstance } from 'fastify';
import type { Logger } from '../logger.js';

/**
 * Once the server starts closing, every response carries `Connection: close`, so a keep-alive
 * client finishes the request it sent and then opens its next connection elsewhere (another
 * replica), instead of being answered 503 or reset mid-request. Idle keep-alive sockets are closed
 * by Fastify's close (`forceCloseConnections: 'idle'`, its default).
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
 * REQUEST_TIMEOUT_MS), and resolves once every connection is gone. A connection still open at
 * `deadlineMs` (a client that never finishes reading) is closed then, so shutdown always ends.
 * Resolves `true` when everything finished on its own.
 */
export async function closeGracefully(
  app: FastifyInstance,
  options: { deadlineMs: number; logger: Logger },
): Promise<boolean> {
  let forced = false;
  const timer = setTimeout(() => {
    forced = true;
    options.logger.warn({ deadlineMs: options.deadlineMs }, 'closing connections still open at the drain deadline');
    app.server.closeAllConnections();
  }, options.deadlineMs);
  try {
    await app.close();
  } finally {
    clearTimeout(timer);
  }
  return !forced;
}
