import type { WebhookSecrets } from '../config.js';
import { PROVIDER_MODULES } from '../providers/registry.js';
import type { ProviderWebhook } from './types.js';

/** Every provider's webhook module with the config key of its secret, from the provider registry. */
export const PROVIDER_WEBHOOKS: readonly { readonly module: ProviderWebhook; readonly secret: keyof WebhookSecrets }[] =
  PROVIDER_MODULES.map((m) => ({ module: m.webhook, secret: m.key }));
