import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/server-process.js';

// Start-up as an operator meets it: the production bundle (what `npm start` runs) in its own process,
// with the environment given.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: Record<string, unknown>[];
  stderr: string;
}

beforeAll(ensureBuilt);

/** Runs the server with `env` until it exits, or until its ready line (then SIGTERM). */
function runMain(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['dist/main.js'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Record<string, unknown>[] = [];
    let stderr = '';
    let pending = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        stdout.push(parsed);
        if (String(parsed.msg).includes('ready at')) proc.kill('SIGTERM');
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const holders: Server[] = [];
afterAll(() => holders.forEach((s) => s.close()));

// Every test runs its own process, with nothing shared but the bundle: they run side by side.
describe.concurrent('start-up failures', () => {
  it('exits 78 with one line naming LOG_LEVEL when it is not a pino level', async () => {
    const run = await runMain({ LOG_LEVEL: 'loud' });
    expect(run.code).toBe(78);
    expect(run.stderr).toBe(
      'customer-graph: LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent.\n',
    );
  });

  it('exits 78 naming the variables when NODE_ENV=production has no provider URL', async () => {
    const run = await runMain({ NODE_ENV: 'production', FIN_API_ULR: 'https://sandbox.api.fin.com' });
    expect(run.code).toBe(78);
    expect(run.stderr).toMatch(/^customer-graph: NODE_ENV=production needs a provider: set FIN_API_URL, [^\n]+\n$/);
    expect(run.stdout).toEqual([]);
  });

  it('exits 75 with one line, not a stack, when the port is taken', async () => {
    const holder = createServer();
    holders.push(holder);
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    const run = await runMain({ PORT: String(port), HOST: '127.0.0.1' });
    expect(run.code).toBe(75);
    expect(
      run.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('customer-graph:')),
    ).toEqual([
      `customer-graph: cannot listen on 127.0.0.1:${port}: the address is in use (set PORT or HOST to a free one).`,
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 68 with one line when HOST does not resolve', async () => {
    const run = await runMain({ HOST: 'no-such-host.invalid' });
    expect(run.code).toBe(68);
    expect(run.stderr).toContain('customer-graph: cannot listen on no-such-host.invalid:0: HOST does not resolve');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe.concurrent('start-up log', () => {
  it('says client authentication is on with how many keys, never the keys, and warns about settings with no effect', async () => {
    const run = await runMain({
      API_KEYS: 'first-client-key-1234,second-client-key-5678',
      OPENFX_PRIVATE_KEY_FILE: '/run/secrets/openfx.pem',
      ALLOW_UNAUTHENTICATED: 'true',
    });
    expect(run.code, run.stderr).toBe(0);
    const auth = run.stdout.find((l) => l.clientAuth !== undefined);
    expect(auth).toMatchObject({ level: 30, clientAuth: true, apiKeyCount: 2 });
    expect(String(auth?.msg)).toContain('client authentication is on');
    const warnings = run.stdout.filter((l) => l.level === 40).map((l) => l.msg);
    expect(warnings).toEqual([
      'OPENFX_PRIVATE_KEY_FILE has no effect without OPENFX_API_URL.',
      'ALLOW_UNAUTHENTICATED has no effect: API_KEYS is set, so clients must send a key.',
    ]);
    const text = JSON.stringify(run.stdout) + run.stderr;
    expect(text).not.toContain('client-key');
    expect(run.stderr).toBe('');
  });

  it('says client authentication is off with the simulator and no API_KEYS', async () => {
    const run = await runMain({});
    expect(run.stdout.find((l) => l.clientAuth !== undefined)).toMatchObject({ clientAuth: false });
  });
});
