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
  return saneRequestId(request.headers['x-request-id']);
}

/** `id` when it is a sane request id, else a fresh UUID. */
export function saneRequestId(id: unknown): string {
  return typeof id === 'string' && SANE_REQUEST_ID.test(id) ? id : randomUUID();
}
