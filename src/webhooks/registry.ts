import type { WebhookSecrets } from '../config.js';
import { finWebhook } from '../providers/fin/webhook.js';
import { openFxWebhook } from '../providers/openfx/webhook.js';
import { spherePayWebhook } from '../providers/spherepay/webhook.js';
import type { ProviderWebhook } from './types.js';

/** Every provider's webhook module with the config key of its secret. */
export const PROVIDER_WEBHOOKS: readonly { readonly module: ProviderWebhook; readonly secret: keyof WebhookSecrets }[] =
  [
    { module: finWebhook, secret: 'fin' },
    { module: spherePayWebhook, secret: 'spherepay' },
    { module: openFxWebhook, secret: 'openfx' },
  ];
