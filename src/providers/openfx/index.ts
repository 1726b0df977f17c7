import { answeredNow } from '../../model/time.js';
import { UserInputError } from '../../model/errors.js';
import { assertSameCustomer, type PoolOptions } from '../http.js';
import { unknownValues } from '../vocabulary.js';
import type { RetryOptions } from '../retry.js';
import type { CallContext, CustomerProvider } from '../types.js';
import { createOpenFxClient } from './client.js';
import { openFxConfig, type OpenFxConfig } from './config.js';
import { parseOpenFxId } from './ids.js';
import { listOpenFxCustomers } from './list.js';
import { mapOpenFxCustomer } from './mapper.js';
import { defineProvider } from '../module.js';
import { openFxWebhook } from './webhook.js';

export interface OpenFxProviderDeps {
  /** Clock for signature timestamps, ms since epoch. Default `Date.now`. */
  now?: () => number;
  pool?: PoolOptions;
  /** Retry policy of the GETs; every attempt is signed afresh. */
  retry?: RetryOptions;
}

/**
 * OpenFX as a CustomerProvider (MVP API,
 * https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer): `GET /v1/customers/{id}` for
 * details and `GET /v1/customers` cursor pages for lists; every request signed. The returned object holds no
 * configuration: the API key and private key stay inside the client's closure.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/request-signing
 */
export function createOpenFxProvider(config: OpenFxConfig, deps: OpenFxProviderDeps = {}): CustomerProvider {
  const client = createOpenFxClient(config, deps);

  function validId(id: string): string {
    const valid = parseOpenFxId(id);
    if (!valid)
      throw new UserInputError('Invalid OpenFX customer id: expected `cus_` and letters or digits.', 'OPENFX');
    return valid;
  }

  async function getCustomer(id: string, call: CallContext) {
    const asked = validId(id);
    const dto = await client.getCustomer(asked, call);
    if (!dto) return null;
    const fetchedAt = answeredNow();
    assertSameCustomer('OPENFX', asked, dto.id, { path: ['id'], endpoint: 'GET /v1/customers/:id', call });
    return mapOpenFxCustomer(dto, unknownValues('OPENFX', call.logger), fetchedAt);
  }

  return {
    name: 'OPENFX',
    getCustomer,
    // The Customer document carries capabilities, so the mapper always fills them; this exists for
    // the interface and costs the same single GET (the loader layer never needs to call it).
    async getCapabilities(id: string, call: CallContext) {
      const customer = await getCustomer(id, call);
      return customer ? customer.capabilities : null;
    },
    listCustomers: (query, call) => listOpenFxCustomers(client, query, call),
    close: () => client.close(),
  };
}

/** OpenFX: `cus_…` ids, signed requests, `/webhooks/openfx`. */
export const openFxModule = defineProvider({
  name: 'OPENFX',
  key: 'openfx',
  label: 'OpenFX',
  ids: { parse: parseOpenFxId, claim: { prefix: 'cus_' }, description: 'an OpenFX `cus_…` id' },
  config: openFxConfig,
  create: createOpenFxProvider,
  webhook: openFxWebhook,
});
