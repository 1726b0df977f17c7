import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/model/errors.js';
import { fromGlobalId, toGlobalId } from '../../src/model/global-id.js';
import { parseCustomerId } from '../../src/providers/ids.js';

describe('global ids', () => {
  it('round-trips a reference and stays opaque', () => {
    const id = toGlobalId({ provider: 'SPHEREPAY', providerId: 'customer_f31121c389624d3697cbf3ea8830b7a4' });
    expect(id).not.toContain('customer_');
    expect(fromGlobalId(id)).toEqual({ provider: 'SPHEREPAY', rawId: 'customer_f31121c389624d3697cbf3ea8830b7a4' });
  });

  it('rejects non-canonical encodings and foreign text', () => {
    const id = toGlobalId({ provider: 'FIN', providerId: '56c41b8e-e650-4f55-94f6-26a888a9b64d' });
    expect(fromGlobalId(`${id}=`)).toBeNull();
    expect(fromGlobalId(Buffer.from('User:FIN:1').toString('base64url'))).toBeNull();
    expect(fromGlobalId(Buffer.from('Customer:BANK:1').toString('base64url'))).toBeNull();
  });
});

describe('parseCustomerId', () => {
  it('routes raw ids by their whole prefix or UUID shape', () => {
    expect(parseCustomerId('56C41B8E-E650-4F55-94F6-26A888A9B64D')).toEqual({
      provider: 'FIN',
      providerId: '56c41b8e-e650-4f55-94f6-26a888a9b64d',
    });
    expect(parseCustomerId('customer_f31121c389624d3697cbf3ea8830b7a4').provider).toBe('SPHEREPAY');
    expect(parseCustomerId('cus_01953e1a5f4b7000').provider).toBe('OPENFX');
  });

  it('routes global ids to their provider', () => {
    const id = toGlobalId({ provider: 'OPENFX', providerId: 'cus_01953e1a5f4b7000' });
    expect(parseCustomerId(id)).toEqual({ provider: 'OPENFX', providerId: 'cus_01953e1a5f4b7000' });
  });

  it.each([
    '',
    'cus',
    'cust_abc',
    'customer_ABC',
    'cus_../../admin',
    'cus_%2e%2e',
    'cus_a?b=1',
    'cus_a#b',
    'cus_a@evil.com',
    'cus_a\nb',
    'ent_01953e1a5f4b7100',
    'customer_' + 'a'.repeat(65),
    '56c41b8e-e650-4f55-94f6-26a888a9b64',
    'cus_ｃｕｓ',
    'x'.repeat(401),
    toGlobalId({ provider: 'FIN', providerId: '../v1/oauth/token' }),
    toGlobalId({ provider: 'SPHEREPAY', providerId: 'cus_01953e1a5f4b7000' }),
  ])('refuses %j as malformed', (input) => {
    expect(() => parseCustomerId(input)).toThrow(UserInputError);
  });
});
