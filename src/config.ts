import { readFileSync } from 'node:fs';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { PoolOptions } from './providers/http.js';

export interface FinConfig {
  readonly url: string;
  /** Sockets and timeouts for this provider's origin (defaults in providers/http.ts). */
  readonly pool?: PoolOptions;
  readonly clientId: string;
  readonly clientSecret: string;
}
export interface SpherePayConfig {
  readonly url: string;
  readonly pool?: PoolOptions;
  readonly apiKey: string;
}
export interface OpenFxConfig {
  readonly url: string;
  readonly pool?: PoolOptions;
  readonly apiKey: string;
  /** Parsed once at start-up; only the signing function ever uses it. */
  readonly privateKey: KeyObject;
}

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly logLevel: string;
  /** Client API keys; `null` when client authentication is off. */
  readonly apiKeys: readonly string[] | null;
  readonly introspection: boolean;
  /** Budget of one GraphQL request, upstream retries included (ms). */
  readonly requestTimeoutMs: number;
  /** True when no provider is configured and the embedded simulator serves all three. */
  readonly useSimulator: boolean;
  /** Server processes sharing the port (`WORKERS`, default 1; `auto` = one per core). */
  readonly workers: number;
  /** `REDIS_URL` (`redis://` or `rediss://host:port[/db]`): shared cache and message bus; `null` = in-process only. */
  readonly redisUrl: string | null;
  /** `CACHE_TTL_SECONDS`: how long a customer read may answer later requests (default 30; 0 = no cache). */
  readonly cacheTtlSeconds: number;
  readonly providers: {
    readonly fin: FinConfig | null;
    readonly spherepay: SpherePayConfig | null;
    readonly openfx: OpenFxConfig | null;
  };
}

/** Start-up refused: the message names the variable and is safe to print (no values). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/** Parses the environment once into a frozen Config. Nothing else reads `process.env`. */
export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const fin = env.FIN_API_URL
    ? {
        url: origin(env, 'FIN_API_URL'),
        pool: pool(env, 'FIN'),
        clientId: required(env, 'FIN_CLIENT_ID'),
        clientSecret: required(env, 'FIN_CLIENT_SECRET'),
      }
    : null;
  const spherepay = env.SPHEREPAY_API_URL
    ? {
        url: origin(env, 'SPHEREPAY_API_URL'),
        pool: pool(env, 'SPHEREPAY'),
        apiKey: required(env, 'SPHEREPAY_API_KEY'),
      }
    : null;
  const openfx = env.OPENFX_API_URL
    ? {
        url: origin(env, 'OPENFX_API_URL'),
        pool: pool(env, 'OPENFX'),
        apiKey: required(env, 'OPENFX_API_KEY'),
        privateKey: openFxKey(env),
      }
    : null;
  const useSimulator = !fin && !spherepay && !openfx;
  const apiKeys = env.API_KEYS
    ? env.API_KEYS.split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : null;
  const allowUnauthenticated = bool(env, 'ALLOW_UNAUTHENTICATED', false);
  if (!useSimulator && !apiKeys?.length && !allowUnauthenticated) {
    throw new ConfigError(
      'API_KEYS is required when real providers are configured (or set ALLOW_UNAUTHENTICATED=true to serve without client authentication).',
    );
  }
  const workers = env.WORKERS === 'auto' ? availableParallelism() : int(env, 'WORKERS', 1, 1, 64);
  if (useSimulator && workers > 1) {
    // Each process would start its own simulator with its own data and credentials.
    throw new ConfigError('WORKERS above 1 needs configured providers: the embedded simulator serves one process.');
  }
  return Object.freeze({
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    production,
    logLevel: env.LOG_LEVEL || 'info',
    apiKeys: apiKeys?.length ? Object.freeze(apiKeys) : null,
    introspection: bool(env, 'INTROSPECTION', !production),
    requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 10_000, 100, 120_000),
    useSimulator,
    workers,
    redisUrl: redisUrl(env),
    cacheTtlSeconds: int(env, 'CACHE_TTL_SECONDS', 30, 0, 86_400),
    providers: Object.freeze({ fin, spherepay, openfx }),
  });
}

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is required when its provider's *_API_URL is set.`);
  return value;
}

function origin(env: Env, name: string): string {
  const value = env[name] ?? '';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must be an http(s) URL.`);
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigError(
      `${name} must be an origin such as https://api.example.com, with no path, query or credentials.`,
    );
  }
  return url.origin;
}

function openFxKey(env: Env): KeyObject {
  let pem = env.OPENFX_PRIVATE_KEY;
  let name = 'OPENFX_PRIVATE_KEY';
  if (!pem && env.OPENFX_PRIVATE_KEY_FILE) {
    name = 'OPENFX_PRIVATE_KEY_FILE';
    try {
      pem = readFileSync(env.OPENFX_PRIVATE_KEY_FILE, 'utf8');
    } catch {
      throw new ConfigError('OPENFX_PRIVATE_KEY_FILE cannot be read.');
    }
  }
  if (!pem)
    throw new ConfigError('OPENFX_PRIVATE_KEY or OPENFX_PRIVATE_KEY_FILE is required when OPENFX_API_URL is set.');
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.replace(/\\n/g, '\n'));
  } catch {
    throw new ConfigError(`${name} does not hold a PEM private key.`);
  }
  if (key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'rsa') {
    throw new ConfigError(`${name} must be an Ed25519 or RSA private key.`);
  }
  return key;
}

/** `redis://[user:password@]host[:port][/db]` or `rediss://…`; the message never repeats the value (it may hold a password). */
function redisUrl(env: Env): string | null {
  const value = env.REDIS_URL;
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('REDIS_URL is not a URL.');
  }
  const db = url.pathname.replace(/^\//, '');
  if (
    (url.protocol !== 'redis:' && url.protocol !== 'rediss:') ||
    !url.hostname ||
    !/^\d{0,2}$/.test(db) ||
    url.search ||
    url.hash
  ) {
    throw new ConfigError('REDIS_URL must look like redis://host:port[/db] or rediss://host:port[/db].');
  }
  return value;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}.`);
  }
  return n;
}

/** `<PROVIDER>_<SETTING>` overrides `UPSTREAM_<SETTING>`; unset settings keep http.ts defaults. */
function pool(env: Env, provider: string): PoolOptions {
  const read = (setting: string, max: number) => {
    const specific = `${provider}_${setting}`;
    const name = env[specific] ? specific : `UPSTREAM_${setting}`;
    return env[name] ? int(env, name, 0, 1, max) : undefined;
  };
  const options: PoolOptions = {
    connections: read('CONNECTIONS', 1024),
    connectTimeout: read('CONNECT_TIMEOUT_MS', 60_000),
    headersTimeout: read('HEADERS_TIMEOUT_MS', 120_000),
    bodyTimeout: read('BODY_TIMEOUT_MS', 120_000),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be true or false.`);
}
