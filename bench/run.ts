// `npm run bench`: builds the bundle, starts the simulator and the server as separate processes, drives
// each scenario with wrk (a child process: its CPU cost stays small), prints one table per upstream latency
// and writes JSON.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerTarget } from './graphql.js';
import { machineInfo } from './machine.js';
import { measure, type RunResult } from './measure.js';
import { parseOptions, type BenchOptions } from './options.js';
import { probeCallsPerQuery, type Probe } from './probe.js';
import { freePort, killAllChildren, runNode, spawnNode, waitForHttp, type Child } from './processes.js';
import { header, latencyTable, summarise, type Summary } from './report.js';
import { prepareScenarios, SCENARIO_NAMES, type Scenario, type ScenarioName } from './scenarios.js';
import { simulatorEnv } from '../src/simulator/index.js';
import { SimulatorControl, type SimulatorInfo } from './simulator-control.js';

const API_KEY = 'bench-key';

// Paths below (dist/, scripts/, bench/) are relative to the repository root, wherever the command ran.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

// Whatever happens (failure, Ctrl-C, kill), no server or simulator outlives the benchmark.
process.on('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\nbench: ${signal}, stopping server and simulator\n`);
    killAllChildren();
    process.exit(130);
  });
}

const log = (line: string) => process.stderr.write(`${line}\n`);

async function startSimulator(): Promise<{ child: Child; info: SimulatorInfo }> {
  const child = spawnNode('simulator', ['--enable-source-maps', 'dist/simulator.js', '--exit-with-stdin']);
  const info = JSON.parse(await child.firstStdoutLine()) as SimulatorInfo;
  return { child, info };
}

async function startServer(
  info: SimulatorInfo,
  options: BenchOptions,
  serverArgs: readonly string[],
): Promise<{ child: Child; target: ServerTarget }> {
  const port = await freePort();
  const child = spawnNode('server', serverArgs, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: options.logLevel,
    WORKERS: String(options.workers),
    API_KEYS: API_KEY,
    ...simulatorEnv(info),
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/healthz`, child);
  return { child, target: { origin, apiKey: API_KEY } };
}

/** The node arguments of `npm start` (package.json), so the benchmark measures exactly what production runs. */
function startArgs(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  // `exec` makes the shell npm runs the script in hand its process (and signals) over to node.
  const words = pkg.scripts.start
    .trim()
    .replace(/^exec\s+/, '')
    .split(/\s+/);
  if (words[0] !== 'node' || words[words.length - 1] !== 'dist/main.js') {
    throw new Error(`bench: cannot read node flags from the start script "${pkg.scripts.start}"`);
  }
  return words.slice(1);
}

function selectScenarios(all: Scenario[], wanted: readonly string[] | null): Scenario[] {
  if (!wanted) return all;
  const unknown = wanted.filter((w) => !(SCENARIO_NAMES as readonly string[]).includes(w));
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIO_NAMES.join(', ')}`);
  // The ceiling always runs: every figure is read against it.
  return all.filter((s) => wanted.includes(s.name) || s.name === 'ceiling');
}

function progress(latencyMs: number, scenario: ScenarioName, run: number, runs: number, r: RunResult): string {
  const calls = r.callsPerQuery === null ? '—' : `~${r.callsPerQuery.toFixed(2)}`;
  return (
    `[${latencyMs} ms] ${scenario.padEnd(15)} run ${run}/${runs}: ${Math.round(r.reqPerSec)} req/s, ` +
    `p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, errors ${r.errors}, calls/query ${calls}, ` +
    `RSS ${r.server.rssPeakMb?.toFixed(0) ?? '—'} MB${r.serverLogLines ? `, ${r.serverLogLines} server log lines` : ''}`
  );
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  const serverArgs = startArgs();
  const serverCommand = ['node', ...serverArgs].join(' ');
  if (options.build) {
    log('bench: building dist/ (npm run build)');
    await runNode(['scripts/build.mjs']);
  }
  const simulator = await startSimulator();
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let watchdog: Child | undefined;
  try {
    server = await startServer(simulator.info, options, serverArgs);
    // If this process is SIGKILLed, nothing here runs: the watchdog sees its stdin close and kills the children.
    watchdog = spawnNode('watchdog', ['bench/watchdog.mjs', String(server.child.pid), String(simulator.child.pid)]);
    const control = new SimulatorControl(simulator.info);
    const scenarios = selectScenarios(
      await prepareScenarios(server.target, simulator.info, control),
      options.scenarios,
    );
    const top = header(machine, options, scenarios, serverCommand);
    log(`${top}\n`);

    const results: Record<string, Record<string, { probe: Probe | null; runs: RunResult[]; median: Summary }>> = {};
    const tables: string[] = [];
    const processes = { server: server.child, simulator: simulator.child };
    for (const latencyMs of options.latenciesMs) {
      const runs = new Map<ScenarioName, RunResult[]>();
      const probes = new Map<ScenarioName, Probe>();
      for (const scenario of scenarios) {
        if (scenario.name !== 'ceiling') {
          const probe = await probeCallsPerQuery(scenario, control, latencyMs, {
            count: Math.max(20, Math.min(scenario.pool.length, 100)),
            concurrency: options.connections,
          });
          probes.set(scenario.name, probe);
          log(
            `[${latencyMs} ms] ${scenario.name.padEnd(15)} probe: ${probe.calls} upstream calls for ${probe.queries} ` +
              `queries = ${probe.callsPerQuery.toFixed(2)}/query${probe.tokenCalls ? ` (+${probe.tokenCalls} token)` : ''}` +
              (probe.errors ? `; ${probe.errors} answered with errors, first: ${probe.firstError}` : ''),
          );
        }
        const list: RunResult[] = [];
        runs.set(scenario.name, list);
        for (let i = 1; i <= options.runs; i++) {
          const r = await measure(
            scenario,
            { connections: options.connections, durationS: options.durationS, warmupS: options.warmupS, latencyMs },
            processes,
            control,
          );
          list.push(r);
          log(progress(latencyMs, scenario.name, i, options.runs, r));
        }
      }
      const summaries = summarise(runs, probes, scenarios);
      results[`${latencyMs}ms`] = Object.fromEntries(
        [...runs].map(([name, list]) => [
          name,
          { probe: probes.get(name) ?? null, runs: list, median: summaries.get(name) as Summary },
        ]),
      );
      const t = latencyTable(latencyMs, summaries);
      tables.push(t);
      log(`\n${t}\n`);
    }
    await control.reset();

    const file = await writeResults(options, machine, serverCommand, scenarios, results);
    process.stdout.write(`\n${top}\n\n${tables.join('\n\n')}\n\nResults: ${file} (and latest.json)\n`);
    const messages = [...server.child.messages()].sort((a, b) => b[1] - a[1]);
    if (messages.length) {
      process.stdout.write(`\nServer output during the benchmark (LOG_LEVEL=${options.logLevel}), by count:\n`);
      for (const [message, n] of messages.slice(0, 15))
        process.stdout.write(`  ${String(n).padStart(7)}  ${message}\n`);
    }
  } finally {
    await server?.child.stop();
    await simulator.child.stop();
    await watchdog?.stop();
  }
}

async function writeResults(
  options: BenchOptions,
  machine: ReturnType<typeof machineInfo>,
  serverCommand: string,
  scenarios: readonly Scenario[],
  results: Record<string, unknown>,
): Promise<string> {
  await mkdir(options.outDir, { recursive: true });
  const json = `${JSON.stringify(
    {
      version: 1,
      machine,
      settings: {
        connections: options.connections,
        durationS: options.durationS,
        warmupS: options.warmupS,
        runs: options.runs,
        latenciesMs: options.latenciesMs,
        logLevel: options.logLevel,
        workers: options.workers,
        serverCommand,
        quick: options.quick,
      },
      scenarios: Object.fromEntries(
        scenarios.map((s) => [s.name, { description: s.description, poolSize: s.pool.length, rows: s.rows ?? null }]),
      ),
      results,
    },
    null,
    2,
  )}\n`;
  const stamp = machine.date.replace(/[:.]/g, '-');
  const file = join(options.outDir, `${stamp}-${machine.gitSha}${options.quick ? '-quick' : ''}.json`);
  await writeFile(file, json);
  await writeFile(join(options.outDir, 'latest.json'), json);
  return file;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  killAllChildren();
  process.exit(1);
});
