import { readFileSync } from 'node:fs';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { optionalText, required } from '../../env-vars.js';
import type { PoolOptions } from '../http.js';
import { providerConfig } from '../module.js';

/** OpenFX: an API key, and the private key every request is signed with. */
export interface OpenFxConfig {
  readonly url: string;
  readonly pool?: PoolOptions;
  readonly apiKey: string;
  /** Parsed once at start-up; only the signing function ever uses it. */
  readonly privateKey: KeyObject;
}

/**
 * `OPENFX_API_URL`, `OPENFX_API_KEY`, the signing key inline (`OPENFX_PRIVATE_KEY`, which wins) or
 * from a file (`OPENFX_PRIVATE_KEY_FILE`), and the `OPENFX_*` pool settings.
 */
export const openFxConfig = providerConfig({
  prefix: 'OPENFX',
  settings: {
    OPENFX_API_KEY: required('OPENFX_API_KEY'),
    OPENFX_PRIVATE_KEY: optionalText,
    OPENFX_PRIVATE_KEY_FILE: optionalText,
  },
  build(env, ctx): OpenFxConfig {
    const privateKey = signingKey(env.OPENFX_PRIVATE_KEY, env.OPENFX_PRIVATE_KEY_FILE);
    if (typeof privateKey === 'string') {
      ctx.addIssue({ code: 'custom', message: privateKey });
      return z.NEVER;
    }
    return { url: env.url, pool: env.pool, apiKey: env.OPENFX_API_KEY, privateKey };
  },
  warnings: (env) =>
    env.OPENFX_PRIVATE_KEY && env.OPENFX_PRIVATE_KEY_FILE
      ? ['OPENFX_PRIVATE_KEY_FILE has no effect: OPENFX_PRIVATE_KEY is set and wins.']
      : [],
});

/** The Ed25519 or RSA private key, or the one-line refusal naming the variable it came from. */
function signingKey(inline: string | null, file: string | null): KeyObject | string {
  let pem = inline;
  let name = 'OPENFX_PRIVATE_KEY';
  if (!pem && file) {
    name = 'OPENFX_PRIVATE_KEY_FILE';
    try {
      pem = readFileSync(file, 'utf8');
    } catch {
      return 'OPENFX_PRIVATE_KEY_FILE cannot be read.';
    }
  }
  if (!pem) return 'OPENFX_PRIVATE_KEY or OPENFX_PRIVATE_KEY_FILE is required when OPENFX_API_URL is set.';
  let key: KeyObject;
  try {
    // Environment files often hold the PEM on one line with literal `\n`.
    key = createPrivateKey(pem.replace(/\\n/g, '\n'));
  } catch {
    return `${name} does not hold a PEM private key.`;
  }
  if (key.asymmetricKeyType !== 'ed25519' && key.asymmetricKeyType !== 'rsa') {
    return `${name} must be an Ed25519 or RSA private key.`;
  }
  return key;
}
