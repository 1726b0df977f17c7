import type { Config } from './config.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Variables that only mean something when their provider's `*_API_URL` is set. */
const PROVIDER_SETTINGS = {
  FIN_API_URL: ['FIN_CLIENT_ID', 'FIN_CLIENT_SECRET'],
  SPHEREPAY_API_URL: ['SPHEREPAY_API_KEY'],
  OPENFX_API_URL: ['OPENFX_API_KEY', 'OPENFX_PRIVATE_KEY', 'OPENFX_PRIVATE_KEY_FILE'],
} as const;
/** Upstream pool settings (config.ts `pool()`), per provider and shared. */
const POOL_SETTINGS = ['CONNECTIONS', 'CONNECT_TIMEOUT_MS', 'HEADERS_TIMEOUT_MS', 'BODY_TIMEOUT_MS'];
const NODE_ENVS = new Set(['production', 'development', 'test']);

/**
 * Settings that parse but change nothing (a credential without its provider's URL, a waiver that
 * waives nothing, a NODE_ENV that is not quite `production`): one sentence each, naming the
 * variables and never their values, for `main.ts` to log as warnings at start-up. Anything that
 * would make the service unsafe or broken is a ConfigError in config.ts instead.
 */
export function configWarnings(env: Env, config: Config): string[] {
  const warnings: string[] = [];
  const set = (name: string) => env[name] !== undefined && env[name] !== '';
  for (const [url, names] of Object.entries(PROVIDER_SETTINGS)) {
    if (set(url)) continue;
    const prefix = url.slice(0, url.indexOf('_'));
    const ignored = [...names, ...POOL_SETTINGS.map((s) => `${prefix}_${s}`)].filter(set);
    if (ignored.length)
      warnings.push(`${ignored.join(', ')} ${ignored.length > 1 ? 'have' : 'has'} no effect without ${url}.`);
  }
  if (set('OPENFX_PRIVATE_KEY') && set('OPENFX_PRIVATE_KEY_FILE') && set('OPENFX_API_URL')) {
    warnings.push('OPENFX_PRIVATE_KEY_FILE has no effect: OPENFX_PRIVATE_KEY is set and wins.');
  }
  if (env.ALLOW_UNAUTHENTICATED === 'true' || env.ALLOW_UNAUTHENTICATED === '1') {
    if (config.apiKeys)
      warnings.push('ALLOW_UNAUTHENTICATED has no effect: API_KEYS is set, so clients must send a key.');
    else if (config.useSimulator) warnings.push('ALLOW_UNAUTHENTICATED has no effect with the embedded simulator.');
  }
  const upstream = POOL_SETTINGS.map((s) => `UPSTREAM_${s}`).filter(set);
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
