import { describe, expect, it } from 'vitest';
import { describeLeaks, LeakScanner, scanTranscript, simulatorNeedles } from '../helpers/leak-scan.js';
import { send, serverProcesses } from '../helpers/server-process.js';

const SLOW_MS = 1_500;

const servers = serverProcesses();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM', () => {
  it('finishes the request in flight, turns new connections away, then exits 0', { timeout: 40_000 }, async () => {
    const { sims, server } = await servers.start();
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
});
