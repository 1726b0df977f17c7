import { availableParallelism } from 'node:os';
import { pino } from 'pino';
import { z } from 'zod';
import { orList } from './model/or-list.js';
import { flag, oneOf, optionalText, parseEnv, parseInto, wholeNumber, type Env } from './env-vars.js';
import type { ProviderModule } from './providers/module.js';
import { PROVIDER_MODULES, type ProviderConfigOf, type ProviderKey } from './providers/registry.js';

export { ConfigError } from './env-vars.js';

/** Each registered provider's configuration by key (`fin: FinConfig | null`, …). */
export type ProviderConfigs = { readonly [K in ProviderKey]: ProviderConfigOf<K> | null };

/** Each provider's webhook signing secret (`FIN_WEBHOOK_SECRET`, …) by key; `null` when unset. */
export type WebhookSecrets = { readonly [K in ProviderKey]: string | null };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly logLevel: string;
  /** `LOG_FORMAT`: `json` lines (default) or `pretty` (pino-pretty, what `npm run dev` sets). */
  readonly logFormat: 'json' | 'pretty';
  /** Client API keys; `null` when client authentication is off. */
  readonly apiKeys: readonly string[] | null;
  readonly introspection: boolean;
  /** Budget of one GraphQL request, upstream retries included (ms). */
  readonly requestTimeoutMs: number;
  /** True when no provider is configured and the embedded simulator serves every provider. */
  readonly useSimulator: boolean;
  /** Server processes sharing the port (`WORKERS`, default 1; `auto` = one per core). */
  readonly workers: number;
  /** `REDIS_URL` (`redis://` or `rediss://host:port[/db]`): shared cache and message bus; `null` = in-process only. */
  readonly redisUrl: string | null;
  /** `CACHE_TTL_SECONDS`: how long a customer read may answer later requests (default 30; 0 = no cache). */
  readonly cacheTtlSeconds: number;
  /** Each registered provider's configuration; `null` where its `<PREFIX>_API_URL` is unset. */
  readonly providers: ProviderConfigs;
  /** Each provider's webhook signing secret; `null` = that provider's `/webhooks/<name>` answers 404. */
  readonly webhookSecrets: WebhookSecrets;
}

/** Every registered provider's section, in registry order; a section refuses in its own words. */
const providerSections = z
  .custom<Env>()
  .transform(
    (env, ctx) =>
      Object.fromEntries(
        PROVIDER_MODULES.map(({ key, config }: ProviderModule) => [key, parseInto(config.schema, env, ctx)]),
      ) as ProviderConfigs,
  );

/** Each provider's `<PREFIX>_WEBHOOK_SECRET`, read whether or not the provider is configured. */
const webhookSecrets = z
  .custom<Env>()
  .transform(
    (env) =>
      Object.freeze(
        Object.fromEntries(PROVIDER_MODULES.map(({ key, config }) => [key, env[config.webhookSecretVariable] || null])),
      ) as WebhookSecrets,
  );

/** `API_KEYS`: a trimmed, comma-separated list; blank entries dropped. */
const apiKeys = optionalText.transform((value) => {
  const keys = (value ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return keys.length ? Object.freeze(keys) : null;
});

const workerCount = wholeNumber('WORKERS', 1, 64, 1);
/** `WORKERS`: a count, or `auto` for one per core. */
const workers = optionalText.transform((value, ctx) =>
  value === 'auto' ? availableParallelism() : parseInto(workerCount, value ?? undefined, ctx),
);

const allowUnauthenticated = flag('ALLOW_UNAUTHENTICATED');

/** `redis://[user:password@]host[:port][/db]` or `rediss://…`; the message never repeats the value (it may hold a password). */
const redisUrl = optionalText.transform((value, ctx) => {
  if (!value) return null;
  const refuse = (message: string) => {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if (!URL.canParse(value)) return refuse('REDIS_URL is not a URL.');
  const url = new URL(value);
  const db = url.pathname.replace(/^\//, '');
  if (
    (url.protocol !== 'redis:' && url.protocol !== 'rediss:') ||
    !url.hostname ||
    !/^\d{0,2}$/.test(db) ||
    url.search ||
    url.hash
  ) {
    return refuse('REDIS_URL must look like redis://host:port[/db] or rediss://host:port[/db].');
  }
  return value;
});

/** `LOG_LEVEL`: one of pino's levels, checked here so a typo is a ConfigError rather than pino's throw. */
const LOG_LEVELS = [...Object.keys(pino.levels.values), 'silent'] as const satisfies readonly string[];

/** No `<PREFIX>_API_URL` is set: the embedded simulator serves every provider. */
const simulated = (env: Env) => PROVIDER_MODULES.every((m) => !env[m.config.urlVariable]);

/**
 * A rule over several variables, checked where it stands in the schema, on the raw values: a
 * variable it reads that does not parse is refused by its own field first.
 */
const rule = (broken: (env: Env) => boolean, message: string) =>
  z.custom<Env>().refine((env) => !broken(env), { error: message });

/** Entries of `configSchema` that read the whole environment rather than one variable. */
const WHOLE_ENV = ['providers', 'productionNeedsProvider', 'clientAuth', 'simulatorWorkers', 'webhookSecrets'];

/**
 * The whole environment, one schema. Entries are checked in the order listed, and the first refusal
 * is the one reported: each provider's section, then the process settings.
 */
const configSchema = z.preprocess(
  (env) => ({ ...(env as Env), ...Object.fromEntries(WHOLE_ENV.map((entry) => [entry, env])) }),
  z
    .object({
      providers: providerSections,
      NODE_ENV: optionalText,
      // A production deployment whose provider variables are all missing (a typo, a lost secret) must not
      // quietly serve simulated customers without client authentication.
      productionNeedsProvider: rule(
        (env) => env.NODE_ENV === 'production' && simulated(env),
        `NODE_ENV=production needs a provider: set ${orList(PROVIDER_MODULES.map((m) => m.config.urlVariable))} (the embedded simulator is for development only).`,
      ),
      API_KEYS: apiKeys,
      ALLOW_UNAUTHENTICATED: allowUnauthenticated,
      clientAuth: rule(
        (env) =>
          !simulated(env) &&
          !apiKeys.safeParse(env.API_KEYS).data &&
          !allowUnauthenticated.safeParse(env.ALLOW_UNAUTHENTICATED).data,
        'API_KEYS is required when real providers are configured (or set ALLOW_UNAUTHENTICATED=true to serve without client authentication).',
      ),
      WORKERS: workers,
      // Each process would start its own simulator with its own data and credentials.
      simulatorWorkers: rule(
        (env) => simulated(env) && (workers.safeParse(env.WORKERS).data ?? 1) > 1,
        'WORKERS above 1 needs configured providers: the embedded simulator serves one process.',
      ),
      PORT: wholeNumber('PORT', 0, 65535, 4000),
      HOST: optionalText.transform((host) => host ?? '127.0.0.1'),
      LOG_LEVEL: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
      LOG_FORMAT: oneOf('LOG_FORMAT', ['json', 'pretty'], 'json'),
      INTROSPECTION: flag('INTROSPECTION'),
      REQUEST_TIMEOUT_MS: wholeNumber('REQUEST_TIMEOUT_MS', 100, 120_000, 10_000),
      REDIS_URL: redisUrl,
      CACHE_TTL_SECONDS: wholeNumber('CACHE_TTL_SECONDS', 0, 86_400, 30),
      webhookSecrets,
    })
    .transform((env): Config => {
      const production = env.NODE_ENV === 'production';
      return Object.freeze({
        port: env.PORT,
        host: env.HOST,
        production,
        logLevel: env.LOG_LEVEL,
        logFormat: env.LOG_FORMAT,
        apiKeys: env.API_KEYS,
        introspection: env.INTROSPECTION ?? !production,
        requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
        useSimulator: Object.values(env.providers).every((section) => section === null),
        workers: env.WORKERS,
        redisUrl: env.REDIS_URL,
        cacheTtlSeconds: env.CACHE_TTL_SECONDS,
        providers: Object.freeze(env.providers),
        webhookSecrets: env.webhookSecrets,
      });
    }),
);

/** Parses the environment once into a frozen Config. Nothing else reads `process.env`. */
export function loadConfig(env: Env = process.env): Config {
  return parseEnv(configSchema, env);
}
