import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { PROVIDER_MODULES } from '../../src/providers/registry.js';
import { startServer } from '../helpers/server-process.js';
import { collect, until, wsClient } from './ws-client.js';
import { fin } from '../fixtures/index.js';

// The README's "Try it with npm start": the process with no provider configured (embedded simulator,
// generated webhook secrets), the subscription from the README, and its one curl.

const FIN_ID = fin.actionRequiredBusiness.id;
let sims: Simulators;
let server: ReturnType<typeof startServer>;
let base: string;

beforeAll(async () => {
  // startServer points at these simulators; blanking the provider variables makes main.ts start its own.
  sims = await startSimulators();
  server = startServer(sims, Object.fromEntries(PROVIDER_MODULES.map((m) => [m.config.urlVariable, ''])));
  const ready = await server.logLine((l) => String(l.msg).startsWith('customer-graph ready'), 30_000);
  base = `http://127.0.0.1:${ready.port as number}`;
  await server.logLine((l) => String(l.msg).startsWith('simulated providers send signed webhooks'), 5_000);
}, 60_000);

afterAll(async () => {
  server?.proc.kill('SIGKILL');
  await sims?.close();
});

describe('README walk-through', () => {
  it('the documented curl changes the customer and the documented subscription receives it', async () => {
    const client = wsClient(base);
    const sub = collect<{ customerUpdated: { status: string; requestForInformation: unknown[] } }>(
      client,
      `subscription Watch { customerUpdated(ids: ["${FIN_ID}"]) { id provider status providerStatus requestForInformation { section } } }`,
    );
    // The subscription is live once the first change reaches it; the change is idempotent, so repeat it.
    await until(
      async () => {
        const res = await request(`${base}/__simulator/customers/${FIN_ID}/changes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ rfi: 'requested' }),
        });
        expect(res.statusCode).toBe(200);
        await res.body.dump();
        await new Promise((r) => setTimeout(r, 300));
        return sub.results.length > 0;
      },
      'the first update',
      15_000,
    );
    expect(sub.results[0]?.data?.customerUpdated.status).toBe('ACTION_REQUIRED');
    const seen = sub.results.length;
    const res = await request(`${base}/__simulator/customers/${FIN_ID}/changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'APPROVED', rfi: 'resolved' }),
    });
    expect(res.statusCode).toBe(200);
    await res.body.dump();
    await until(() => sub.results.length > seen, 'the approval', 10_000);
    expect(sub.results.at(-1)?.data?.customerUpdated).toMatchObject({ status: 'APPROVED', requestForInformation: [] });
    const read = await request(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ customer(id: "${FIN_ID}") { status } }` }),
    });
    expect(await read.body.json()).toEqual({ data: { customer: { status: 'APPROVED' } } });
    await client.dispose();
  }, 60_000);
});
