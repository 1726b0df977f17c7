import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What an incoming `x-request-id` may look like to be kept: short, and safe in a log line and a header. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request's id, used by Fastify (`genReqId`, logged as `requestId`), the GraphQL context and
 * every upstream call: a sane incoming `x-request-id` is kept so traces join up across services;
 * anything else (missing, too long, odd characters, repeated) is replaced by a fresh UUID.
 */
export function requestIdOf(request: Pick<IncomingMessage, 'headers'>): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
