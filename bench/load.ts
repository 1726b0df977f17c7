import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from './scenarios.js';
import { RESULT_PREFIX, wrkScript, type WrkReport } from './wrk-script.js';

/** What the load generator saw during the measured run. */
export interface LoadResult {
  /** Seconds the measured run lasted (wrk's own clock). */
  durationS: number;
  /** Responses completed within the run, whatever their status. */
  completed: number;
  reqPerSec: number;
  /** Latency of every completed response (wrk does not split it by status), ms. */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses with a status ≥ 400 (wrk's status errors; it does not count 3xx, which nothing here sends). */
  non2xx: number;
  /** Connect, read and write errors and timeouts. */
  socketErrors: number;
  timeouts: number;
  /** 2xx GraphQL responses carrying a top-level `errors` (or not JSON). */
  graphqlErrors: number;
  /** `non2xx + socketErrors + graphqlErrors`. */
  errors: number;
  /** Responses by status class, as far as wrk tells them apart: `<400` and `>=400`. */
  statusCodes: Record<string, number>;
}

/** Called at the edges of the measured run (snapshots of counters, CPU and RSS watchers). */
export interface WindowHooks {
  start(): Promise<void>;
  /** `loadGeneratorCpuS`: CPU seconds wrk used over the measured run. */
  end(loadGeneratorCpuS: number): Promise<void>;
}

const MISSING = 'wrk not found; install it with: apt-get install -y wrk';

/** `wrk 4.1.0`; exits the benchmark with how to install wrk when it is not on the PATH. */
export function wrkVersion(): string {
  // `wrk -v` prints `wrk debian/4.1.0-3+b2 [epoll] Copyright (C) 2012 Will Glozer` and usage, and exits 1.
  const result = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    process.stderr.write(`bench: ${missing ? MISSING : `wrk -v: ${result.error.message}`}\n`);
    process.exit(1);
  }
  const first = `${result.stdout}${result.stderr}`.trim().split('\n', 1)[0] ?? '';
  return `wrk ${/\d+\.\d+\.\d+/.exec(first)?.[0] ?? first}`;
}

/**
 * Drives `scenario` with wrk (one thread, `connections` keep-alive connections): a warm-up run of
 * `warmupS` whose figures are dropped, then straight away the measured run of `durationS`, with
 * `hooks.start()` just before it spawns and `hooks.end()` right after it exits. wrk cannot report a
 * sub-window of one run, hence two runs (and new connections for the measured one). Edge effect:
 * requests in flight when either run stops are not counted by wrk, but their upstream calls may land
 * inside the window, so counters divided by `completed` are an estimate (`~under load`), next to the
 * probe's exact figure.
 */
export async function drive(
  scenario: Scenario,
  connections: number,
  timing: { warmupS: number; durationS: number },
  hooks: WindowHooks,
): Promise<LoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-wrk-'));
  try {
    const script = join(dir, `${scenario.name}.lua`);
    await writeFile(script, wrkScript(scenario));
    if (timing.warmupS > 0) await runWrk(scenario.origin, script, connections, timing.warmupS);
    await hooks.start();
    const report = await runWrk(scenario.origin, script, connections, timing.durationS);
    await hooks.end(report.cpuS);
    return loadResult(report);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function loadResult(r: WrkReport): LoadResult {
  const durationS = r.durationUs / 1e6;
  const { connect, read, write, status, timeout } = r.errors;
  const socketErrors = connect + read + write + timeout;
  return {
    durationS,
    completed: r.requests,
    reqPerSec: durationS > 0 ? r.requests / durationS : 0,
    p50Ms: r.latencyUs.p50 / 1000,
    p90Ms: r.latencyUs.p90 / 1000,
    p99Ms: r.latencyUs.p99 / 1000,
    maxMs: r.latencyUs.max / 1000,
    non2xx: status,
    socketErrors,
    timeouts: timeout,
    graphqlErrors: r.graphqlErrors,
    errors: status + socketErrors + r.graphqlErrors,
    statusCodes: { '<400': r.requests - status, '>=400': status },
  };
}

/** One wrk run of whole `seconds`; resolves with the script's JSON line once wrk has exited. */
function runWrk(origin: string, script: string, connections: number, seconds: number): Promise<WrkReport> {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '30s', '--latency', '-s', script, origin];
  return new Promise((resolve, reject) => {
    const proc = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    // wrk stops on its own after `seconds`; these only cover an interrupted benchmark and a hung wrk.
    const kill = () => proc.kill('SIGKILL');
    process.once('exit', kill);
    const backstop = setTimeout(kill, (seconds + 60) * 1000);
    const cleanUp = () => {
      process.off('exit', kill);
      clearTimeout(backstop);
    };
    proc.once('error', (err: NodeJS.ErrnoException) => {
      cleanUp();
      reject(new Error(err.code === 'ENOENT' ? MISSING : `wrk: ${err.message}`));
    });
    proc.once('close', (code, signal) => {
      cleanUp();
      const line = output.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) {
        reject(new Error(`wrk ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output.slice(-4000)}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as WrkReport);
    });
  });
}
