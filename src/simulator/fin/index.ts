import { startSimServer, type SimServer } from '../http.js';
import {
  createWebhookOutbox,
  webhookControlRoutes,
  type ApplyChange,
  type WebhookOutbox,
  type WebhookTarget,
} from '../webhooks.js';
import { finChanges } from './changes.js';
import { FinTokenStore } from './auth/tokens.js';
import { FIN_DEV_CLIENT_ID, FIN_DEV_CLIENT_SECRET } from './credentials.js';
import { createFinDataset, FIN_DEFAULT_SEED, type FinDataset } from './dataset.js';
import { finErrorBody, notFound } from './errors.js';
import { authRoutes } from './routes/auth.js';
import { customerRoutes } from './routes/customers.js';

export { FIN_DEV_CLIENT_ID, FIN_DEV_CLIENT_SECRET } from './credentials.js';
export {
  createFinDataset,
  FIN_BUSINESS_COUNT,
  FIN_DEFAULT_SEED,
  FIN_INDIVIDUAL_COUNT,
  type FinDataset,
  type FinFindOptions,
} from './dataset.js';
export {
  FIN_LIST_BUSINESS_SCHEMA_PARTY,
  FIN_LIST_EXAMPLE_INDIVIDUAL_SUPERSEDED,
  FIN_SEED_DOCUMENTS,
  type FinSeedName,
} from './seeds/documents.js';
export type { FinApiVersion, FinBusinessRecord, FinCustomerRecord, FinIndividualRecord } from './record.js';
export { renderV1Detail, renderV2Detail } from './render.js';
export { finErrorBody } from './errors.js';
export * from '../../providers/fin/wire.js';

export interface FinSimulatorOptions {
  /** Listen host (default 127.0.0.1). */
  host?: string;
  /** Listen port (default 0: ephemeral). */
  port?: number;
  /** Clock, ms since epoch (default Date.now); drives token issue times and expiry. */
  now?: () => number;
  /** Dataset seed (default FIN_DEFAULT_SEED). */
  seed?: number;
  /** Accepted OAuth client id (default FIN_DEV_CLIENT_ID). */
  clientId?: string;
  /** Accepted OAuth client secret (default FIN_DEV_CLIENT_SECRET). */
  clientSecret?: string;
  /** Access token lifetime in seconds (default 86400, as in the older docs capture: current + 1 day). */
  accessTokenTtlSeconds?: number;
  /** Refresh token lifetime in seconds (default 7 days). */
  refreshTokenTtlSeconds?: number;
  /** 'data' wraps the token response in `{data:{...}}` as an older docs capture shows (default 'flat'). */
  tokenEnvelope?: 'flat' | 'data';
  /** Where customer webhooks go (also settable later, or over HTTP at `PUT /__simulator/webhook`). */
  webhook?: WebhookTarget;
}

export interface FinSimulator extends SimServer {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Forget every issued access token so the next customer call answers 401 (tests 401 recovery). */
  revokeAccessTokens(): void;
  /** Counts of tokens issued by each grant, for tests: { clientCredentials: number, refresh: number }. */
  readonly tokenStats: { clientCredentials: number; refresh: number };
  readonly dataset: FinDataset;
  /** Outgoing signed webhooks: set `target`, read delivery counts. */
  readonly webhooks: WebhookOutbox;
  /** Changes a customer (as `POST /__simulator/customers/{id}/changes` does) and sends its webhooks. */
  readonly changeCustomer: ApplyChange;
}

/**
 * Starts the simulated Fin.com API on loopback: OAuth token/refresh, V1 and V2 customer detail, V1 and V2
 * customer lists, over a deterministic dataset that includes every documented example verbatim.
 */
export async function startFinSimulator(options: FinSimulatorOptions = {}): Promise<FinSimulator> {
  const clientId = options.clientId ?? FIN_DEV_CLIENT_ID;
  const clientSecret = options.clientSecret ?? FIN_DEV_CLIENT_SECRET;
  const dataset = createFinDataset(options.seed ?? FIN_DEFAULT_SEED);
  const tokens = new FinTokenStore({
    now: options.now ?? Date.now,
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 86_400,
    refreshTokenTtlSeconds: options.refreshTokenTtlSeconds ?? 7 * 86_400,
  });
  const webhooks = createWebhookOutbox(options.webhook ?? null);
  const changeCustomer = finChanges(dataset, webhooks, options.now ?? Date.now);
  const server = await startSimServer({
    controlRoutes: webhookControlRoutes(webhooks, changeCustomer),
    routes: [
      ...authRoutes({ clientId, clientSecret, tokens, envelope: options.tokenEnvelope ?? 'flat' }),
      ...customerRoutes(dataset, tokens),
    ],
    notFound: () => notFound('Resource not found'),
    errorBody: finErrorBody,
    port: options.port,
    host: options.host,
  });
  return {
    url: server.url,
    log: server.log,
    faults: server.faults,
    close: () => server.close(),
    clientId,
    clientSecret,
    dataset,
    webhooks,
    changeCustomer,
    revokeAccessTokens: () => tokens.revokeAccessTokens(),
    get tokenStats() {
      return tokens.stats;
    },
  };
}
