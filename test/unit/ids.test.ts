import { describe, expect, it } from 'vitest';
import { UserInputError } from '../../src/model/errors.js';
import { fromGlobalId, toGlobalId } from '../../src/model/global-id.js';
import { parseCustomerId } from '../../src/providers/ids.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

describe('global ids', () => {
  it('round-trips a reference and stays opaque', () => {
    const id = toGlobalId({ provider: 'SPHEREPAY', providerId: spherepay.individual.id });
    expect(id).not.toContain('customer_');
    expect(fromGlobalId(id)).toEqual({ provider: 'SPHEREPAY', rawId: spherepay.individual.id });
  });

  it('rejects non-canonical encodings and foreign text', () => {
    const id = toGlobalId({ provider: 'FIN', providerId: fin.onHoldIndividual.id });
    expect(fromGlobalId(`${id}=`)).toBeNull();
    expect(fromGlobalId(Buffer.from('User:FIN:1').toString('base64url'))).toBeNull();
    expect(fromGlobalId(Buffer.from('Customer:BANK:1').toString('base64url'))).toBeNull();
  });
});

describe('parseCustomerId', () => {
  it('routes raw ids by their whole prefix or UUID shape', () => {
    expect(parseCustomerId(fin.onHoldIndividual.id.toUpperCase())).toEqual({
      provider: 'FIN',
      providerId: fin.onHoldIndividual.id,
    });
    expect(parseCustomerId(spherepay.individual.id).provider).toBe('SPHEREPAY');
    expect(parseCustomerId(openfx.activeBusiness.id).provider).toBe('OPENFX');
  });

  it('routes global ids to their provider', () => {
    const id = toGlobalId({ provider: 'OPENFX', providerId: openfx.activeBusiness.id });
    expect(parseCustomerId(id)).toEqual({ provider: 'OPENFX', providerId: openfx.activeBusiness.id });
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
    fin.malformedId,
    'cus_ｃｕｓ',
    'x'.repeat(401),
    toGlobalId({ provider: 'FIN', providerId: '../v1/oauth/token' }),
    toGlobalId({ provider: 'SPHEREPAY', providerId: openfx.activeBusiness.id }),
  ])('refuses %j as malformed', (input) => {
    expect(() => parseCustomerId(input)).toThrow(UserInputError);
  });
});
