import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach } from 'vitest';
import { simulatorEnv, startSimulators, type Simulators } from '../../src/simulator/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Reply {
  status: number;
  body: string;
}

/** One request on its own connection (no keep-alive pool), so "new connection" means exactly that. */
export function send(port: number, path: string, body?: string): Promise<Reply> {
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

let built = false;
/**
 * Builds `dist/` once per test file (`npm run build`: well under a second, and written atomically, so
 * parallel test files may build at once): a bundle starts in a fraction of tsx's time on a busy machine.
 */
export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  built = true;
}

/**
 * Starts the server pointed at the simulators: `src/main.ts` through tsx, or with `built` the
 * production bundle `dist/main.js` (what `npm start` runs).
 */
export function startServer(s: Simulators, extraEnv: NodeJS.ProcessEnv = {}, options: { built?: boolean } = {}) {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    ALLOW_UNAUTHENTICATED: 'true',
    ...simulatorEnv(s),
    ...extraEnv,
  };
  if (options.built) ensureBuilt();
  const args = options.built ? ['--enable-source-maps', 'dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
  const proc = spawn(process.execPath, args, {
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

/**
 * For a test file whose tests each start the simulators and a server process: `start()` does both;
 * after each test the server is killed if still running and the simulators closed. With `concurrent`
 * (tests that run side by side, each with its own processes) that cleanup waits for the file's end,
 * since an afterEach would stop the processes of tests still running.
 */
export function serverProcesses({ concurrent = false }: { concurrent?: boolean } = {}) {
  const running: { sims: Simulators; child: ChildProcess }[] = [];
  (concurrent ? afterAll : afterEach)(async () => {
    const stopping = running.splice(0);
    for (const { child } of stopping) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(stopping.map(({ sims }) => sims.close()));
  });
  return {
    async start(extraEnv: NodeJS.ProcessEnv = {}, options: { built?: boolean } = {}) {
      const sims = await startSimulators();
      const server = startServer(sims, extraEnv, options);
      running.push({ sims, child: server.proc });
      return { sims, server };
    },
  };
}
