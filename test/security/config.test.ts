import { mkdtempSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

// Start-up refuses unsafe or broken configuration with one line that names the variable and never
// echoes its value.

const FIN = {
  FIN_API_URL: 'https://sandbox.api.fin.com',
  FIN_CLIENT_ID: 'id',
  FIN_CLIENT_SECRET: 'client-secret-value',
};
const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const OPENFX = { OPENFX_API_URL: 'https://api.openfx.test', OPENFX_API_KEY: 'openfx-key' };

/** The ConfigError `loadConfig(env)` throws (fails when it does not throw one). */
function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(Object.keys(env))}`);
}

describe('client authentication at start-up', () => {
  it('is required when a real provider is configured', () => {
    expect(refusal(FIN).message).toMatch(/^API_KEYS is required when real providers are configured/);
  });

  it('treats a blank API_KEYS as none', () => {
    expect(refusal({ ...FIN, API_KEYS: ' , ,' }).message).toMatch(/^API_KEYS is required/);
  });

  it('may be waived explicitly with ALLOW_UNAUTHENTICATED=true', () => {
    expect(loadConfig({ ...FIN, ALLOW_UNAUTHENTICATED: 'true' }).apiKeys).toBeNull();
  });

  it('refuses an ALLOW_UNAUTHENTICATED that is not a boolean', () => {
    expect(refusal({ ...FIN, ALLOW_UNAUTHENTICATED: 'yes' }).message).toMatch(/^ALLOW_UNAUTHENTICATED must be/);
  });

  it('reads API_KEYS as a trimmed, comma-separated list', () => {
    expect(loadConfig({ ...FIN, API_KEYS: ' k1 ,k2,, k3' }).apiKeys).toEqual(['k1', 'k2', 'k3']);
  });

  it('is optional with the embedded simulator', () => {
    const config = loadConfig({});
    expect([config.useSimulator, config.apiKeys]).toEqual([true, null]);
  });
});

describe('introspection', () => {
  it('is on by default outside production', () => {
    expect(loadConfig({}).introspection).toBe(true);
  });

  const PRODUCTION = { NODE_ENV: 'production', ...FIN, API_KEYS: 'k' };

  it('is off with NODE_ENV=production', () => {
    expect(loadConfig(PRODUCTION)).toMatchObject({ production: true, introspection: false });
  });

  it('can be turned on in production with INTROSPECTION=true', () => {
    expect(loadConfig({ ...PRODUCTION, INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('can be turned off in development with INTROSPECTION=false', () => {
    expect(loadConfig({ INTROSPECTION: 'false' }).introspection).toBe(false);
  });
});

describe('bad configuration', () => {
  it.each([
    ['ftp://sandbox.api.fin.com', /^FIN_API_URL must be an http\(s\) URL\.$/],
    ['file:///etc/passwd', /^FIN_API_URL must be an http\(s\) URL\.$/],
    ['javascript:alert(1)', /^FIN_API_URL must be an http\(s\) URL\.$/],
    ['not a url', /^FIN_API_URL is not a URL\.$/],
    ['https://user:pass@sandbox.api.fin.com', /^FIN_API_URL must be an origin/],
    ['https://sandbox.api.fin.com/v2', /^FIN_API_URL must be an origin/],
  ])('refuses FIN_API_URL=%s naming the variable', (url, message) => {
    const error = refusal({ ...FIN, FIN_API_URL: url, API_KEYS: 'k' });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(url);
  });

  it('names SPHEREPAY_API_URL when it is not http(s)', () => {
    const error = refusal({ SPHEREPAY_API_URL: 'gopher://x', SPHEREPAY_API_KEY: 'k', API_KEYS: 'k' });
    expect(error.message).toMatch(/^SPHEREPAY_API_URL must be an http\(s\) URL/);
  });

  it('names a missing credential', () => {
    expect(refusal({ FIN_API_URL: FIN.FIN_API_URL, FIN_CLIENT_ID: 'id', API_KEYS: 'k' }).message).toMatch(
      /^FIN_CLIENT_SECRET is required/,
    );
  });

  it('accepts a PEM private key inline or from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-config-'));
    const file = join(dir, 'key.pem');
    writeFileSync(file, pem);
    const inline = loadConfig({ ...OPENFX, OPENFX_PRIVATE_KEY: pem, API_KEYS: 'k' });
    const fromFile = loadConfig({ ...OPENFX, OPENFX_PRIVATE_KEY_FILE: file, API_KEYS: 'k' });
    expect([inline, fromFile].map((c) => c.providers.openfx?.privateKey.asymmetricKeyType)).toEqual([
      'ed25519',
      'ed25519',
    ]);
  });

  it('names OPENFX_PRIVATE_KEY when it does not parse, without echoing it', () => {
    const bad = pem.replace(/[A-Za-z0-9+/]{20}/, 'A'.repeat(20));
    const error = refusal({ ...OPENFX, OPENFX_PRIVATE_KEY: bad, API_KEYS: 'k' });
    expect(error.message).toBe('OPENFX_PRIVATE_KEY does not hold a PEM private key.');
  });

  it('names OPENFX_PRIVATE_KEY_FILE when the file holds no private key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-config-'));
    const file = join(dir, 'garbage.pem');
    writeFileSync(file, '-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n');
    expect(refusal({ ...OPENFX, OPENFX_PRIVATE_KEY_FILE: file, API_KEYS: 'k' }).message).toBe(
      'OPENFX_PRIVATE_KEY_FILE does not hold a PEM private key.',
    );
  });

  it('names OPENFX_PRIVATE_KEY_FILE when the file cannot be read', () => {
    expect(
      refusal({ ...OPENFX, OPENFX_PRIVATE_KEY_FILE: join(tmpdir(), 'no-such-dir', 'key.pem'), API_KEYS: 'k' }).message,
    ).toBe('OPENFX_PRIVATE_KEY_FILE cannot be read.');
  });

  it('names OPENFX_PRIVATE_KEY when it is a public key', () => {
    const publicPem = generateKeyPairSync('ed25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(refusal({ ...OPENFX, OPENFX_PRIVATE_KEY: publicPem, API_KEYS: 'k' }).message).toBe(
      'OPENFX_PRIVATE_KEY does not hold a PEM private key.',
    );
  });

  it('names OPENFX_PRIVATE_KEY when the key is neither Ed25519 nor RSA', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' });
    expect(refusal({ ...OPENFX, OPENFX_PRIVATE_KEY: ec.toString(), API_KEYS: 'k' }).message).toBe(
      'OPENFX_PRIVATE_KEY must be an Ed25519 or RSA private key.',
    );
  });

  it.each(['loud', 'INFO', 'verbose'])('names LOG_LEVEL=%s and lists the levels', (level) => {
    expect(refusal({ LOG_LEVEL: level }).message).toBe(
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent.',
    );
  });

  it('accepts every pino level', () => {
    const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
    expect(levels.map((LOG_LEVEL) => loadConfig({ LOG_LEVEL }).logLevel)).toEqual(levels);
  });

  it('names LOG_FORMAT when it is neither json nor pretty', () => {
    expect(refusal({ LOG_FORMAT: 'yaml' }).message).toBe('LOG_FORMAT must be one of json, pretty.');
    expect([loadConfig({}).logFormat, loadConfig({ LOG_FORMAT: 'pretty' }).logFormat]).toEqual(['json', 'pretty']);
  });

  it('refuses NODE_ENV=production with no provider URL instead of serving the simulator', () => {
    // A typo in every *_API_URL (or a lost secret) must not become simulated customers without auth.
    const typo: Record<string, string>[] = [{}, { FIN_API_ULR: FIN.FIN_API_URL, API_KEYS: 'k' }];
    for (const env of typo) {
      expect(refusal({ NODE_ENV: 'production', ...env }).message).toMatch(
        /^NODE_ENV=production needs a provider: set FIN_API_URL, SPHEREPAY_API_URL or OPENFX_API_URL/,
      );
    }
  });

  it('names a number out of range', () => {
    expect(refusal({ REQUEST_TIMEOUT_MS: '5' }).message).toMatch(/^REQUEST_TIMEOUT_MS must be a whole number/);
  });
});
