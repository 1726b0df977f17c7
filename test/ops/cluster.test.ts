import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { send, serverProcesses } from '../helpers/server-process.js';
import { parseExposition } from './prom.js';

// Each test has its own simulators and server processes, and much of a test's time is waited out
// (workers starting, the crash-loop window): the tests run side by side.
const servers = serverProcesses({ concurrent: true });

type Line = Record<string, unknown>;
const isReady = (l: Line) => typeof l.msg === 'string' && l.msg.includes('ready at');

describe.concurrent('WORKERS', () => {
  it('is 1 by default, `auto` is one per core, and above 1 needs configured providers', () => {
    const env = { FIN_API_URL: 'http://127.0.0.1:1', FIN_CLIENT_ID: 'a', FIN_CLIENT_SECRET: 'b', API_KEYS: 'k' };
    expect(loadConfig(env).workers).toBe(1);
    expect(loadConfig({ ...env, WORKERS: 'auto' }).workers).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ ...env, WORKERS: '0' })).toThrow(/WORKERS must be a whole number from 1 to 64/);
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS above 1 needs configured providers/);
  });

  it(
    'shares one port between workers, sums /metrics over all of them, and drains them all on SIGTERM',
    { timeout: 60_000 },
    // The test's own `expect`: `expect.poll` below runs alongside other tests.
    async ({ expect }) => {
      const { sims, server } = await servers.start({ WORKERS: '2' });
      const first = await server.logLine(isReady, 45_000);
      await server.logLine((l) => isReady(l) && l.worker !== first.worker, 45_000);
      const ready = server.lines.map((l) => JSON.parse(l) as Line).filter(isReady);
      expect(new Set(ready.map((l) => l.port))).toEqual(new Set([first.port]));
      const port = first.port as number;

      // A connection per request: the primary hands connections to workers in turn.
      const ids = sims.spherepay.dataset.individualIds.slice(0, 12);
      const replies = await Promise.all(
        ids.map((id) =>
          send(port, '/graphql', JSON.stringify({ query: `query One { customer(id: "${id}") { id } }` })),
        ),
      );
      for (const r of replies) expect(JSON.parse(r.body), r.body).not.toHaveProperty('errors');
      const servedBy = () =>
        server.lines
          .map((l) => JSON.parse(l) as Line & { graphql?: { operation?: string } })
          .filter((l) => l.graphql?.operation === 'One')
          .map((l) => l.worker);
      // Log lines travel through a pipe from two processes: the last ones may trail the responses.
      await expect.poll(() => servedBy().length, { timeout: 5_000 }).toBe(12);
      expect(new Set(servedBy()).size).toBe(2);

      // Whichever worker answers the scrape, the counts are the whole group's.
      for (let i = 0; i < 2; i++) {
        const scrape = await send(port, '/metrics');
        expect(scrape.status).toBe(200);
        const m = parseExposition(scrape.body);
        expect(m.sum('customer_graph_graphql_operations_total', { operation: 'One' })).toBe(12);
        expect(m.sum('customer_graph_upstream_requests_total', { provider: 'SPHEREPAY' })).toBe(12);
        expect(m.sum('customer_graph_circuit_state', { provider: 'SPHEREPAY' })).toBe(0);
      }
      expect(sims.spherepay.log.entries.filter((e) => e.route === 'GET /v2/customer/:id')).toHaveLength(12);

      server.proc.kill('SIGTERM');
      const exit = await server.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(server.lines.filter((l) => l.includes('"msg":"stopped"'))).toHaveLength(2);
      expect(server.lines.some((l) => l.includes('"msg":"all workers stopped"'))).toBe(true);
    },
  );

  it('replaces a worker that dies, and keeps serving', { timeout: 60_000 }, async () => {
    const { sims, server } = await servers.start({ WORKERS: '2' });
    const first = await server.logLine(isReady, 45_000);
    await server.logLine((l) => isReady(l) && l.worker !== first.worker, 45_000);
    // Past the crash-loop window (5 s after start), a death is a crash to recover from. The worker
    // started before it logged "ready", so 5.5 s after that line it is surely past the window.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(first.time as string) + 5_500 - Date.now()));
    process.kill(first.pid as number, 'SIGKILL');
    await server.logLine((l) => l.msg === 'worker died; starting another' && l.signal === 'SIGKILL', 5_000);
    const replacement = await server.logLine((l) => isReady(l) && Number(l.worker) > 2, 30_000);
    expect(replacement.pid).not.toBe(first.pid);
    expect(replacement.port).toBe(first.port);

    const id = sims.spherepay.dataset.individualIds[0] as string;
    const replies = await Promise.all(
      Array.from({ length: 6 }, () =>
        send(first.port as number, '/graphql', JSON.stringify({ query: `{ customer(id: "${id}") { id } }` })),
      ),
    );
    for (const r of replies) expect(JSON.parse(r.body), r.body).not.toHaveProperty('errors');
    server.proc.kill('SIGTERM');
    // The crash was recovered from (and logged); the drain itself went well.
    expect(await server.exited).toMatchObject({ code: 0, signal: null });
  });
});
