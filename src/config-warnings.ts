import type { Config } from './config.js';
import type { Env } from './env-vars.js';
import { POOL_SETTINGS } from './providers/module.js';
import { PROVIDER_MODULES } from './providers/registry.js';

const NODE_ENVS = new Set(['production', 'development', 'test']);

/**
 * Settings that parse but change nothing (a credential or webhook secret without its provider's
 * URL, a waiver that waives nothing, a NODE_ENV that is not quite `production`): one sentence each,
 * naming the variables and never their values, for `main.ts` to log as warnings at start-up.
 * Anything that would make the service unsafe or broken is a ConfigError in config.ts instead.
 */
export function configWarnings(env: Env, config: Config): string[] {
  const warnings: string[] = [];
  const set = (name: string) => env[name] !== undefined && env[name] !== '';
  for (const { config: provider } of PROVIDER_MODULES) {
    if (set(provider.urlVariable)) {
      warnings.push(...(provider.warnings?.(env) ?? []));
      continue;
    }
    // With the embedded simulator the webhook secret signs its webhooks; otherwise they would be
    // verified and then dropped, as no provider is configured to re-read the customer.
    const secret = config.useSimulator ? [] : [provider.webhookSecretVariable];
    const ignored = [...provider.dependents, ...secret].filter(set);
    if (ignored.length)
      warnings.push(
        `${ignored.join(', ')} ${ignored.length > 1 ? 'have' : 'has'} no effect without ${provider.urlVariable}.`,
      );
  }
  if (env.ALLOW_UNAUTHENTICATED === 'true' || env.ALLOW_UNAUTHENTICATED === '1') {
    if (config.apiKeys)
      warnings.push('ALLOW_UNAUTHENTICATED has no effect: API_KEYS is set, so clients must send a key.');
    else if (config.useSimulator) warnings.push('ALLOW_UNAUTHENTICATED has no effect with the embedded simulator.');
  }
  const upstream = POOL_SETTINGS.map(([setting]) => `UPSTREAM_${setting}`).filter(set);
  if (config.useSimulator && upstream.length) {
    warnings.push(
      `${upstream.join(', ')} ${upstream.length > 1 ? 'have' : 'has'} no effect with the embedded simulator.`,
    );
  }
  if (set('NODE_ENV') && !NODE_ENVS.has(env.NODE_ENV as string)) {
    // `NODE_ENV=prod` is the typo that leaves introspection and stack traces on in production.
    warnings.push('NODE_ENV is neither production, development nor test: running with development defaults.');
  }
  return warnings;
}
