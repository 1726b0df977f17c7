import { constants, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../../../src/providers/openfx/signing.js';

const payload = (ts: string) => Buffer.from(`GET\n/v1/customers?limit=5&starting_after=cus_a1\n${ts}\n`, 'utf8');

describe('OpenFX request signer', () => {
  it('signs METHOD, path with query, timestamp and body with Ed25519 in standard base64', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    let now = 1_772_366_400_999;
    const sign = createSigner(privateKey, () => now);
    const headers = sign('get', '/v1/customers?limit=5&starting_after=cus_a1', '');
    expect(headers['x-timestamp']).toBe('1772366400');
    expect(headers['x-signature']).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect(verify(null, payload('1772366400'), publicKey, Buffer.from(headers['x-signature'], 'base64'))).toBe(true);
    now += 5_000;
    expect(sign('GET', '/v1/customers?limit=5&starting_after=cus_a1', '')['x-timestamp']).toBe('1772366405');
  });

  it('covers the body when there is one', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const sign = createSigner(privateKey, () => 1_000_000_000_000);
    const body = '{"a":"é"}';
    const headers = sign('POST', '/v1/onboardings', body);
    const signed = Buffer.from(`POST\n/v1/onboardings\n1000000000\n${body}`, 'utf8');
    expect(verify(null, signed, publicKey, Buffer.from(headers['x-signature'], 'base64'))).toBe(true);
  });

  it('signs with RSA-SHA256 and PKCS#1 v1.5 padding for an RSA key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const headers = createSigner(privateKey, () => 1_772_366_400_000)(
      'GET',
      '/v1/customers?limit=5&starting_after=cus_a1',
      '',
    );
    const ok = verify(
      'sha256',
      payload('1772366400'),
      { key: publicKey, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(headers['x-signature'], 'base64'),
    );
    expect(ok).toBe(true);
  });

  it('refuses keys it cannot sign with, without echoing them', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const ed = generateKeyPairSync('ed25519');
    expect(() => createSigner(ec.privateKey)).toThrow('must be an Ed25519 or RSA private key');
    expect(() => createSigner(createPublicKey(ed.privateKey))).toThrow('needs a private key');
    try {
      createSigner(ec.privateKey);
    } catch (err) {
      const pem = ec.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
      expect(String((err as Error).stack)).not.toContain(pem.split('\n')[1]);
    }
  });
});
