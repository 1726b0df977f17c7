import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { finErrorBody, type FinSimulator } from '../../../src/simulator/fin/index.js';
import { call, expectStatus, startWithToken } from './helpers.js';

let sim: FinSimulator;
let token: string;
beforeAll(async () => {
  ({ sim, token } = await startWithToken());
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.close());

const V2_ROUTE = 'GET /v2/customers/:id';

describe('Fin simulator fault injection', () => {
  it("answers an injected 503 with Fin's 5xx body", async () => {
    const id = sim.dataset.individualIds[0] as string;
    sim.faults.add({ route: V2_ROUTE, status: 503 });
    const res = await call(sim, 'GET', `/v2/customers/${id}`, { token });
    expect(expectStatus(res, 503)).toEqual({ message: 'Server Error' });
    expect(sim.log.count(V2_ROUTE)).toBeGreaterThan(0);
  });

  it('scopes a rule to its route and matching paths, and stops after `times`', async () => {
    const [hit, miss] = sim.dataset.businessIds as [string, string];
    sim.faults.add({ route: V2_ROUTE, match: [hit], status: 429, times: 1, headers: { 'retry-after': '2' } });
    const limited = await call(sim, 'GET', `/v2/customers/${hit}`, { token });
    expect(expectStatus(limited, 429)).toEqual({ message: 'Too Many Attempts.' });
    expect(limited.headers.get('retry-after')).toBe('2');
    expectStatus(await call(sim, 'GET', `/v2/customers/${miss}`, { token }), 200);
    expectStatus(await call(sim, 'GET', `/v1/customers/${hit}`, { token }), 200);
    expectStatus(await call(sim, 'GET', `/v2/customers/${hit}`, { token }), 200);
  });

  it('can fail the token endpoint', async () => {
    sim.faults.add({ route: 'POST /v1/oauth/token', status: 500 });
    const res = await call(sim, 'POST', '/v1/oauth/token', {
      body: { client_id: sim.clientId, client_secret: sim.clientSecret },
    });
    expect(expectStatus(res, 500)).toEqual({ message: 'Server Error' });
  });

  it('accepts rules over the HTTP control endpoint, as another process would set them', async () => {
    const put = await call(sim, 'PUT', '/__simulator/faults', {
      body: { rules: [{ route: 'GET /v2/customers', status: 502 }] },
    });
    expectStatus(put, 204);
    const res = await call(sim, 'GET', '/v2/customers?type=INDIVIDUAL', { token });
    expect(expectStatus(res, 502)).toEqual({ message: 'Server Error' });
  });

  it('serves malformed bodies when asked', async () => {
    sim.faults.add({ route: V2_ROUTE, malformed: 'truncated' });
    const res = await call(sim, 'GET', `/v2/customers/${sim.dataset.individualIds[1]}`, { token });
    expect(res.status).toBe(200);
    expect(res.json).toBeUndefined();
  });
});

describe('finErrorBody', () => {
  it("gives Fin's documented body for each status", () => {
    expect(finErrorBody(401)).toEqual({ message: 'Authentication failed' });
    expect(finErrorBody(404)).toEqual({ message: 'Resource not found' });
    expect(finErrorBody(422)).toEqual({
      message: 'The given data was invalid.',
      errors: [{ customer_id: 'The customer id must be a valid UUID.' }],
    });
    expect(finErrorBody(429)).toEqual({ message: 'Too Many Attempts.' });
    for (const status of [500, 502, 503, 504]) expect(finErrorBody(status)).toEqual({ message: 'Server Error' });
    expect(finErrorBody(403)).toEqual({ message: 'Forbidden' });
  });
});
