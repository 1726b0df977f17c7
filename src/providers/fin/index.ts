import { UserInputError } from '../../model/errors.js';
import { answeredNow } from '../../model/time.js';
import { createPool, type PoolOptions } from '../http.js';
import type { RetryOptions } from '../retry.js';
import type { CallContext, CustomerProvider } from '../types.js';
import { createFinClient } from './client.js';
import { finConfig, type FinConfig } from './config.js';
import { parseFinId } from './ids.js';
import { listFinCustomers } from './list.js';
import { mapCapabilities, mapCustomerV2 } from './mapper.js';
import { FinTokens } from './token.js';
import { unknownValues } from '../vocabulary.js';
import { defineProvider } from '../module.js';
import { finWebhook } from './webhook.js';

export interface FinProviderDeps {
  /** Clock for token expiry, ms since epoch. Default `Date.now`. */
  now?: () => number;
  pool?: PoolOptions;
  /** Retry policy of the GETs (the token POSTs are never retried). */
  retry?: RetryOptions;
  /** Total deadline of one token renewal, ms. Default `TOKEN_TIMEOUT_MS` (5 s). */
  tokenTimeoutMs?: number;
}

/** Fin.com as a CustomerProvider: V2 for details, V1 only for capabilities, V2 list for pages. */
export function createFinProvider(config: FinConfig, deps: FinProviderDeps = {}): CustomerProvider {
  const dispatcher = createPool(config.url, deps.pool, { retry: deps.retry });
  const tokens = new FinTokens(dispatcher, config, deps.now ?? Date.now, deps.tokenTimeoutMs);
  const client = createFinClient(dispatcher, tokens);

  function validId(id: string): string {
    const valid = parseFinId(id);
    if (!valid) throw new UserInputError('Invalid Fin.com customer id: expected a UUID.', 'FIN');
    return valid;
  }

  return {
    name: 'FIN',
    async getCustomer(id: string, call: CallContext) {
      const dto = await client.getCustomerV2(validId(id), call);
      return dto ? mapCustomerV2(dto.data, unknownValues('FIN', call.logger), answeredNow()) : null;
    },
    async getCapabilities(id: string, call: CallContext) {
      const dto = await client.getCustomerV1(validId(id), call);
      return dto ? mapCapabilities(dto.data) : null;
    },
    listCustomers: (query, call) => listFinCustomers(client, query, call),
    // Ready when a token is held or can be had (sharing any renewal in flight), unless Fin just
    // refused a freshly renewed token (see MIN_TOKEN_LIFETIME_MS).
    ready: async (call) => !tokens.refusing() && Boolean(await tokens.accessToken(call)),
    close: () => dispatcher.close(),
  };
}

/** Fin.com: UUID customer ids, OAuth client credentials, `/webhooks/fin`. */
export const finModule = defineProvider({
  name: 'FIN',
  key: 'fin',
  label: 'Fin.com',
  ids: { parse: parseFinId, claim: 'pattern', description: 'a Fin.com UUID' },
  config: finConfig,
  create: createFinProvider,
  webhook: finWebhook,
});
