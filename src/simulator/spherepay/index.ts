import { startSimServer, type SimServer } from '../http.js';
import {
  createWebhookOutbox,
  webhookControlRoutes,
  type ApplyChange,
  type WebhookOutbox,
  type WebhookTarget,
} from '../webhooks.js';
import { spherePayChanges, type SpherePayEnvelope } from './changes.js';
import { createSpherePayDataset, type SpherePayDataset } from './dataset.js';
import { problem, problemBody } from './problems.js';
import { checkAuth, spherePayRoutes } from './routes.js';
import { SPHEREPAY_DEV_API_KEY } from './seed.js';

export type { SpherePayDataset } from './dataset.js';
export {
  SPHEREPAY_DEV_API_KEY,
  SPHEREPAY_SEED_BUSINESS_ID,
  SPHEREPAY_SEED_DOCUMENTS,
  SPHEREPAY_SEED_INDIVIDUAL_ID,
} from './seed.js';
export type {
  SpherePayBusinessDocument,
  SpherePayCustomerDocument,
  SpherePayIndividualDocument,
  SpherePayProblemDetails,
} from '../../providers/spherepay/wire.js';

export interface SpherePaySimulatorOptions {
  /** Loopback address to bind. Default `127.0.0.1`. */
  host?: string;
  /** Port; default 0 (ephemeral). */
  port?: number;
  /**
   * Clock (ms since epoch). Accepted for symmetry with the other simulators; SpherePay has no
   * clock-dependent behaviour (static key, no signatures), and the dataset's timestamps are fixed
   * so it stays identical for a seed.
   */
  now?: () => number;
  /** Dataset seed. Default 1. */
  seed?: number;
  /** The key clients must send as `Authorization: Bearer <key>`. Default SPHEREPAY_DEV_API_KEY. */
  apiKey?: string;
  /**
   * Status for a missing or wrong key: docs disagree between 401 and 403. Default 401.
   * @see https://docs.spherepay.co/get-started/authentication
   * @see https://docs.staging.spherepay.co/get-started/introduction/authentication
   */
  authFailureStatus?: 401 | 403;
  /** Where customer webhooks go (also settable later, or over HTTP at `PUT /__simulator/webhook`). */
  webhook?: WebhookTarget;
  /**
   * Which documented envelope webhooks use; default `event`.
   * @see https://docs.spherepay.co/guide/developer-resource/webhooks/events
   * @see https://docs.staging.spherepay.co/get-started/webhooks
   */
  webhookEnvelope?: SpherePayEnvelope;
}

/** A simulated SpherePay customer API on loopback. */
export interface SpherePaySimulator extends SimServer {
  readonly apiKey: string;
  readonly dataset: SpherePayDataset;
  /** Outgoing signed webhooks: set `target`, read delivery counts. */
  readonly webhooks: WebhookOutbox;
  /** Changes a customer (as `POST /__simulator/customers/{id}/changes` does) and sends its webhook. */
  readonly changeCustomer: ApplyChange;
  /** The envelope the next webhooks use. */
  webhookEnvelope: SpherePayEnvelope;
}

/**
 * Starts the SpherePay simulator: `GET /v2/customer/:id` and `GET /v2/customer` over real HTTP,
 * bearer-key auth on every request, ProblemDetails error bodies, and fault injection via `faults`.
 */
export async function startSpherePaySimulator(options: SpherePaySimulatorOptions = {}): Promise<SpherePaySimulator> {
  const apiKey = options.apiKey ?? SPHEREPAY_DEV_API_KEY;
  const dataset = createSpherePayDataset(options.seed ?? 1);
  const routeOptions = { apiKey, authFailureStatus: options.authFailureStatus ?? 401, dataset } as const;
  const webhooks = createWebhookOutbox(options.webhook ?? null);
  const state = { envelope: options.webhookEnvelope ?? ('event' as SpherePayEnvelope) };
  const changeCustomer = spherePayChanges(dataset, webhooks, options.now ?? Date.now, () => state.envelope);
  const server = await startSimServer({
    controlRoutes: webhookControlRoutes(webhooks, changeCustomer),
    routes: spherePayRoutes(routeOptions),
    // Auth applies to unknown paths too, as on the real API.
    notFound: (req) => checkAuth(req, routeOptions) ?? problem(problemBody(404)),
    errorBody: problemBody,
    port: options.port,
    host: options.host,
  });
  return {
    ...server,
    apiKey,
    dataset,
    webhooks,
    changeCustomer,
    get webhookEnvelope() {
      return state.envelope;
    },
    set webhookEnvelope(value) {
      state.envelope = value;
    },
  };
}
