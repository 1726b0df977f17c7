import { startFinSimulator, type FinSimulator, type FinSimulatorOptions } from '../../../src/simulator/fin/index.js';

/**
 * A parsed JSON body. Tests read served bodies loosely and assert on them field by field, so every
 * property is reachable without casts.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw wire bodies under test, never trusted
export type Json = any;

/** What one HTTP exchange with the simulator gave back. */
export interface Exchange {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed body, `undefined` when it is not JSON. */
  readonly json: Json;
}

/** Sends one request over loopback; `body` objects are sent as JSON, strings as-is. */
export async function call(
  sim: FinSimulator,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Exchange> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const res = await fetch(`${sim.url}${path}`, { method, headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { method, path, status: res.status, headers: res.headers, text, json };
}

/** Asserts the status, printing the whole exchange when it differs. Returns the parsed body. */
export function expectStatus(res: Exchange, status: number): Json {
  if (res.status !== status) {
    throw new Error(`${res.method} ${res.path}: expected HTTP ${status}, got ${res.status}\n${res.text}`);
  }
  return res.json;
}

/** Issues a token pair with the simulator's own credentials and returns the access token. */
export async function login(sim: FinSimulator): Promise<string> {
  const res = await call(sim, 'POST', '/v1/oauth/token', {
    body: { client_id: sim.clientId, client_secret: sim.clientSecret },
  });
  const body = expectStatus(res, 200);
  return (body.data ?? body).access_token as string;
}

/** Starts a simulator and logs in once; for tests that only read customers. */
export async function startWithToken(options: FinSimulatorOptions = {}): Promise<{ sim: FinSimulator; token: string }> {
  const sim = await startFinSimulator(options);
  return { sim, token: await login(sim) };
}
