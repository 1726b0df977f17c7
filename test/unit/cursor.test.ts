import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CustomerType } from '../../src/model/customer.js';
import { UserInputError } from '../../src/model/errors.js';
import { checkPageArguments, cursorCodec, encodeCursor } from '../../src/providers/cursor.js';
import type { ListQuery } from '../../src/providers/types.js';

const fin = cursorCodec('FIN', { o: z.number().int().min(0) });
const spherePay = cursorCodec('SPHEREPAY', { o: z.number().int().min(0) });
/** Like Fin.com's list: a filtered walk has only the segment of its `type`. */
const segmented = cursorCodec(
  'FIN',
  { s: z.enum(['INDIVIDUAL', 'BUSINESS']), o: z.number().int().min(0) },
  { fits: (position, type) => type === null || position.s === type },
);

const query = (after: string | null, type: CustomerType | null = null, first = 5): ListQuery => ({
  type,
  first,
  after,
});

/** The error `run` throws, to assert its message and provider. */
function refusal(run: () => unknown): UserInputError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(UserInputError);
    return err as UserInputError;
  }
  throw new Error('expected a UserInputError');
}

const GARBLED = 'Invalid cursor: pass back an `endCursor` or edge `cursor` unchanged.';
const ALTERED = 'Invalid cursor for FIN: it comes from another list or was altered.';
const OTHER_TYPE = 'Invalid cursor for FIN: it was made for a different `type`.';

/** A cursor whose JSON is `json`, as a client could forge it. */
const forge = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

describe('cursorCodec', () => {
  it.each([null, 'INDIVIDUAL', 'BUSINESS'] as const)('round-trips a position made for type %s', (type) => {
    const cursor = fin.encode(type, { o: 40 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fin.read(query(cursor, type))).toEqual({ o: 40 });
  });

  it('reads no cursor as the start of the list', () => {
    expect(fin.read(query(null))).toBeNull();
  });

  it.each(['', 'not a cursor', 'eyJ4IjoxfQ', encodeCursor('SPHEREPAY', { o: 1 }), encodeCursor('FIN', { o: 'x' })])(
    'refuses %j',
    (cursor) => {
      expect(() => fin.read(query(cursor))).toThrow(UserInputError);
    },
  );

  it("refuses another provider's cursor, naming the provider that was asked", () => {
    const error = refusal(() => fin.read(query(spherePay.encode(null, { o: 1 }))));
    expect(error).toMatchObject({ message: ALTERED, provider: 'FIN' });
  });

  it.each([
    ['BUSINESS', null],
    [null, 'BUSINESS'],
    ['INDIVIDUAL', 'BUSINESS'],
  ] as const)('refuses a cursor made for type %s on a list of type %s', (made, asked) => {
    const error = refusal(() => fin.read(query(fin.encode(made, { o: 3 }), asked)));
    expect(error).toMatchObject({ message: OTHER_TYPE, provider: 'FIN' });
  });

  it.each([
    ['a negative offset', { p: 'FIN', o: -1, t: null }],
    ['a fractional offset', { p: 'FIN', o: 1.5, t: null }],
    ['an offset of another type', { p: 'FIN', o: '0&per_page=10000', t: null }],
    ['an added field', { p: 'FIN', o: 1, t: null, a: 'cus_../../admin' }],
    ['a missing type filter', { p: 'FIN', o: 1 }],
    ['an unknown type filter', { p: 'FIN', o: 1, t: 'ADMIN' }],
    ['a lower-cased provider', { p: 'fin', o: 1, t: null }],
    ['no provider', { o: 1, t: null }],
    ['null', null],
    ['an array', []],
  ])('refuses a cursor with %s as altered', (_, state) => {
    const error = refusal(() => fin.read(query(forge(JSON.stringify(state)))));
    expect(error).toMatchObject({ message: ALTERED, provider: 'FIN' });
  });

  it("refuses a position the type filter's list cannot hold", () => {
    const forged = forge(JSON.stringify({ p: 'FIN', s: 'INDIVIDUAL', o: 0, t: 'BUSINESS' }));
    expect(refusal(() => segmented.read(query(forged, 'BUSINESS')))).toMatchObject({ message: ALTERED });
    const made = segmented.encode('BUSINESS', { s: 'BUSINESS', o: 2 });
    expect(segmented.read(query(made, 'BUSINESS'))).toEqual({ s: 'BUSINESS', o: 2 });
  });

  it.each([
    ['an empty string', ''],
    ['not base64url', 'not a cursor!'],
    ['padding', `${fin.encode(null, { o: 1 })}=`],
    ['a path', `${fin.encode(null, { o: 1 })}/../x`],
    ['base64 of text that is not JSON', forge('not json')],
    ['an oversize string', 'x'.repeat(10_000)],
    ['an oversize cursor of valid JSON', forge(JSON.stringify({ p: 'FIN', o: 1, t: null, pad: 'x'.repeat(400) }))],
  ])('refuses %s as garbled, before reading it', (_, cursor) => {
    expect(refusal(() => fin.read(query(cursor)))).toMatchObject({ message: GARBLED, provider: 'FIN' });
  });

  it.each([0, -1, 513, 1.5, Number.NaN])('refuses first=%s', (first) => {
    const error = refusal(() => fin.read(query(null, null, first)));
    expect(error).toMatchObject({ message: 'first must be between 1 and 512.', provider: 'FIN' });
  });

  it.each([1, 512])('accepts first=%i', (first) => {
    expect(fin.read(query(fin.encode(null, { o: 0 }), null, first))).toEqual({ o: 0 });
  });

  it('checks first before the cursor', () => {
    expect(refusal(() => fin.read(query('not a cursor!', null, 0))).message).toBe('first must be between 1 and 512.');
  });
});

describe('cursors issued before the codec', () => {
  it('reads a Fin.com cursor that names its filter `f`, and still checks it', () => {
    const before = encodeCursor('FIN', { s: 'BUSINESS', o: 3, f: 'BUSINESS' });
    expect(segmented.read(query(before, 'BUSINESS'))).toEqual({ s: 'BUSINESS', o: 3 });
    expect(refusal(() => segmented.read(query(before, null))).message).toBe(OTHER_TYPE);
    const both = encodeCursor('FIN', { s: 'BUSINESS', o: 3, f: 'BUSINESS', t: 'BUSINESS' });
    expect(refusal(() => segmented.read(query(both, 'BUSINESS'))).message).toBe(ALTERED);
  });
});

describe('checkPageArguments', () => {
  it('accepts a page of 1 to 512 rows with or without a cursor', () => {
    expect(() => checkPageArguments('OPENFX', 1, null)).not.toThrow();
    expect(() => checkPageArguments('OPENFX', 512, 'abc')).not.toThrow();
  });

  it.each([0, 513, 2.5])('refuses first=%s for the provider asked', (first) => {
    const error = refusal(() => checkPageArguments('OPENFX', first, null));
    expect(error).toMatchObject({ message: 'first must be between 1 and 512.', provider: 'OPENFX' });
  });

  it('refuses an empty cursor, which no provider issues', () => {
    expect(refusal(() => checkPageArguments('SPHEREPAY', 5, ''))).toMatchObject({
      message: GARBLED,
      provider: 'SPHEREPAY',
    });
  });
});
