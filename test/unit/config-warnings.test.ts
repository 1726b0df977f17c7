import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { configWarnings } from '../../src/config-warnings.js';

// Settings that parse but do nothing are warned about at start-up, one sentence each, naming the
// variables and never their values.

function warningsFor(env: Record<string, string>): string[] {
  return configWarnings(env, loadConfig(env));
}

const FIN = { FIN_API_URL: 'https://sandbox.api.fin.com', FIN_CLIENT_ID: 'fin-id', FIN_CLIENT_SECRET: 'fin-secret' };

describe('configWarnings', () => {
  it('is silent for a plain configuration', () => {
    expect(warningsFor({})).toEqual([]);
    expect(warningsFor({ ...FIN, API_KEYS: 'k', NODE_ENV: 'production' })).toEqual([]);
  });

  it('names OpenFX credentials set without OPENFX_API_URL', () => {
    expect(warningsFor({ OPENFX_PRIVATE_KEY_FILE: '/run/secrets/openfx.pem', OPENFX_API_KEY: 'secret-value' })).toEqual(
      ['OPENFX_API_KEY, OPENFX_PRIVATE_KEY_FILE have no effect without OPENFX_API_URL.'],
    );
  });

  it('names Fin.com and SpherePay credentials and pool settings set without their URL', () => {
    const warnings = warningsFor({ FIN_CLIENT_ID: 'id', FIN_CONNECTIONS: '8', SPHEREPAY_API_KEY: 'secret-value' });
    expect(warnings).toEqual([
      'FIN_CLIENT_ID, FIN_CONNECTIONS have no effect without FIN_API_URL.',
      'SPHEREPAY_API_KEY has no effect without SPHEREPAY_API_URL.',
    ]);
    expect(warnings.join(' ')).not.toContain('secret-value');
  });

  it('names a webhook secret whose provider is not configured, except with the simulator', () => {
    expect(warningsFor({ ...FIN, API_KEYS: 'k', SPHEREPAY_WEBHOOK_SECRET: 'whsec-value' })).toEqual([
      'SPHEREPAY_WEBHOOK_SECRET has no effect without SPHEREPAY_API_URL.',
    ]);
    expect(warningsFor({ ...FIN, API_KEYS: 'k', FIN_WEBHOOK_SECRET: 'whsec-value' })).toEqual([]);
    expect(warningsFor({ SPHEREPAY_WEBHOOK_SECRET: 'whsec-value' })).toEqual([]);
  });

  it('names ALLOW_UNAUTHENTICATED when API_KEYS is set, or with the simulator', () => {
    expect(warningsFor({ ...FIN, API_KEYS: 'k', ALLOW_UNAUTHENTICATED: 'true' })).toEqual([
      'ALLOW_UNAUTHENTICATED has no effect: API_KEYS is set, so clients must send a key.',
    ]);
    expect(warningsFor({ ALLOW_UNAUTHENTICATED: 'true' })).toEqual([
      'ALLOW_UNAUTHENTICATED has no effect with the embedded simulator.',
    ]);
    expect(warningsFor({ ...FIN, ALLOW_UNAUTHENTICATED: 'true' })).toEqual([]);
  });

  it('names upstream pool settings with the simulator', () => {
    expect(warningsFor({ UPSTREAM_CONNECTIONS: '4' })).toEqual([
      'UPSTREAM_CONNECTIONS has no effect with the embedded simulator.',
    ]);
  });

  it('names OPENFX_PRIVATE_KEY_FILE when OPENFX_PRIVATE_KEY wins over it', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const env = {
      OPENFX_API_URL: 'https://api.openfx.test',
      OPENFX_API_KEY: 'k',
      OPENFX_PRIVATE_KEY: pem,
      OPENFX_PRIVATE_KEY_FILE: '/nonexistent.pem',
      API_KEYS: 'k',
    };
    expect(warningsFor(env)).toEqual(['OPENFX_PRIVATE_KEY_FILE has no effect: OPENFX_PRIVATE_KEY is set and wins.']);
  });

  it('names a NODE_ENV that is almost production', () => {
    expect(warningsFor({ NODE_ENV: 'prod' })).toEqual([
      'NODE_ENV is neither production, development nor test: running with development defaults.',
    ]);
  });
});
