import { Agent, request } from 'undici';
import { describe, expect, it, vi } from 'vitest';
import { describeLeaks, LeakScanner, scanTranscript, simulatorNeedles } from '../helpers/leak-scan.js';
import { send, serverProcesses } from '../helpers/server-process.js';

const SLOW_MS = 1_500;

// Each test has its own simulators and server process, and most of a test's time is waited out (a
// slow provider, a drain): the tests run side by side.
const servers = serverProcesses({ concurrent: true });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Bounded polling for `vi.waitFor`: every 20 ms, for at most 20 s. */
const POLL = { interval: 20, timeout: 20_000 };

describe.concurrent('SIGTERM', () => {
  it('finishes the request in flight, turns new connections away, then exits 0', { timeout: 40_000 }, async () => {
    const { sims, server } = await servers.start({}, { built: true });
    const id = sims.spherepay.dataset.individualIds[0] as string;
    sims.spherepay.faults.add({ route: 'GET /v2/customer/:id', latencyMs: SLOW_MS });
    const ready = await server.logLine((l) => typeof l.msg === 'string' && l.msg.includes('ready at'), 30_000);
    const port = ready.port as number;
    expect(port).toBeGreaterThan(0);
    expect(ready.url).toBe(`http://127.0.0.1:${port}/graphql`);

    let finishedAt = 0;
    const inFlight = send(port, '/graphql', JSON.stringify({ query: `{ customer(id: "${id}") { id email } }` })).then(
      (reply) => {
        finishedAt = Date.now();
        return reply;
      },
    );
    inFlight.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
    await sleep(200);
    expect(finishedAt).toBe(0); // still waiting on the slow provider
    server.proc.kill('SIGTERM');
    await server.logLine((l) => l.msg === 'draining in-flight requests, then exiting', 5_000);

    // A new connection, while the slow request is still running, is refused or answered 503.
    let turnedAway: string | null = null;
    while (!turnedAway && !finishedAt) {
      try {
        const reply = await send(port, '/healthz');
        if (reply.status === 503) turnedAway = '503';
      } catch (err) {
        turnedAway = (err as { code?: string }).code ?? 'error';
      }
      if (!turnedAway) await sleep(20);
    }
    expect(turnedAway).toMatch(/^(ECONNREFUSED|ECONNRESET|503)$/);
    expect(finishedAt).toBe(0);

    const reply = await inFlight;
    expect(reply.status, reply.body).toBe(200);
    const body = JSON.parse(reply.body) as { data?: { customer?: { id?: string } }; errors?: unknown };
    expect(body.errors, reply.body).toBeUndefined();
    expect(body.data?.customer?.id).toMatch(/^[A-Za-z0-9_=-]+$/);

    const exit = await server.exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - finishedAt).toBeLessThan(3_000);
    expect(server.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);

    // The child's own log lines pass the secret/PII scan too.
    const upstream = [sims.fin, sims.spherepay, sims.openfx].flatMap((s) => s.log.entries);
    const leaks = scanTranscript(new LeakScanner(simulatorNeedles(sims, upstream)), {
      logs: server.lines,
      responses: [reply.body],
    });
    expect(leaks, describeLeaks(leaks)).toEqual([]);
  });

  it(
    'waits for a request longer than 10 s when REQUEST_TIMEOUT_MS allows it, and answers it in full',
    { timeout: 60_000 },
    async () => {
      // Apollo's Fastify drain plugin force-closed every connection 10 s into shutdown, whatever the deadline.
      const { sims, server } = await servers.start(
        { REQUEST_TIMEOUT_MS: '20000', SPHEREPAY_HEADERS_TIMEOUT_MS: '15000' },
        { built: true },
      );
      const slow = sims.spherepay.dataset.individualIds[0] as string;
      const fast = sims.openfx.dataset.ids[0] as string;
      sims.spherepay.faults.add({ route: 'GET /v2/customer/:id', latencyMs: 11_500 });
      const port = (await server.logLine(isReady, 30_000)).port as number;
      const query = `{ slow: customer(id: "${slow}") { id } fast: customer(id: "${fast}") { id } }`;
      const inFlight = send(port, '/graphql', JSON.stringify({ query }));
      inFlight.catch(() => undefined);
      // OpenFX has answered (the simulators count a request once answered): the operation is executing,
      // and its SpherePay half has 11.5 s to go.
      await vi.waitFor(() => expect(sims.openfx.log.count()).toBeGreaterThan(0), POLL);
      expect(sims.spherepay.log.count()).toBe(0);
      server.proc.kill('SIGTERM');
      const reply = await inFlight;
      expect(reply.status, reply.body).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({
        data: { slow: { id: expect.any(String) }, fast: { id: expect.any(String) } },
      });
      expect(await server.exited).toMatchObject({ code: 0, signal: null });
      expect(server.lines.find((l) => l.includes('"msg":"stopped"'))).toContain('"clean":true');
    },
  );

  it('exits even when stdout has no reader any more (`node dist/main.js | head -2`)', { timeout: 40_000 }, async () => {
    const { server } = await servers.start({}, { built: true });
    await server.logLine(isReady, 30_000);
    // The pipe's reading end goes away: every later write to stdout is EPIPE.
    server.proc.stdout?.destroy();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toMatchObject({ code: 0, signal: null });
  });

  it(
    'under keep-alive load: answers every request sent, no 503 and no reset, then refuses new connections',
    { timeout: 60_000 },
    async () => {
      const { sims, server } = await servers.start({}, { built: true });
      const ids = sims.spherepay.dataset.individualIds.slice(0, 8) as string[];
      sims.spherepay.faults.add({ route: 'GET /v2/customer/:id', latencyMs: 150 });
      const port = (await server.logLine(isReady, 30_000)).port as number;
      const agent = new Agent({ connections: 8, keepAliveTimeout: 60_000 });
      const outcomes: string[] = [];
      let stopAt = Infinity;
      const client = async (id: string) => {
        while (Date.now() < stopAt) {
          try {
            const res = await request(`http://127.0.0.1:${port}/graphql`, {
              method: 'POST',
              dispatcher: agent,
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query: `{ customer(id: "${id}") { id } }` }),
            });
            const body = await res.body.text();
            outcomes.push(res.statusCode === 200 && !body.includes('"errors"') ? 'ok' : `${res.statusCode} ${body}`);
          } catch (err) {
            const code =
              (err as { code?: string; cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code;
            outcomes.push(code ?? String(err));
            // Refused: the listener is closed, as it should be; this client is done.
            if (code === 'ECONNREFUSED') return;
          }
        }
      };
      const clients = ids.map(client);
      await vi.waitFor(() => expect(outcomes.length).toBeGreaterThanOrEqual(16), POLL);
      const before = outcomes.length;
      server.proc.kill('SIGTERM');
      // Bounded: once the server has exited every client ends on ECONNREFUSED.
      stopAt = Date.now() + 30_000;
      await Promise.all(clients);
      await agent.close();
      expect(await server.exited).toMatchObject({ code: 0, signal: null });
      const failures = outcomes.filter((o) => o !== 'ok' && o !== 'ECONNREFUSED');
      expect(failures).toEqual([]);
      expect(outcomes.length).toBeGreaterThan(before);
      expect(outcomes.filter((o) => o === 'ECONNREFUSED')).toHaveLength(ids.length);
    },
  );
});

function isReady(l: Record<string, unknown>): boolean {
  return typeof l.msg === 'string' && l.msg.includes('ready at');
}
