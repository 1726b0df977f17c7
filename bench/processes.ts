import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

/** A child process the benchmark started, with the tail of its output for error messages. */
export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly process: ChildProcess;
  /** Last lines the child wrote (stdout and stderr), for diagnosing a failure. */
  tail(): string;
  /** Lines written so far (stdout and stderr); the runner diffs it around a run to count server log lines. */
  lineCount(): number;
  /** Every distinct message written so far (a pino line's level and `msg`, else the line), with its count. */
  messages(): ReadonlyMap<string, number>;
  /** The first stdout line (the simulator's announcement); rejects if the child exits or `timeoutMs` passes. */
  firstStdoutLine(timeoutMs?: number): Promise<string>;
  /** The next stdout line starting with `prefix` (without it); rejects if the child exits or `timeoutMs` passes. */
  nextLine(prefix: string, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

const children = new Set<Child>();

/**
 * Kills every child still running (SIGKILL, synchronous). Registered on exit and on signals, so a
 * failed or interrupted benchmark never leaves a server or simulator behind.
 */
export function killAllChildren(): void {
  for (const child of children) {
    if (isRunning(child.process)) child.process.kill('SIGKILL');
  }
  children.clear();
}

function isRunning(proc: ChildProcess): boolean {
  return proc.exitCode === null && proc.signalCode === null;
}

/** Starts `node <args>` with piped stdio and keeps the last lines of its output. */
export function spawnNode(name: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Child {
  const proc = spawn(process.execPath, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
  if (proc.pid === undefined) throw new Error(`${name}: could not start`);
  const lines: string[] = [];
  let count = 0;
  let first: string | undefined;
  const distinct = new Map<string, number>();
  const waiters = new Set<(line: string) => boolean>();
  const keep = (line: string) => {
    count++;
    const key = messageKey(line);
    if (distinct.size < 1000 || distinct.has(key)) distinct.set(key, (distinct.get(key) ?? 0) + 1);
    lines.push(line);
    if (lines.length > 40) lines.shift();
  };
  createInterface({ input: proc.stdout }).on('line', (line) => {
    first ??= line;
    for (const waiter of waiters) if (waiter(line)) waiters.delete(waiter);
    keep(line);
  });
  createInterface({ input: proc.stderr }).on('line', keep);
  const child: Child = {
    name,
    pid: proc.pid,
    process: proc,
    tail: () => lines.join('\n'),
    lineCount: () => count,
    messages: () => distinct,
    async firstStdoutLine(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (first === undefined) {
        if (!isRunning(proc)) throw new Error(`${name} exited (${proc.exitCode ?? proc.signalCode}):\n${child.tail()}`);
        if (Date.now() > deadline) throw new Error(`${name} printed nothing within ${timeoutMs} ms:\n${child.tail()}`);
        await sleep(20);
      }
      return first;
    },
    nextLine(prefix, timeoutMs = 60_000) {
      return new Promise<string>((resolve, reject) => {
        const onExit = () => settle(() => reject(new Error(`${name} exited:\n${child.tail()}`)));
        const timer = setTimeout(
          () => settle(() => reject(new Error(`${name}: no "${prefix}" line in ${timeoutMs} ms`))),
          timeoutMs,
        );
        const settle = (done: () => void) => {
          clearTimeout(timer);
          proc.off('exit', onExit);
          waiters.delete(waiter);
          done();
        };
        const waiter = (line: string) => {
          if (!line.startsWith(prefix)) return false;
          settle(() => resolve(line.slice(prefix.length)));
          return true;
        };
        waiters.add(waiter);
        proc.once('exit', onExit);
      });
    },
    async stop(graceMs = 5000) {
      children.delete(child);
      if (!isRunning(proc)) return;
      const exited = once(proc, 'exit');
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
  children.add(child);
  return child;
}

const PINO_LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warn',
  50: 'error',
  60: 'fatal',
};

// Groups log lines that differ only by time, ids or counts.
function messageKey(line: string): string {
  if (line.startsWith('{')) {
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; code?: string };
      return `${PINO_LEVELS[entry.level ?? 0] ?? entry.level} ${entry.msg ?? ''}${entry.code ? ` (${entry.code})` : ''}`;
    } catch {
      // not JSON after all
    }
  }
  return line.replace(/\d+/g, '#').slice(0, 200);
}

/** Runs `node <args>` to completion, inheriting stdio; rejects on a non-zero exit. */
export async function runNode(args: readonly string[]): Promise<void> {
  const proc = spawn(process.execPath, args, { stdio: 'inherit' });
  const [code, signal] = (await once(proc, 'exit')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (${signal ?? `exit ${code}`})`);
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Polls `url` until it answers 200; fails early with the child's output when the child exits first,
 * or after `timeoutMs`.
 */
export async function waitForHttp(url: string, child: Child, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(child.process)) {
      throw new Error(`${child.name} exited (${child.process.exitCode ?? child.process.signalCode}):\n${child.tail()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms:\n${child.tail()}`);
}
