import { createHash } from 'node:crypto';
import type { ProviderName } from '../model/customer.js';

/**
 * What a cached value answers: `customer` is the detail document (Fin.com V2, SpherePay, OpenFX),
 * `capabilities` the separate capabilities call (Fin.com V1). Kept apart so one never answers the other.
 */
export const CACHE_ENDPOINTS = ['customer', 'capabilities'] as const;
export type CacheEndpoint = (typeof CACHE_ENDPOINTS)[number];

/** Bumped when the cached value's shape changes, so replicas of two versions never read each other's values. */
const SCHEMA_VERSION = 'v1';

/**
 * The cache key of one customer's endpoint: `cg:customer:v1:<PROVIDER>:<endpoint>:<hash>`. The id is
 * hashed (SHA-256, base64url) so no provider id is ever written to Redis or the bus in clear.
 * `providerId` must be canonical (`parseProviderId`), so every spelling of one id shares its key.
 */
export function cacheKey(provider: ProviderName, endpoint: CacheEndpoint, providerId: string): string {
  const hash = createHash('sha256').update(`${provider}:${providerId}`).digest('base64url');
  return `cg:customer:${SCHEMA_VERSION}:${provider}:${endpoint}:${hash}`;
}

/** Every key of one customer (all endpoints): what an invalidation drops. */
export function customerKeys(provider: ProviderName, providerId: string): string[] {
  return CACHE_ENDPOINTS.map((endpoint) => cacheKey(provider, endpoint, providerId));
}
