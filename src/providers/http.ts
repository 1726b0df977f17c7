import { Pool, type Dispatcher } from 'undici';
import type { ProviderName } from '../model/customer.js';
import { ProviderError } from '../model/errors.js';
import type { CallContext } from './types.js';

/** Connection and timeout settings of one provider origin. */
export interface PoolOptions {
  /** Most sockets open to the origin at once; requests beyond it queue. Bounds upstream concurrency. Default 32. */
  connections?: number;
  /** TCP + TLS connect timeout, ms. Default 3000. */
  connectTimeout?: number;
  /** Time to the response headers, ms. Default 10000. */
  headersTimeout?: number;
  /** Idle time between body chunks, ms. Default 10000. */
  bodyTimeout?: number;
}

/** One undici Pool per provider origin, never the global dispatcher. */
export function createPool(origin: string, options: PoolOptions = {}): Dispatcher {
  return new Pool(origin, {
    connections: options.connections ?? 32,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    connect: { timeout: options.connectTimeout ?? 3_000 },
    headersTimeout: options.headersTimeout ?? 10_000,
    bodyTimeout: options.bodyTimeout ?? 10_000,
  });
}

export interface UpstreamRequest {
  readonly provider: ProviderName;
  /** Route template for logs and metrics, e.g. `GET /v2/customers/:id`. Never the concrete path. */
  readonly endpoint: string;
  readonly method: 'GET' | 'POST';
  /** Path with query, already encoded. */
  readonly path: string;
  readonly headers?: Record<string, string>;
  /** Exact bytes to send (serialised once, so a signature can cover them). */
  readonly body?: string;
}

export interface UpstreamResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or `undefined` when the body is empty or not JSON. */
  readonly json: unknown;
}

/** Responses larger than this are refused: a customer document is a few KiB. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/**
 * Sends one request and reads its JSON body. Transport failures (connect errors, timeouts, resets,
 * oversized bodies) become `PROVIDER_UNAVAILABLE`; status codes are left to the provider client,
 * which knows its error dialect.
 */
export async function requestJson(
  dispatcher: Dispatcher,
  request: UpstreamRequest,
  call: CallContext,
): Promise<UpstreamResponse> {
  const started = performance.now();
  const headers: Record<string, string> = {
    accept: 'application/json',
    'x-request-id': call.requestId,
    ...request.headers,
  };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let status = 0;
  try {
    const res = await dispatcher.request({
      method: request.method,
      path: request.path,
      headers,
      body: request.body,
      signal: call.signal,
    });
    status = res.statusCode;
    const json = await readJson(res.body);
    return { status, headers: res.headers, json };
  } catch (err) {
    throw transportError(request.provider, err);
  } finally {
    call.logger.info(
      {
        upstream: {
          provider: request.provider,
          endpoint: request.endpoint,
          status,
          durationMs: Math.round((performance.now() - started) * 10) / 10,
        },
      },
      'upstream call',
    );
  }
}

async function readJson(body: Dispatcher.ResponseData['body']): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      body.destroy();
      throw Object.assign(new Error('upstream body too large'), { code: 'CG_BODY_TOO_LARGE' });
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
  } catch {
    return undefined;
  }
}

function transportError(provider: ProviderName, err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  const code = (err as { code?: string }).code ?? (err as { name?: string }).name ?? 'UNKNOWN';
  return new ProviderError('PROVIDER_UNAVAILABLE', provider, `${provider} is unavailable.`, { cause: code });
}

/** The error for a status code the client does not expect. Logs the status, never the body. */
export function unexpectedStatus(provider: ProviderName, status: number): ProviderError {
  if (status === 429) {
    return new ProviderError('PROVIDER_RATE_LIMITED', provider, `${provider} is rate limiting requests.`, { status });
  }
  return new ProviderError('PROVIDER_UNAVAILABLE', provider, `${provider} is unavailable.`, { status });
}

/** The error for a 200 whose body does not match the provider's documented schema. */
export function invalidBody(provider: ProviderName, issues: readonly { path: PropertyKey[] }[]): ProviderError {
  return new ProviderError('PROVIDER_UNAVAILABLE', provider, `${provider} returned an unexpected response.`, {
    // Paths only: values could be PII.
    invalidPaths: issues.slice(0, 5).map((i) => i.path.map(String).join('.')),
  });
}
