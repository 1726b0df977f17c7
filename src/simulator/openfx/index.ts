import { createPublicKey, type KeyObject } from 'node:crypto';
import { JsonText, memoJson, startSimServer, type SimRequest, type SimResponse, type SimServer } from '../http.js';
import { createRandom } from '../random.js';
import {
  createWebhookOutbox,
  webhookControlRoutes,
  type ApplyChange,
  type WebhookOutbox,
  type WebhookTarget,
} from '../webhooks.js';
import { openFxChanges } from './changes.js';
import { authenticate } from './auth.js';
import {
  OPENFX_CUSTOMER_ID,
  type OpenFxCustomerDocument,
  type OpenFxErrorBody,
  type OpenFxFieldError,
} from '../../providers/openfx/wire.js';
import { createOpenFxDataset, type OpenFxDataset } from './dataset.js';
import { OPENFX_DEV_API_KEY, OPENFX_DEV_PRIVATE_KEY_PEM, OPENFX_DEV_PUBLIC_KEY_PEM } from './dev-keys.js';
import { createErrorFactory, createRateLimiter } from './errors.js';

export { OPENFX_DEV_API_KEY, OPENFX_DEV_PRIVATE_KEY_PEM, OPENFX_DEV_PUBLIC_KEY_PEM } from './dev-keys.js';
export { OPENFX_SEED_DOCUMENTS, createOpenFxDataset, type OpenFxDataset } from './dataset.js';
export type { OpenFxCustomerDocument } from '../../providers/openfx/wire.js';
export { signedPayload } from './auth.js';

export interface OpenFxSimulatorOptions {
  /** Loopback address; default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (ephemeral). */
  port?: number;
  /** Server clock, ms since epoch, for the `X-Timestamp` window and rate-limit headers; default `Date.now`. */
  now?: () => number;
  /** Dataset seed; default 1. */
  seed?: number;
  /** The API key to accept; default `OPENFX_DEV_API_KEY`. */
  apiKey?: string;
  /** The registered public key (Ed25519 or RSA); default the dev key pair's public key. */
  publicKey?: KeyObject;
  /** Where customer webhooks go (also settable later, or over HTTP at `PUT /__simulator/webhook`). */
  webhook?: WebhookTarget;
}

export interface OpenFxSimulator extends SimServer {
  readonly apiKey: string;
  /**
   * PEM (PKCS#8) of the dev private key matching the default registered public key. When
   * `publicKey` was overridden, this still is the dev key (the simulator never sees the override's
   * private half) and signatures made with it are refused.
   */
  readonly privateKeyPem: string;
  readonly dataset: OpenFxDataset;
  /** Outgoing signed webhooks: set `target`, read delivery counts. */
  readonly webhooks: WebhookOutbox;
  /** Changes a customer (as `POST /__simulator/customers/{id}/changes` does) and sends its webhook. */
  readonly changeCustomer: ApplyChange;
}

const MAX_LIMIT = 200;
const DEFAULT_LIMIT = 50;

/**
 * Starts the simulated OpenFX customer API (MVP docs,
 * https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer) on loopback:
 * `GET /v1/customers/:id` and `GET /v1/customers`, behind the real three-header auth (Bearer key + `X-Timestamp` +
 * `X-Signature`), with `X-RateLimit-*` headers on every response and OpenFX's error envelope.
 */
export async function startOpenFxSimulator(options: OpenFxSimulatorOptions = {}): Promise<OpenFxSimulator> {
  const now = options.now ?? Date.now;
  const apiKey = options.apiKey ?? OPENFX_DEV_API_KEY;
  const publicKey = options.publicKey ?? createPublicKey(OPENFX_DEV_PUBLIC_KEY_PEM);
  const dataset = createOpenFxDataset(options.seed ?? 1);
  const errors = createErrorFactory(createRandom((options.seed ?? 1) ^ 0x5eed));
  const rateLimit = createRateLimiter(now);
  // A changed customer is a new document, so each document is serialized once, on its first request.
  const customerJson = memoJson((customer: OpenFxCustomerDocument) => customer);

  const fail = (body: OpenFxErrorBody): SimResponse => ({ status: body.error.status, body });
  const invalid = (message: string, fieldErrors: OpenFxFieldError[]): SimResponse =>
    fail(errors.error(400, 'invalid_request_error', 'validation_error', message, false, fieldErrors));

  // Every customer route authenticates first (any failure is a 401 authentication_error).
  // See https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/overview
  const authenticated =
    (handler: (req: SimRequest) => SimResponse) =>
    (req: SimRequest): SimResponse => {
      const failure = authenticate(req, { apiKey, publicKey, nowSeconds: Math.floor(now() / 1000) });
      if (failure) {
        return fail(errors.error(401, 'authentication_error', failure.code, failure.message, false));
      }
      return handler(req);
    };

  function getCustomer(req: SimRequest): SimResponse {
    const id = req.params.id ?? '';
    if (!OPENFX_CUSTOMER_ID.test(id)) {
      return invalid('customerId is not a valid customer id.', [
        { field: 'customerId', code: 'invalid_format', message: `Must match ${OPENFX_CUSTOMER_ID.source}.` },
      ]);
    }
    const customer = dataset.get(id);
    if (!customer) return fail(errors.error(404, 'not_found_error', 'resource_not_found', 'No such customer.', false));
    // Success returns the resource itself, no wrapper.
    // See https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/error-handling
    return { status: 200, body: new JsonText(customerJson(customer)) };
  }

  // Cursor pagination: newest first; cursors are customer ids; Stripe-style semantics.
  // See https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/pagination
  function listCustomers(req: SimRequest): SimResponse {
    const fieldErrors: OpenFxFieldError[] = [];
    const rawLimit = req.query.get('limit');
    let limit = DEFAULT_LIMIT;
    if (rawLimit !== null) {
      limit = /^\d{1,4}$/.test(rawLimit) ? Number(rawLimit) : NaN;
      if (!(limit >= 1 && limit <= MAX_LIMIT)) {
        fieldErrors.push({
          field: 'limit',
          code: 'out_of_range',
          message: `Must be an integer from 1 to ${MAX_LIMIT}.`,
        });
      }
    }
    const after = req.query.get('starting_after');
    const before = req.query.get('ending_before');
    if (after !== null && before !== null) {
      fieldErrors.push({
        field: 'ending_before',
        code: 'mutually_exclusive',
        message: 'starting_after and ending_before cannot be combined.',
      });
    }
    for (const [field, value] of [
      ['starting_after', after],
      ['ending_before', before],
    ] as const) {
      if (value !== null && dataset.indexOf(value) < 0) {
        fieldErrors.push({ field, code: 'invalid_cursor', message: 'Must be the id of a customer in this list.' });
      }
    }
    if (fieldErrors.length > 0) return invalid('The list parameters are invalid.', fieldErrors);

    const all = dataset.customers;
    let start: number;
    let end: number;
    let hasMore: boolean;
    if (before !== null) {
      // ending_before pages backwards: the `limit` items right before the cursor, still newest first.
      end = dataset.indexOf(before);
      start = Math.max(0, end - limit);
      hasMore = start > 0;
    } else {
      start = after !== null ? dataset.indexOf(after) + 1 : 0;
      end = Math.min(all.length, start + limit);
      hasMore = end < all.length;
    }
    const items = all.slice(start, end);
    // nextCursor continues in the direction asked: the last item forwards, the first one backwards.
    const edge = before !== null ? items[0] : items[items.length - 1];
    return { status: 200, body: { items, pagination: { hasMore, nextCursor: hasMore && edge ? edge.id : null } } };
  }

  const webhooks = createWebhookOutbox(options.webhook ?? null);
  const changeCustomer = openFxChanges(dataset, webhooks, now);
  const server = await startSimServer({
    controlRoutes: webhookControlRoutes(webhooks, changeCustomer),
    host: options.host,
    port: options.port,
    routes: [
      { method: 'GET', path: '/v1/customers/:id', handler: authenticated(getCustomer) },
      { method: 'GET', path: '/v1/customers', handler: authenticated(listCustomers) },
    ],
    notFound: () => fail(errors.error(404, 'not_found_error', 'route_not_found', 'No such endpoint.', false)),
    errorBody: (status) => errors.errorBody(status),
    // Every answer carries Date and X-RateLimit-*, injected faults included, and a 429 (only ever injected)
    // `Retry-After` too (https://openfx-api-docs-example.pages.dev/mvp/guides/concepts/rate-limiting).
    answerHeaders: (status) => {
      const headers = rateLimit();
      // The simulator's own (injectable) clock, so a client can learn a skew from it (RFC 9110 §6.6.1).
      headers.date = new Date(now()).toUTCString();
      if (status === 429) headers['retry-after'] = '1';
      return headers;
    },
  });

  return { ...server, apiKey, privateKeyPem: OPENFX_DEV_PRIVATE_KEY_PEM, dataset, webhooks, changeCustomer };
}
