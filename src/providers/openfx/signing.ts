import { constants, sign, type KeyObject } from 'node:crypto';

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
 * Creates the OpenFX request signer (openfx.md §2): standard-base64 signature over the UTF-8 bytes of
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
