import { constants, createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { request } from 'undici';
import { OPENFX_DEV_PRIVATE_KEY_PEM } from '../../../src/simulator/openfx/index.js';

/** The dev Ed25519 private key as a KeyObject. */
export const devPrivateKey = createPrivateKey(OPENFX_DEV_PRIVATE_KEY_PEM);

/** What to send, and what to sign when a test wants the two to differ. `null` omits a header. */
export interface RawRequest {
  readonly path: string;
  /** Path the signature covers; default `path`. */
  readonly signedPath?: string;
  readonly key?: KeyObject;
  /** RSA padding when `key` is RSA; default PKCS#1 v1.5. */
  readonly rsaPadding?: number;
  readonly apiKey?: string | null;
  /** Unix seconds sent in `X-Timestamp`; `null` omits it. */
  readonly timestamp?: string | null;
  readonly signature?: string | null;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  readonly json: unknown;
}

/**
 * Sends a GET to the simulator signed the documented way, written here from the docs
 * and independently of the provider's signer. Every part can be overridden to forge bad requests.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/request-signing
 */
export async function signedGet(
  sim: { url: string; apiKey: string },
  options: RawRequest,
  nowSeconds: number,
): Promise<RawResponse> {
  const timestamp = options.timestamp === undefined ? String(nowSeconds) : options.timestamp;
  const key = options.key ?? devPrivateKey;
  const payload = Buffer.from(`GET\n${options.signedPath ?? options.path}\n${timestamp ?? ''}\n`, 'utf8');
  const computed =
    key.asymmetricKeyType === 'rsa'
      ? sign('sha256', payload, { key, padding: options.rsaPadding ?? constants.RSA_PKCS1_PADDING })
      : sign(null, payload, key);
  const signature = options.signature === undefined ? computed.toString('base64') : options.signature;
  const apiKey = options.apiKey === undefined ? sim.apiKey : options.apiKey;
  const headers: Record<string, string> = {};
  if (apiKey !== null) headers.authorization = `Bearer ${apiKey}`;
  if (timestamp !== null) headers['x-timestamp'] = timestamp;
  if (signature !== null) headers['x-signature'] = signature;
  const res = await request(`${sim.url}${options.path}`, { method: 'GET', headers });
  const text = await res.body.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.statusCode, headers: res.headers, text, json };
}

/** A readable failure message: the whole response. */
export function show(res: RawResponse): string {
  return `HTTP ${res.status} ${res.text}`;
}
