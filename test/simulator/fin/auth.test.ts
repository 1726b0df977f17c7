import { afterEach, describe, expect, it } from 'vitest';
import {
  FIN_DEV_CLIENT_ID,
  FIN_DEV_CLIENT_SECRET,
  startFinSimulator,
  type FinSimulator,
} from '../../../src/simulator/fin/index.js';
import { manualClock } from '../../helpers/clock.js';
import { call, expectStatus } from './helpers.js';
import { fin } from '../../fixtures/index.js';

const FIN_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\+00$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const V2_CUSTOMER = `/v2/customers/${fin.actionRequiredIndividual.id}`;

let sim: FinSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const creds = (s: FinSimulator) => ({ client_id: s.clientId, client_secret: s.clientSecret });

describe('POST /v1/oauth/token', () => {
  it('issues a JWT-shaped access token and a refresh token with absolute expiry instants from the clock', async () => {
    // 2025-12-28 10:34:45.678 UTC: the fraction must be truncated, not rounded.
    const clock = manualClock(Date.UTC(2025, 11, 28, 10, 34, 45, 678));
    sim = await startFinSimulator({ now: clock.now });
    const body = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);

    expect(Object.keys(body).sort()).toEqual(
      ['access_token', 'access_token_ttl', 'current_time', 'refresh_token', 'refresh_token_ttl'].sort(),
    );
    expect(body.current_time).toBe('2025-12-28 10:34:45+00');
    expect(body.access_token_ttl).toBe('2025-12-29 10:34:45+00'); // + 1 day by default
    expect(body.refresh_token_ttl).toBe('2026-01-04 10:34:45+00'); // + 7 days by default
    for (const field of ['current_time', 'access_token_ttl', 'refresh_token_ttl'])
      expect(body[field]).toMatch(FIN_TIME);

    const parts = (body.access_token as string).split('.');
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part).toMatch(BASE64URL);
    expect(JSON.parse(Buffer.from(parts[0] as string, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(typeof body.refresh_token).toBe('string');
    expect(body.refresh_token).not.toBe(body.access_token);
  });

  it('honours custom lifetimes', async () => {
    const clock = manualClock(Date.UTC(2026, 4, 4, 23, 59, 30));
    sim = await startFinSimulator({ now: clock.now, accessTokenTtlSeconds: 45, refreshTokenTtlSeconds: 3600 });
    const body = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    expect(body.access_token_ttl).toBe('2026-05-05 00:00:15+00');
    expect(body.refresh_token_ttl).toBe('2026-05-05 00:59:30+00');
  });

  it('issues different tokens on every call', async () => {
    sim = await startFinSimulator();
    const a = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    const b = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    expect(a.access_token).not.toBe(b.access_token);
    expect(a.refresh_token).not.toBe(b.refresh_token);
  });

  it("wraps the pair in data when tokenEnvelope is 'data' (older docs capture)", async () => {
    sim = await startFinSimulator({ tokenEnvelope: 'data' });
    const body = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    expect(Object.keys(body)).toEqual(['data']);
    expect(body.data.access_token_ttl).toMatch(FIN_TIME);
    const refreshed = expectStatus(
      await call(sim, 'POST', '/v1/oauth/refresh-token', { body: { refresh_token: body.data.refresh_token } }),
      200,
    );
    expect(refreshed.data.access_token).toEqual(expect.any(String));
  });

  it('accepts the exported dev credentials by default and custom ones when configured', async () => {
    sim = await startFinSimulator();
    expect(sim.clientId).toBe(FIN_DEV_CLIENT_ID);
    expect(sim.clientSecret).toBe(FIN_DEV_CLIENT_SECRET);
    await sim.close();
    sim = await startFinSimulator({ clientId: 'id-1', clientSecret: 'secret-1' });
    const good = { client_id: 'id-1', client_secret: 'secret-1' };
    expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: good }), 200);
    const dev = { client_id: FIN_DEV_CLIENT_ID, client_secret: FIN_DEV_CLIENT_SECRET };
    expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: dev }), 401);
  });

  it('answers 401 Authentication failed for a wrong secret or an unknown client', async () => {
    sim = await startFinSimulator();
    for (const body of [
      { client_id: sim.clientId, client_secret: 'nope' },
      { client_id: 'someone-else', client_secret: sim.clientSecret },
    ]) {
      const res = await call(sim, 'POST', '/v1/oauth/token', { body });
      expect(expectStatus(res, 401)).toEqual({ message: 'Authentication failed' });
    }
    expect(sim.tokenStats).toEqual({ clientCredentials: 0, refresh: 0 });
  });

  it('answers 422 with one errors entry per missing field', async () => {
    sim = await startFinSimulator();
    const onlyId = await call(sim, 'POST', '/v1/oauth/token', { body: { client_id: sim.clientId } });
    expect(expectStatus(onlyId, 422)).toEqual({
      message: 'The given data was invalid.',
      errors: [{ client_secret: 'The client secret field is required.' }],
    });
    const empty = await call(sim, 'POST', '/v1/oauth/token', { body: {} });
    expect(expectStatus(empty, 422)).toEqual({
      message: 'The given data was invalid.',
      errors: [
        { client_id: 'The client id field is required.' },
        { client_secret: 'The client secret field is required.' },
      ],
    });
  });

  it('answers 422 for a body that is not JSON, or fields that are not strings', async () => {
    sim = await startFinSimulator();
    const broken = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: '{"client_id": ' }), 422);
    expect(broken.errors).toContainEqual({ client_id: 'The client id field is required.' });
    const numbers = await call(sim, 'POST', '/v1/oauth/token', { body: { client_id: 1, client_secret: 2 } });
    expect(expectStatus(numbers, 422).errors).toEqual([
      { client_id: 'The client id must be a string.' },
      { client_secret: 'The client secret must be a string.' },
    ]);
  });
});

describe('access token validity', () => {
  it('accepts the token until its access_token_ttl instant and answers 401 from then on', async () => {
    const clock = manualClock(Date.UTC(2026, 4, 4, 12, 0, 0, 400));
    sim = await startFinSimulator({ now: clock.now, accessTokenTtlSeconds: 60 });
    const pair = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    expect(pair.access_token_ttl).toBe('2026-05-04 12:01:00+00');

    clock.set(Date.UTC(2026, 4, 4, 12, 0, 59, 999));
    expectStatus(await call(sim, 'GET', V2_CUSTOMER, { token: pair.access_token }), 200);
    clock.set(Date.UTC(2026, 4, 4, 12, 1, 0, 0));
    const expired = await call(sim, 'GET', V2_CUSTOMER, { token: pair.access_token });
    expect(expectStatus(expired, 401)).toEqual({ message: 'Authentication failed' });
  });

  it('answers 401 without a bearer token, with another scheme, or with a token it never issued', async () => {
    sim = await startFinSimulator();
    const pair = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    const attempts = [
      await call(sim, 'GET', V2_CUSTOMER),
      await call(sim, 'GET', V2_CUSTOMER, { headers: { authorization: `Basic ${pair.access_token}` } }),
      await call(sim, 'GET', V2_CUSTOMER, { token: `${pair.access_token}x` }),
      await call(sim, 'GET', V2_CUSTOMER, { token: pair.refresh_token }),
    ];
    for (const res of attempts) expect(expectStatus(res, 401)).toEqual({ message: 'Authentication failed' });
  });

  it('forgets every access token on revokeAccessTokens, while refresh tokens keep working', async () => {
    sim = await startFinSimulator();
    const pair = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    expectStatus(await call(sim, 'GET', V2_CUSTOMER, { token: pair.access_token }), 200);
    sim.revokeAccessTokens();
    expectStatus(await call(sim, 'GET', V2_CUSTOMER, { token: pair.access_token }), 401);
    const next = expectStatus(
      await call(sim, 'POST', '/v1/oauth/refresh-token', { body: { refresh_token: pair.refresh_token } }),
      200,
    );
    expectStatus(await call(sim, 'GET', V2_CUSTOMER, { token: next.access_token }), 200);
  });
});

describe('POST /v1/oauth/refresh-token', () => {
  it('returns a new pair, revokes the used refresh token and counts grants', async () => {
    const clock = manualClock(Date.UTC(2026, 4, 4, 8, 0, 0));
    sim = await startFinSimulator({ now: clock.now });
    const first = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    clock.advance(3_600_000);
    const second = expectStatus(
      await call(sim, 'POST', '/v1/oauth/refresh-token', { body: { refresh_token: first.refresh_token } }),
      200,
    );
    expect(second.current_time).toBe('2026-05-04 09:00:00+00');
    expect(second.access_token_ttl).toBe('2026-05-05 09:00:00+00');
    expect(second.refresh_token_ttl).toBe('2026-05-11 09:00:00+00');
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expectStatus(await call(sim, 'GET', V2_CUSTOMER, { token: second.access_token }), 200);

    const reuse = await call(sim, 'POST', '/v1/oauth/refresh-token', { body: { refresh_token: first.refresh_token } });
    expect(expectStatus(reuse, 401)).toEqual({ message: 'Authentication failed' });
    expectStatus(
      await call(sim, 'POST', '/v1/oauth/refresh-token', { body: { refresh_token: second.refresh_token } }),
      200,
    );
    expect(sim.tokenStats).toEqual({ clientCredentials: 1, refresh: 2 });
  });

  it('answers 401 for an unknown or expired refresh token and 422 when it is missing', async () => {
    const clock = manualClock(Date.UTC(2026, 4, 4, 8, 0, 0));
    sim = await startFinSimulator({ now: clock.now, refreshTokenTtlSeconds: 120 });
    const pair = expectStatus(await call(sim, 'POST', '/v1/oauth/token', { body: creds(sim) }), 200);
    const unknown = await call(sim, 'POST', '/v1/oauth/refresh-token', { body: { refresh_token: 'abc' } });
    expect(expectStatus(unknown, 401)).toEqual({ message: 'Authentication failed' });

    clock.advance(120_000);
    const expired = await call(sim, 'POST', '/v1/oauth/refresh-token', { body: { refresh_token: pair.refresh_token } });
    expect(expectStatus(expired, 401)).toEqual({ message: 'Authentication failed' });

    const missing = await call(sim, 'POST', '/v1/oauth/refresh-token', { body: {} });
    expect(expectStatus(missing, 422)).toEqual({
      message: 'The given data was invalid.',
      errors: [{ refresh_token: 'The refresh token field is required.' }],
    });
    expect(sim.tokenStats).toEqual({ clientCredentials: 1, refresh: 0 });
  });
});
