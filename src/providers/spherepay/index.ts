import { answeredNow } from '../../model/time.js';
import { createPool, type PoolOptions } from '../http.js';
import type { RetryOptions } from '../retry.js';
import type { CustomerProvider } from '../types.js';
import { createSpherePayClient } from './client.js';
import { spherePayConfig, type SpherePayConfig } from './config.js';
import { parseSpherePayId } from './ids.js';
import { listSpherePayCustomers } from './list.js';
import { unknownValues } from '../vocabulary.js';
import { mapCustomer } from './mapper.js';
import { defineProvider } from '../module.js';
import { spherePayWebhook } from './webhook.js';

export { SPHEREPAY_MAX_LIMIT } from './list.js';

/**
 * The SpherePay `CustomerProvider`: one pooled connection set to `config.url`, the static API key
 * as bearer auth, ids validated before any request, DTOs validated at the boundary and mapped.
 */
export function createSpherePayProvider(
  config: SpherePayConfig,
  deps: { pool?: PoolOptions; retry?: RetryOptions } = {},
): CustomerProvider {
  const client = createSpherePayClient(createPool(config.url, deps.pool, { retry: deps.retry }), config.apiKey);
  return {
    name: 'SPHEREPAY',
    async getCustomer(id, call) {
      const dto = await client.getCustomer(id, call);
      return dto && mapCustomer(dto, unknownValues('SPHEREPAY', call.logger), answeredNow());
    },
    // SpherePay has no capabilities: the mapper already sets `[]`, so the graph never calls this.
    // Kept truthful anyway: `[]` for a customer that exists, `null` for one that does not.
    async getCapabilities(id, call) {
      return (await client.getCustomer(id, call)) ? [] : null;
    },
    listCustomers: (query, call) => listSpherePayCustomers(client, query, call),
    close: () => client.close(),
  };
}

/** SpherePay: `customer_…` ids, a static API key, `/webhooks/spherepay`. */
export const spherePayModule = defineProvider({
  name: 'SPHEREPAY',
  key: 'spherepay',
  label: 'SpherePay',
  // Whole prefixes: `customer_` and `cus_` share letters (https://docs.spherepay.co/api-reference/customer/get-id).
  ids: { parse: parseSpherePayId, claim: { prefix: 'customer_' }, description: 'a SpherePay `customer_…` id' },
  config: spherePayConfig,
  create: createSpherePayProvider,
  webhook: spherePayWebhook,
});
