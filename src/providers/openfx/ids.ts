import { OPENFX_ID_PATTERN } from './wire.js';

/**
 * OpenFX customer ids: `^cus_[A-Za-z0-9]+$`. Case is significant.
 * `ent_…` ids are entities, not customers, and never match. Length capped as for SpherePay.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export { OPENFX_ID_PATTERN };

export function parseOpenFxId(raw: string): string | null {
  return OPENFX_ID_PATTERN.test(raw) ? raw : null;
}
