import { z } from 'zod';
import { origin, parseInto, wholeNumber, type Env } from '../env-vars.js';
import type { ProviderName } from '../model/customer.js';
import type { ProviderWebhook } from '../webhooks/types.js';
import type { PoolOptions } from './http.js';
import type { RetryOptions } from './retry.js';
import type { CustomerProvider } from './types.js';

/**
 * Everything the server knows about one provider, exported by `providers/<name>/index.ts`. The
 * registry, configuration, id routing, webhooks and start-up loop over these; adding a provider is
 * one module and one line in `PROVIDER_MODULES`.
 */
export interface ProviderModule<N extends ProviderName = ProviderName, K extends string = string, C = unknown> {
  /** The SDL `Provider` value. */
  readonly name: N;
  /** Its key in `Config['providers']` and `Config['webhookSecrets']`, and its `/webhooks/<key>` path. */
  readonly key: K;
  /** How people name it, e.g. `Fin.com`. */
  readonly label: string;
  readonly ids: ProviderIds;
  /** Its environment variables and how they become `C`. */
  readonly config: ProviderConfigSpec<C>;
  /** Builds the client from its configuration; holds pools and tokens until `close()`. */
  create(config: C, deps: ProviderCreateDeps): CustomerProvider;
  /** Verifies and reads its signed webhooks (`POST /webhooks/<path>`). */
  readonly webhook: ProviderWebhook;
}

/** The provider's customer ids, and which raw ids a client may pass without a global id. */
export interface ProviderIds {
  /** The canonical id, or `null` when `raw` is not this provider's customer id. */
  parse(raw: string): string | null;
  /**
   * Which raw ids are this provider's: those starting with a whole prefix (then a malformed rest is
   * refused, not passed on), or `pattern`: only those `parse` accepts. Prefixes are tried first.
   */
  readonly claim: { readonly prefix: string } | 'pattern';
  /** For the message listing the accepted ids, e.g. "a Fin.com UUID". */
  readonly description: string;
}

/** What `create` receives besides the configuration. */
export interface ProviderCreateDeps {
  /** Clock for Fin token expiry and OpenFX signature timestamps. Default `Date.now`. */
  now?: () => number;
  /** Overrides every provider's pool settings from the environment (tests shorten timeouts). */
  pool?: PoolOptions;
  /** Retry policy of every provider's idempotent GETs (defaults in retry.ts). */
  retry?: RetryOptions;
  /** Total deadline of one Fin.com token renewal, ms (default in fin/token.ts). */
  tokenTimeoutMs?: number;
}

/** One provider's environment variables, read by `config.ts` as part of the one configuration schema. */
export interface ProviderConfigSpec<C> {
  /** `<PREFIX>_API_URL`: when set, the provider is configured and its other variables are read. */
  readonly urlVariable: string;
  /** `<PREFIX>_WEBHOOK_SECRET`, read whether or not the URL is set. */
  readonly webhookSecretVariable: string;
  /** Variables that mean nothing without the URL, in the order a start-up warning names them. */
  readonly dependents: readonly string[];
  /** The whole environment to `C`, or `null` when the URL is unset. */
  readonly schema: z.ZodType<C | null, unknown>;
  /** Warnings about settings this provider ignores while configured (config-warnings.ts). */
  warnings?(env: Env): string[];
}

/** Upstream pool settings: `<PREFIX>_<SETTING>`, else `UPSTREAM_<SETTING>`; unset keeps http.ts defaults. */
export const POOL_SETTINGS = [
  ['CONNECTIONS', 'connections', 1024],
  ['CONNECT_TIMEOUT_MS', 'connectTimeout', 60_000],
  ['HEADERS_TIMEOUT_MS', 'headersTimeout', 120_000],
  ['BODY_TIMEOUT_MS', 'bodyTimeout', 120_000],
] as const satisfies readonly (readonly [string, keyof PoolOptions, number])[];

function poolSchema(prefix: string) {
  return z.custom<Env>().transform((env, ctx) => {
    const options: Pick<PoolOptions, (typeof POOL_SETTINGS)[number][1]> = {};
    for (const [setting, option, max] of POOL_SETTINGS) {
      const specific = `${prefix}_${setting}`;
      const name = env[specific] ? specific : `UPSTREAM_${setting}`;
      const value = parseInto(wholeNumber(name, 1, max), env[name], ctx);
      if (value !== undefined) options[option] = value;
    }
    return options;
  });
}

/**
 * A provider's configuration: `<prefix>_API_URL` (an http(s) origin), its pool settings, then
 * `settings` (one schema per variable, in the order they are checked), which `build` turns into
 * the provider's config. Nothing is read, checked or warned about as set while the URL is unset.
 */
export function providerConfig<S extends z.ZodRawShape, C>(spec: {
  readonly prefix: string;
  readonly settings: S;
  build(parsed: { url: string; pool: PoolOptions } & z.output<z.ZodObject<S>>, ctx: z.RefinementCtx): C;
  warnings?(env: Env): string[];
}): ProviderConfigSpec<C> {
  const urlVariable = `${spec.prefix}_API_URL`;
  // The URL and the pool first, then the settings: the order the variables are refused in.
  const configured = z
    .object({ url: origin(urlVariable), pool: poolSchema(spec.prefix) })
    .extend(spec.settings)
    // zod cannot resolve `extend` over a generic shape; the object's output is exactly `build`'s input.
    .transform((parsed, ctx) => spec.build(parsed as Parameters<typeof spec.build>[0], ctx));
  return {
    urlVariable,
    webhookSecretVariable: `${spec.prefix}_WEBHOOK_SECRET`,
    dependents: [...Object.keys(spec.settings), ...POOL_SETTINGS.map(([setting]) => `${spec.prefix}_${setting}`)],
    // The object schema reads its own variables from the environment: `url` and `pool` are fanned out.
    schema: z.preprocess((env) => {
      const vars = env as Env;
      return vars[urlVariable] ? { ...vars, url: vars[urlVariable], pool: vars } : null;
    }, configured.nullable()),
    warnings: spec.warnings,
  };
}

/** Declares a provider module, keeping its name and key as literal types for the registry. */
export function defineProvider<const N extends ProviderName, const K extends string, C>(
  module: ProviderModule<N, K, C>,
): ProviderModule<N, K, C> {
  return module;
}
