import { constants, sign, type KeyObject } from 'node:crypto';
import type { Dispatcher } from 'undici';

/** The two auth headers a signature adds; `Authorization` is set by the client. */
export interface SignatureHeaders {
  'x-timestamp': string;
  'x-signature': string;
}

/**
 * Signs one request: `(METHOD, path with query as sent, exact body or '')` → headers. Each call
 * reads the clock, so every attempt (retries included) carries a fresh timestamp.
 */
export type RequestSigner = (method: string, pathWithQuery: string, body: string) => SignatureHeaders;

/**
 * Creates the OpenFX request signer: standard-base64 signature over the UTF-8 bytes of
 * `METHOD + "\n" + PATH_WITH_QUERY + "\n" + TIMESTAMP + "\n" + BODY`, with `X-Timestamp` in unix
 * seconds. The algorithm follows the key: Ed25519 (the documented path), or RSA-SHA256 with PKCS#1
 * v1.5 padding — the docs name RSA-SHA256 without its padding; PKCS#1 v1.5 is what RS256 means
 * elsewhere and what the simulator verifies.
 *
 * The key lives only in this closure: it is never a property of anything that could be logged or
 * serialised, and no error raised here mentions it.
 *
 * @param privateKey an Ed25519 or RSA private `KeyObject` (config.ts parses the PEM once).
 * @param now clock in ms since epoch; default `Date.now`. Injected so tests control timestamps.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/request-signing
 */
export function createSigner(privateKey: KeyObject, now: () => number = Date.now): RequestSigner {
  if (privateKey.type !== 'private') throw new Error('OpenFX signing needs a private key.');
  const algorithm = privateKey.asymmetricKeyType;
  if (algorithm !== 'ed25519' && algorithm !== 'rsa') {
    throw new Error('OpenFX signing key must be an Ed25519 or RSA private key.');
  }
  return (method, pathWithQuery, body) => {
    const timestamp = String(Math.floor(now() / 1000));
    const payload = Buffer.from(`${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${body}`, 'utf8');
    const signature =
      algorithm === 'ed25519'
        ? sign(null, payload, privateKey)
        : sign('sha256', payload, { key: privateKey, padding: constants.RSA_PKCS1_PADDING });
    return { 'x-timestamp': timestamp, 'x-signature': signature.toString('base64') };
  };
}

const SIGNATURE_HEADERS = new Set(['x-timestamp', 'x-signature']);

/**
 * An undici interceptor that signs every dispatch with `sign`, just before it goes on the wire.
 * Compose it inside (before) the retry interceptor — `pool.compose(signing, retry)` makes retry the
 * outermost — so each retry passes through it again and carries its own fresh `X-Timestamp` and
 * signature (timestamps older than 60 s are refused). The key stays in `sign`'s closure.
 *
 * Bodies must be strings (the signature covers their exact bytes); errors thrown by `sign` end the
 * request with that error.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export function signingInterceptor(sign: RequestSigner): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    const body = opts.body ?? '';
    if (typeof body !== 'string') throw new TypeError('OpenFX requests are signed over a string body.');
    const signature = sign(opts.method, opts.path, body);
    return dispatch({ ...opts, headers: withHeaders(opts.headers, signature) }, handler);
  };
}

/** `headers` (any form undici accepts) with `extra` set, replacing earlier signature headers. */
function withHeaders(headers: Dispatcher.DispatchOptions['headers'], extra: SignatureHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (name: string, value: unknown) => {
    if (value === undefined || value === null || SIGNATURE_HEADERS.has(name.toLowerCase())) return;
    out[name] = Array.isArray(value) ? value.join(', ') : String(value);
  };
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) put(String(headers[i]), headers[i + 1]);
  } else if (headers && typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const [name, value] of headers as Iterable<[string, unknown]>) put(name, value);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) put(name, value);
  }
  // Object.assign, not a spread of both: this runs on every OpenFX attempt (spreads are slow on Node 20).
  return Object.assign(out, extra);
}
