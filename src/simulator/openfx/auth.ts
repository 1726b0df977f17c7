import { constants, createHash, timingSafeEqual, verify, type KeyObject } from 'node:crypto';
import type { SimRequest } from '../http.js';

/** Why a request failed authentication; the `code` of the 401 body. */
export type AuthFailure = 'missing_header' | 'invalid_api_key' | 'timestamp_out_of_range' | 'invalid_signature';

/**
 * Largest accepted drift between `X-Timestamp` and the server clock, seconds.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
const MAX_CLOCK_SKEW_SECONDS = 60;

/**
 * The exact bytes a request signature covers:
 * `METHOD + "\n" + PATH_WITH_QUERY + "\n" + TIMESTAMP + "\n" + BODY`, UTF-8. The path is the one
 * received (with `/v1` and the query, no host); BODY is the raw body or the empty string.
 * Written independently of the client's signer so the tests catch a mismatch between the two.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/request-signing
 */
export function signedPayload(method: string, rawPath: string, timestamp: string, body: string): Buffer {
  return Buffer.from(`${method.toUpperCase()}\n${rawPath}\n${timestamp}\n${body}`, 'utf8');
}

/**
 * Checks the three required auth headers; returns `null` when the request passes.
 * Signature algorithm follows the registered key: Ed25519 (`verify(null, …)`), or RSA-SHA256 with
 * PKCS#1 v1.5 padding. The docs name RSA-SHA256 without its padding; we chose PKCS#1 v1.5 because
 * it is what "RSA-SHA256" means in JWS (RS256) and most signing APIs. Anything else never verifies.
 * @see https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/request-signing
 */
export function authenticate(
  req: SimRequest,
  expected: { apiKey: string; publicKey: KeyObject; nowSeconds: number },
): { code: AuthFailure; message: string } | null {
  const authorization = header(req, 'authorization');
  const timestamp = header(req, 'x-timestamp');
  const signature = header(req, 'x-signature');
  if (!authorization || !timestamp || !signature) {
    return {
      code: 'missing_header',
      message: 'Authorization, X-Timestamp and X-Signature headers are all required.',
    };
  }
  const match = /^Bearer (.+)$/.exec(authorization);
  if (!match || !sameSecret(match[1] as string, expected.apiKey)) {
    return { code: 'invalid_api_key', message: 'The API key is invalid or revoked.' };
  }
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Number(timestamp) - expected.nowSeconds) > MAX_CLOCK_SKEW_SECONDS) {
    return {
      code: 'timestamp_out_of_range',
      message: `X-Timestamp must be unix seconds within ${MAX_CLOCK_SKEW_SECONDS} seconds of server time.`,
    };
  }
  // Standard base64 only: URL-safe or unpadded text is a different encoding.
  // See https://openfx-api-docs-example.pages.dev/mvp/guides/authentication/request-signing
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(signature) || signature.length % 4 !== 0) {
    return { code: 'invalid_signature', message: 'X-Signature is not a valid signature for this request.' };
  }
  const payload = signedPayload(req.method, req.rawPath, timestamp, req.body);
  if (!verifySignature(expected.publicKey, payload, Buffer.from(signature, 'base64'))) {
    return { code: 'invalid_signature', message: 'X-Signature is not a valid signature for this request.' };
  }
  return null;
}

function verifySignature(publicKey: KeyObject, payload: Buffer, signature: Buffer): boolean {
  try {
    switch (publicKey.asymmetricKeyType) {
      case 'ed25519':
        return verify(null, payload, publicKey, signature);
      case 'rsa':
        return verify('sha256', payload, { key: publicKey, padding: constants.RSA_PKCS1_PADDING }, signature);
      default:
        return false;
    }
  } catch {
    return false;
  }
}

function header(req: SimRequest, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

// Hashing first gives equal-length buffers, so the comparison time does not reveal the key length.
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
