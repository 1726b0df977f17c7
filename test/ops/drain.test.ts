import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { describeLeaks, LeakScanner, scanTranscript, simulatorNeedles } from '../helpers/leak-scan.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLOW_MS = 1_500;

let sims: Simulators | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await sims?.close();
  sims = undefined;
  child = undefined;
});

interface Reply {
  status: number;
  body: string;
}

/** One request on its own connection (no keep-alive pool), so "new connection" means exactly that. */
function send(port: number, path: string, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        agent: false,
        headers: {
          connection: 'close',
          ...(body === undefined ? {} : { 'content-type': 'application/json', accept: 'application/json' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Starts `src/main.ts` exactly as a container would (no build), pointed at the simulators. */
function startServer(s: Simulators) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ALLOW_UNAUTHENTICATED: 'true',
    FIN_API_URL: s.fin.url,
    FIN_CLIENT_ID: s.fin.clientId,
    FIN_CLIENT_SECRET: s.fin.clientSecret,
    SPHEREPAY_API_URL: s.spherepay.url,
    SPHEREPAY_API_KEY: s.spherepay.apiKey,
    OPENFX_API_URL: s.openfx.url,
    OPENFX_API_KEY: s.openfx.apiKey,
    OPENFX_PRIVATE_KEY: s.openfx.privateKeyPem,
  };
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const stderr: string[] = [];
  const waiters: { test: (line: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] =
    [];
  let pending = '';
  proc.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts.filter(Boolean)) {
      lines.push(line);
      const parsed = JSON.parse(line) as Record<string, unknown>;
      for (const w of waiters.filter((w) => w.test(parsed))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(parsed);
      }
    }
  });
  proc.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  /** Resolves with the first log line (already written or to come) that passes `test`. */
  const logLine = (test: (line: Record<string, unknown>) => boolean, timeoutMs: number) => {
    const seen = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      waiters.push({ test, resolve });
      setTimeout(
        () => reject(new Error(`no such log line within ${timeoutMs} ms; stderr: ${stderr.join('')}`)),
        timeoutMs,
      ).unref();
    });
  };
  return { proc, lines, exited, logLine };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM', () => {
  it('finishes the request in flight, turns new connections away, then exits 0', { timeout: 40_000 }, async () => {
    sims = await startSimulators();
    const id = sims.spherepay.dataset.individualIds[0] as string;
    sims.spherepay.faults.add({ route: 'GET /v2/customer/:id', latencyMs: SLOW_MS });
    const server = startServer(sims);
    child = server.proc;
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
    child.kill('SIGTERM');
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
