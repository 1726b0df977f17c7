import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import type { ProviderName } from '../../src/model/customer.js';
import { createMetrics } from '../../src/observability/metrics.js';
import type { Providers } from '../../src/providers/registry.js';
import type { CallContext, CustomerProvider } from '../../src/providers/types.js';
import { installOpsRoutes } from '../../src/server/observability.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { parseExposition } from './prom.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('/healthz', () => {
  it('answers 200 without calling any provider', async () => {
    h = await startHarness();
    h.sims.resetCounters();
    const res = await h.http('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ status: 'ok' });
    expect(h.sims.requestCount()).toBe(0);
  });

  it('stays 200 when every provider is down: restarting the replica would not help', async () => {
    h = await startHarness();
    for (const sim of [h.sims.fin, h.sims.spherepay, h.sims.openfx]) sim.faults.add({ status: 503 });
    const res = await h.http('/healthz');
    expect(res.status).toBe(200);
  });
});

describe('/readyz over the real providers', () => {
  it('is ready with every provider ready when all three are configured', async () => {
    h = await startHarness();
    const res = await h.http('/readyz');
    expect(res.status, res.text).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      status: 'ready',
      providers: { FIN: 'ready', SPHEREPAY: 'ready', OPENFX: 'ready' },
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('checks that Fin.com gives a token: ready with one token request, unavailable with refused credentials', async () => {
    h = await startHarness();
    h.sims.resetCounters();
    expect(JSON.parse((await h.http('/readyz')).text).providers.FIN).toBe('ready');
    expect(h.sims.fin.log.count('POST /v1/oauth/token')).toBe(1);
    expect(h.sims.fin.log.count('GET /v2/customers/:id')).toBe(0);
    await h.http('/readyz');
    expect(h.sims.fin.log.count('POST /v1/oauth/token')).toBe(1);
    await h.close();
    h = await startHarness({
      configure: (p) => ({ ...p, fin: p.fin && { ...p.fin, clientSecret: 'refused-secret' } }),
    });
    const res = await h.http('/readyz');
    expect(res.status, res.text).toBe(200);
    expect(JSON.parse(res.text).providers).toEqual({ FIN: 'unavailable', SPHEREPAY: 'ready', OPENFX: 'ready' });
  });

  it('stays ready when one provider is not configured, naming it', async () => {
    h = await startHarness({ without: ['spherepay'] });
    const res = await h.http('/readyz');
    expect(res.status, res.text).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      status: 'ready',
      providers: { FIN: 'ready', SPHEREPAY: 'not_configured', OPENFX: 'ready' },
    });
  });

  it('reports SPHEREPAY circuit_open once its breaker opens, and keeps the replica in rotation', async () => {
    h = await startHarness();
    h.sims.spherepay.faults.add({ route: 'GET /v2/customer/:id', status: 500 });
    const id = h.sims.spherepay.dataset.individualIds[0] as string;
    // Failing calls until the breaker opens (its thresholds are the breaker's business, bounded here).
    for (let i = 0; i < 40 && h.providers.SPHEREPAY?.health?.().circuit !== 'open'; i++) {
      const res = await h.gql(`{ customer(id: "${id}") { id } }`);
      expect(res.body.errors?.[0]?.extensions?.code, JSON.stringify(res.body)).toBe('PROVIDER_UNAVAILABLE');
    }
    const res = await h.http('/readyz');
    expect(res.status, res.text).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      status: 'ready',
      providers: { FIN: 'ready', SPHEREPAY: 'circuit_open', OPENFX: 'ready' },
    });
    const m = parseExposition((await h.http('/metrics')).text);
    expect(m.find('customer_graph_circuit_state', { provider: 'SPHEREPAY' }).map((s) => s.value)).toEqual([2]);
  });

  it('is not ready (503) when no provider is configured', async () => {
    h = await startHarness({ without: ['fin', 'spherepay', 'openfx'] });
    const res = await h.http('/readyz');
    expect(res.status, res.text).toBe(503);
    expect(JSON.parse(res.text)).toEqual({
      status: 'not_ready',
      providers: { FIN: 'not_configured', SPHEREPAY: 'not_configured', OPENFX: 'not_configured' },
    });
  });
});

/** A provider whose health and readiness the test decides; its customer methods are never called. */
function fake(
  name: ProviderName,
  options: { circuit?: 'closed' | 'open' | 'half_open'; ready?: (call: CallContext) => Promise<boolean> },
): CustomerProvider {
  const never = () => Promise.reject(new Error('not called by readiness'));
  const provider: CustomerProvider = {
    name,
    getCustomer: never,
    getCapabilities: never,
    listCustomers: never,
    close: () => Promise.resolve(),
    ...(options.circuit ? { health: () => ({ circuit: options.circuit ?? 'closed' }) } : {}),
  };
  return options.ready ? { ...provider, ready: options.ready } : provider;
}

async function ops(providers: Providers, readyTimeoutMs = 100) {
  const app: FastifyInstance = Fastify({ loggerInstance: createLogger({ level: 'silent' }) as FastifyBaseLogger });
  const metrics = createMetrics();
  installOpsRoutes(app, { providers, metrics, readyTimeoutMs });
  await app.ready();
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.body };
  };
  return { app, get };
}

describe('/readyz judging each provider', () => {
  it('reports an open circuit, a failed readiness check, a throwing one and a hanging one, and stays ready while one provider is usable', async () => {
    const calls: CallContext[] = [];
    const { app, get } = await ops({
      FIN: fake('FIN', { circuit: 'open', ready: () => Promise.resolve(true) }),
      SPHEREPAY: fake('SPHEREPAY', {
        circuit: 'closed',
        ready: (call) => {
          calls.push(call);
          return Promise.resolve(true);
        },
      }),
      OPENFX: fake('OPENFX', { ready: () => Promise.resolve(false) }),
    });
    const res = await get('/readyz');
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      status: 'ready',
      providers: { FIN: 'circuit_open', SPHEREPAY: 'ready', OPENFX: 'unavailable' },
    });
    // The check runs with its own request id and a deadline, like any upstream call.
    expect(calls).toHaveLength(1);
    expect(calls[0]?.requestId).toMatch(/^readyz-/);
    expect(calls[0]?.signal?.aborted).toBe(false);
    await app.close();
  });

  it('is not ready (503) when every configured provider is unusable', async () => {
    const { app, get } = await ops(
      {
        FIN: fake('FIN', { ready: () => Promise.reject(new Error('token endpoint refused')) }),
        SPHEREPAY: fake('SPHEREPAY', { ready: () => new Promise<boolean>(() => undefined) }),
        OPENFX: fake('OPENFX', { circuit: 'open' }),
      },
      50,
    );
    const res = await get('/readyz');
    expect(res.status, res.body).toBe(503);
    expect(JSON.parse(res.body)).toEqual({
      status: 'not_ready',
      providers: { FIN: 'unavailable', SPHEREPAY: 'unavailable', OPENFX: 'circuit_open' },
    });
    await app.close();
  });

  it('counts a half-open circuit as usable (it lets trial requests through) and a provider without checks as ready', async () => {
    const { app, get } = await ops({
      FIN: fake('FIN', { circuit: 'half_open' }),
      SPHEREPAY: fake('SPHEREPAY', {}),
      OPENFX: null,
    });
    const res = await get('/readyz');
    expect(res.status, res.body).toBe(200);
    expect(JSON.parse(res.body).providers).toEqual({ FIN: 'ready', SPHEREPAY: 'ready', OPENFX: 'not_configured' });
    await app.close();
  });

  it('exports each circuit state on /metrics as 0 closed, 1 half-open, 2 open', async () => {
    const { app, get } = await ops({
      FIN: fake('FIN', { circuit: 'closed' }),
      SPHEREPAY: fake('SPHEREPAY', { circuit: 'half_open' }),
      OPENFX: fake('OPENFX', { circuit: 'open' }),
    });
    const m = parseExposition((await get('/metrics')).body);
    const state = (provider: string) => m.find('customer_graph_circuit_state', { provider }).map((s) => s.value);
    expect([state('FIN'), state('SPHEREPAY'), state('OPENFX')]).toEqual([[0], [1], [2]]);
    await app.close();
  });
});
