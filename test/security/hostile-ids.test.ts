import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { describeResponse, postGraphQL, type RawResponse } from './raw-http.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// No client input can steer a request to another path or host: every id is checked against its
// provider's pattern (and path-encoded) before any request, every cursor is checked before the
// first page is fetched. Each case must be BAD_USER_INPUT with zero requests to every simulator.

const FIN = fin.actionRequiredBusiness.id;
const SPHERE = spherepay.individual.id;
const OPENFX = openfx.activeBusiness.id;
const PROVIDERS = ['FIN', 'SPHEREPAY', 'OPENFX'] as const;

/** Strings that would change the path, query, host or header set if they reached a URL unchecked. */
const HOSTILE = [
  '../',
  '../../v1/admin',
  '..%2f..%2fadmin',
  '%2e%2e',
  '%2e%2e%2f',
  '.',
  '..',
  '/',
  '//evil.example/x',
  'http://evil.example/',
  '?',
  '#',
  '@evil.example',
  `${FIN}/../../admin`,
  `${FIN}/`,
  `${FIN}?expand=all`,
  `${FIN}#x`,
  `${FIN}%2F..`,
  `${FIN}\n`,
  ` ${FIN}`,
  `${FIN}\u0000`,
  `${SPHERE}/../../v1/admin`,
  `${SPHERE}?limit=1`,
  `${SPHERE}#`,
  `${SPHERE}@evil.example`,
  `${SPHERE}\r\nHost: evil.example`,
  `${SPHERE}\u0000`,
  `${SPHERE}%00`,
  `${SPHERE} `,
  `${OPENFX}/..`,
  `${OPENFX}/../../v1/customers`,
  `${OPENFX}?starting_after=x`,
  `${OPENFX}#frag`,
  `${OPENFX}@evil.example`,
  `${OPENFX}\r\nX-Injected: 1`,
  `${OPENFX}\n`,
  `${OPENFX}\t`,
  `${OPENFX}\u2028`,
  `${OPENFX}%0d%0a`,
  `cus_${'a'.repeat(65)}`,
  `customer_${'a'.repeat(65)}`,
  'cus_' + 'a'.repeat(100_000),
  // Homoglyphs and look-alikes: Cyrillic "с"/"е", fullwidth digits, Kelvin sign, dotless i.
  '671536f8-ddc5-4b1e-bd6f-27d0ed07a27с',
  '671536f8-ddс5-4b1е-bd6f-27d0ed07a27c',
  '６７１536f8-ddc5-4b1e-bd6f-27d0ed07a27c',
  'cus_01953e1a5f4b7000\u200b',
  'cus_01953e1a5f4b70０0',
  'сus_01953e1a5f4b7000',
  'customer_f31121c389624d3697cbf3ea8830b7a\u212a',
  'customer_f31121c389624d3697cbf3ea8830b7\u0131a',
  'CUSTOMER_f31121c389624d3697cbf3ea8830b7a4',
  'customer_F31121C389624D3697CBF3EA8830B7A4',
  'ent_01953e1a5f4b7100',
  '',
  ' ',
];

/** A global id wrapping any text, as a forger would build it. */
const forge = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Global ids that decode to a hostile raw id for every provider, and other forgeries. */
const FORGED = [
  ...PROVIDERS.flatMap((p) =>
    ['../../admin', `${FIN}/../x`, `${SPHERE}?x=1`, `${OPENFX}#x`, `${OPENFX}\r\nX: 1`, '%2e%2e', '@evil.example'].map(
      (s) => [`Customer:${p}:${s}`, forge(`Customer:${p}:${s}`)] as const,
    ),
  ),
  // Another provider's id under the wrong provider.
  [`Customer:FIN:${SPHERE}`, forge(`Customer:FIN:${SPHERE}`)],
  [`Customer:SPHEREPAY:${OPENFX}`, forge(`Customer:SPHEREPAY:${OPENFX}`)],
  [`Customer:OPENFX:${FIN}`, forge(`Customer:OPENFX:${FIN}`)],
  // Wrong type name, lower-case or unknown provider, extra separators, padding.
  [`Node:FIN:${FIN}`, forge(`Node:FIN:${FIN}`)],
  [`Customer:fin:${FIN}`, forge(`Customer:fin:${FIN}`)],
  [`Customer:EVIL:${FIN}`, forge(`Customer:EVIL:${FIN}`)],
  [`Customer:OPENFX:${OPENFX}:x`, forge(`Customer:OPENFX:${OPENFX}:x`)],
  [`Customer:FIN:${FIN} (padded base64)`, Buffer.from(`Customer:FIN:${FIN}`).toString('base64')],
] as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
beforeEach(() => h.sims.resetCounters());

/** Asserts every error is BAD_USER_INPUT and that no simulator saw a request. */
function expectRefusedInput(res: RawResponse, expectedErrors: number) {
  expect(res.status, describeResponse(res)).toBe(200);
  expect(res.json?.errors?.length, describeResponse(res)).toBe(expectedErrors);
  for (const error of res.json?.errors ?? []) {
    expect(error.extensions?.code, describeResponse(res)).toBe('BAD_USER_INPUT');
  }
  expect(h.sims.requestCount(), describeResponse(res)).toBe(0);
}

describe('hostile raw ids', () => {
  it.each(HOSTILE.map((id) => [JSON.stringify(id).slice(0, 60), id]))(
    '%s is BAD_USER_INPUT for customer and node, with no upstream request',
    async (_, id) => {
      const res = await postGraphQL(h, {
        query: 'query($id: ID!) { customer(id: $id) { id } node(id: $id) { id } }',
        variables: { id },
      });
      expect(res.json?.data, describeResponse(res)).toEqual({ customer: null, node: null });
      expectRefusedInput(res, 2);
    },
  );

  it('are each refused in one nodes list, with no upstream request', async () => {
    const res = await postGraphQL(h, {
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: HOSTILE.slice(0, -3) },
    });
    expect((res.json?.data as { nodes: unknown[] }).nodes.every((n) => n === null)).toBe(true);
    expectRefusedInput(res, HOSTILE.length - 3);
  });

  it('are refused as federation entity keys, with no upstream request', async () => {
    const representations = HOSTILE.slice(0, 20).map((id) => ({ __typename: 'Customer', id }));
    const res = await postGraphQL(h, {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }',
      variables: { r: representations },
    });
    expectRefusedInput(res, representations.length);
  });
});

describe('forged global ids', () => {
  it.each(FORGED.map(([label, id]) => [JSON.stringify(label).slice(0, 70), id]))(
    '%s is BAD_USER_INPUT with no upstream request',
    async (_, id) => {
      const res = await postGraphQL(h, { query: 'query($id: ID!) { customer(id: $id) { id } }', variables: { id } });
      expect(res.json?.data, describeResponse(res)).toEqual({ customer: null });
      expectRefusedInput(res, 1);
    },
  );
});

describe('well-formed ids', () => {
  it('reach exactly the customer endpoint of their provider', async () => {
    const res = await postGraphQL(h, {
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: [FIN.toUpperCase(), SPHERE, OPENFX] },
    });
    expect(res.json?.errors, describeResponse(res)).toBeUndefined();
    expect(h.sims.fin.log.paths('GET /v2/customers/:id')).toEqual([`/v2/customers/${FIN}`]);
    expect(h.sims.spherepay.log.paths('GET /v2/customer/:id')).toEqual([`/v2/customer/${SPHERE}`]);
    expect(h.sims.openfx.log.paths('GET /v1/customers/:id')).toEqual([`/v1/customers/${OPENFX}`]);
  });
});

describe('cursors', () => {
  const PAGE = (provider: string) =>
    `query($after: String) { customers(provider: ${provider}, first: 2, after: $after) { pageInfo { endCursor } } }`;

  /** A real end cursor of each provider's first page. */
  async function realCursors(): Promise<Record<(typeof PROVIDERS)[number], string>> {
    const out: Record<string, string> = {};
    for (const p of PROVIDERS) {
      const res = await postGraphQL(h, { query: PAGE(p) });
      const cursor = (res.json?.data as { customers: { pageInfo: { endCursor: string } } } | undefined)?.customers
        .pageInfo.endCursor;
      expect(cursor, describeResponse(res)).toEqual(expect.any(String));
      out[p] = cursor!;
    }
    h.sims.resetCounters();
    return out as Record<(typeof PROVIDERS)[number], string>;
  }

  it('from another provider are BAD_USER_INPUT with no upstream request', async () => {
    const cursors = await realCursors();
    for (const [i, p] of PROVIDERS.entries()) {
      const foreign = cursors[PROVIDERS[(i + 1) % PROVIDERS.length]!];
      const res = await postGraphQL(h, { query: PAGE(p), variables: { after: foreign } });
      expectRefusedInput(res, 1);
    }
  });

  it('that were altered are BAD_USER_INPUT with no upstream request', async () => {
    const cursors = await realCursors();
    for (const p of PROVIDERS) {
      const real = cursors[p];
      const decoded = JSON.parse(Buffer.from(real, 'base64url').toString('utf8')) as Record<string, unknown>;
      const tampered = [
        real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A'),
        real.slice(1),
        `${real}=`,
        `${real}/../x`,
        forge(JSON.stringify({ ...decoded, o: -1, a: 'cus_../../admin' })),
        forge(JSON.stringify({ ...decoded, o: 1e12, a: `${OPENFX}?limit=1000` })),
        forge(JSON.stringify({ ...decoded, o: '0&per_page=10000', s: 'ADMIN', a: `${OPENFX}\r\nX: 1` })),
        forge(JSON.stringify({ ...decoded, p: p.toLowerCase() })),
        forge('not json'),
        forge('null'),
        forge('[]'),
        'x'.repeat(10_000),
      ];
      for (const after of tampered) {
        const res = await postGraphQL(h, { query: PAGE(p), variables: { after } });
        expectRefusedInput(res, 1);
      }
    }
  });
});
