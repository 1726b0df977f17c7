import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

/**
 * Client authentication for `/graphql` (issue 3: constant-time API key check, HTTP 401 with
 * UNAUTHENTICATED before anything executes). Owned by the security work.
 */
export function installClientAuth(app: FastifyInstance, config: Pick<Config, 'apiKeys'>): void {
  void app;
  void config;
}
