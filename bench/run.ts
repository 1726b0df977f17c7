// `npm run bench`: builds the bundle, starts the simulator and the servers (cold: cache off; warm: cache on)
// as separate processes, drives each scenario with wrk (a child process: its CPU cost stays small), then the
// open-loop tail latency, the 3-hop case through Hive Gateway and a profile; prints the tables, writes JSON.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphqlBody } from './graphql.js';
import { machineInfo, type MachineInfo } from './machine.js';
import { measure, type RunResult } from './measure.js';
import { openLoop } from './open-loop.js';
import { parseOptions, type BenchOptions } from './options.js';
import { probeCallsPerQuery, sendPool, type Probe } from './probe.js';
import { killAllChildren, runNode, spawnNode, type Child } from './processes.js';
import { profileScenarios, type ProfileResult } from './profile.js';
import { TYPENAME } from './queries.js';
import {
  header,
  latencyTable,
  openLoopTable,
  profileReport,
  summarise,
  threeHopTable,
  type EventLoopDelay,
  type OpenLoopRow,
  type Summary,
} from './report.js';
import { prepareScenarios, SCENARIO_NAMES, type Scenario, type ScenarioName } from './scenarios.js';
import { startArgs, startServer, startSimulator, type CacheMode, type Server } from './servers.js';
import { SimulatorControl, type SimulatorInfo } from './simulator-control.js';
import {
  startGateway,
  startReplicas,
  threeHopPool,
  THREE_HOP_CONFIGS,
  type Gateway,
  type ThreeHopConfig,
} from './three-hop.js';

/** The upstream latency of the open-loop part: the issue's "upstream answering in ~20 ms". */
const OPEN_LOOP_LATENCY_MS = 20;

// Paths below (dist/, scripts/, bench/) are relative to the repository root, wherever the command ran.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

// Whatever happens (failure, Ctrl-C, kill), no server or simulator outlives the benchmark.
process.on('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    process.stderr.write(`\nbench: ${signal}, stopping servers and simulator\n`);
    killAllChildren();
    process.exit(130);
  });
}

/** Distinct log messages of every server process (servers, 3-hop replicas, profiling server), with counts. */
const serverMessages = new Map<string, number>();
function collectMessages(child: Child): void {
  for (const [m, n] of child.messages()) serverMessages.set(m, (serverMessages.get(m) ?? 0) + n);
}

const began = performance.now();
/** Progress on stderr, each line stamped with the seconds since the benchmark started. */
const log = (line: string) =>
  process.stderr.write(
    `${line.startsWith('\n') ? '' : `${((performance.now() - began) / 1000).toFixed(0).padStart(4)}s `}${line}\n`,
  );

function selectScenarios(all: Scenario[], wanted: readonly string[] | null): Scenario[] {
  if (!wanted) return all;
  const unknown = wanted.filter((w) => !(SCENARIO_NAMES as readonly string[]).includes(w));
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIO_NAMES.join(', ')}`);
  // The ceiling always runs: every figure is read against it.
  return all.filter((s) => wanted.includes(s.name) || s.name === 'ceiling');
}

/** The scenario aimed at `server` (the ceiling goes to the simulator, whatever the server). */
const at = (scenario: Scenario, server: Server): Scenario =>
  scenario.graphql ? { ...scenario, origin: server.target.origin } : scenario;

function progress(label: string, run: number, runs: number, r: RunResult): string {
  const calls = r.callsPerQuery === null ? '—' : `~${r.callsPerQuery.toFixed(2)}`;
  return (
    `${label} run ${run}/${runs}: ${Math.round(r.reqPerSec)} req/s, ` +
    `p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, errors ${r.errors}, calls/query ${calls}, ` +
    `RSS ${r.server.rssPeakMb?.toFixed(0) ?? '—'} MB${r.serverLogLines ? `, ${r.serverLogLines} server log lines` : ''}`
  );
}

interface Entry {
  probe: Probe | null;
  /** Errors of a warm server's fill pass (its requests are not timed). */
  fillErrors: number | null;
  runs: RunResult[];
  median: Summary;
}

/** What the benchmark runs with, shared by every part. */
interface Context {
  options: BenchOptions;
  control: SimulatorControl;
  simulator: Child;
}

/**
 * A warm server's fill pass (every request of the pool once), then the exact probe, then the measured
 * runs. `servers` are the processes whose CPU and RSS count (two replicas in the 3-hop case).
 */
async function scenarioRuns(
  ctx: Context,
  scenario: Scenario,
  label: string,
  settings: {
    latencyMs: number;
    fill: boolean;
    servers: readonly Child[];
    gateway?: Child;
    probe?: { count: number; concurrency: number };
  },
): Promise<{ probe: Probe | null; fillErrors: number | null; runs: RunResult[] }> {
  const { options, control } = ctx;
  let fillErrors: number | null = null;
  if (settings.fill) {
    const fill = await sendPool(scenario, scenario.pool.length, options.connections);
    fillErrors = fill.errors;
    log(
      `${label} fill pass: ${scenario.pool.length} requests${fill.errors ? `, ${fill.errors} with errors: ${fill.firstError}` : ''}`,
    );
  }
  let probe: Probe | null = null;
  if (scenario.name !== 'ceiling') {
    probe = await probeCallsPerQuery(
      scenario,
      control,
      settings.latencyMs,
      settings.probe ?? { count: Math.max(20, Math.min(scenario.pool.length, 100)), concurrency: options.connections },
    );
    log(
      `${label} probe: ${probe.calls} upstream calls for ${probe.queries} queries = ${probe.callsPerQuery.toFixed(2)}/query` +
        `${probe.tokenCalls ? ` (+${probe.tokenCalls} token)` : ''}` +
        (probe.errors ? `; ${probe.errors} answered with errors, first: ${probe.firstError}` : ''),
    );
  }
  const runs: RunResult[] = [];
  for (let i = 1; i <= options.runs; i++) {
    const r = await measure(
      scenario,
      {
        connections: options.connections,
        durationS: options.durationS,
        warmupS: options.warmupS,
        latencyMs: settings.latencyMs,
      },
      { servers: settings.servers, simulator: ctx.simulator, gateway: settings.gateway },
      control,
    );
    runs.push(r);
    log(progress(label, i, options.runs, r));
  }
  return { probe, fillErrors, runs };
}

/** Part 1: every scenario on the cold and the warm server, per upstream latency. */
async function closedLoop(
  ctx: Context,
  scenarios: readonly Scenario[],
  servers: ReadonlyMap<CacheMode, Server>,
): Promise<{ results: Record<string, Record<string, Record<string, Entry>>>; tables: string[] }> {
  const { options } = ctx;
  const results: Record<string, Record<string, Record<string, Entry>>> = {};
  const tables: string[] = [];
  for (const latencyMs of options.latenciesMs) {
    const byScenario = new Map<ScenarioName, Map<CacheMode, Summary>>();
    const entries: Record<string, Record<string, Entry>> = {};
    let ceiling: number | undefined;
    for (const [index, mode] of options.modes.entries()) {
      const server = servers.get(mode) as Server;
      const runs = new Map<ScenarioName, RunResult[]>();
      const probes = new Map<ScenarioName, Probe>();
      const fills = new Map<ScenarioName, number | null>();
      for (const base of scenarios) {
        // The ceiling does not involve the server: once per latency.
        if (base.name === 'ceiling' && index > 0) continue;
        const scenario = at(base, server);
        const label = `[${latencyMs} ms] ${scenario.name.padEnd(15)} ${scenario.graphql ? mode : '—'}`.padEnd(28);
        const r = await scenarioRuns(ctx, scenario, label, {
          latencyMs,
          fill: mode === 'warm' && scenario.graphql,
          servers: [server.child],
        });
        runs.set(scenario.name, r.runs);
        if (r.probe) probes.set(scenario.name, r.probe);
        fills.set(scenario.name, r.fillErrors);
      }
      const summaries = summarise(runs, probes, scenarios, ceiling);
      ceiling ??= summaries.get('ceiling')?.reqPerSec;
      for (const [name, summary] of summaries) {
        if (!byScenario.has(name)) byScenario.set(name, new Map());
        byScenario.get(name)?.set(mode, summary);
        (entries[name] ??= {})[name === 'ceiling' ? 'direct' : mode] = {
          probe: probes.get(name) ?? null,
          fillErrors: fills.get(name) ?? null,
          runs: runs.get(name) ?? [],
          median: summary,
        };
      }
    }
    // Scenario order as listed, cold above warm.
    const ordered = new Map(
      scenarios
        .filter((s) => byScenario.has(s.name))
        .map((s) => [s.name, byScenario.get(s.name) as Map<CacheMode, Summary>]),
    );
    results[`${latencyMs}ms`] = entries;
    const t = latencyTable(latencyMs, ordered);
    tables.push(t);
    log(`\n${t}\n`);
  }
  return { results, tables };
}

/** prom-client's `eventLoopMonitoringPrecision` default: the histogram's samples include this interval. */
const EVENT_LOOP_RESOLUTION_MS = 10;

/**
 * Event-loop delay since the previous scrape (prom-client resets its monitorEventLoopDelay histogram on
 * each), less the sampling interval that every sample includes, so an idle loop reads ~0.
 */
async function eventLoopDelay(server: Server): Promise<EventLoopDelay | null> {
  try {
    const text = await (await fetch(`${server.target.origin}/metrics`)).text();
    const read = (name: string) => {
      const m = new RegExp(
        `^customer_graph_nodejs_eventloop_lag_${name}_seconds(?:\\{[^}]*\\})? ([\\d.e+-]+)$`,
        'm',
      ).exec(text);
      return m ? Math.max(0, Number(m[1]) * 1000 - EVENT_LOOP_RESOLUTION_MS) : NaN;
    };
    const out = { p50Ms: read('p50'), p99Ms: read('p99'), maxMs: read('max') };
    return Object.values(out).every(Number.isFinite) ? out : null;
  } catch {
    return null;
  }
}

/**
 * Part 2: open loop at `rate`, upstream answering in 20 ms: the Fin simulator directly (the upstream's own
 * latency), then single-small through the cold and the warm server, one after the other in the same run.
 */
async function openLoopPart(
  ctx: Context,
  scenarios: readonly Scenario[],
  servers: ReadonlyMap<CacheMode, Server>,
  rate: number,
): Promise<OpenLoopRow[]> {
  const { options, control } = ctx;
  const single = scenarios.find((s) => s.name === 'single-small');
  const ceiling = scenarios.find((s) => s.name === 'ceiling');
  if (!single || !ceiling) throw new Error('bench: the open loop needs the single-small and ceiling scenarios');
  // Enough connections for 100 ms per request at this rate: a slow answer must not hold back the schedule.
  const connections = Math.max(options.connections, Math.ceil(rate / 10));
  const settings = { rate, durationS: options.durationS, connections };
  await control.resetCounters(OPEN_LOOP_LATENCY_MS);
  const rows: OpenLoopRow[] = [];
  const upstream = await openLoop(ceiling, settings);
  rows.push({ target: 'upstream (Fin GET /v2/customers/:id)', result: upstream, eventLoop: null });
  log(
    `[open loop] upstream: p50 ${upstream.p50Ms.toFixed(1)} ms, p99 ${upstream.p99Ms.toFixed(1)} ms at ${Math.round(rate)} req/s`,
  );
  for (const mode of options.modes) {
    const server = servers.get(mode) as Server;
    const scenario = at(single, server);
    if (mode === 'warm') await sendPool(scenario, scenario.pool.length, options.connections);
    await eventLoopDelay(server); // resets the server's histogram
    const result = await openLoop(scenario, settings);
    const eventLoop = await eventLoopDelay(server);
    rows.push({ target: `single-small, ${mode} server`, result, eventLoop });
    log(
      `[open loop] single-small ${mode}: p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms, ` +
        `event-loop delay p99 ${eventLoop?.p99Ms.toFixed(1) ?? '—'} ms`,
    );
  }
  await control.settle();
  return rows;
}

/** Part 3: the 3-hop case, cache off, on per replica, on through Redis; one gateway, fresh replicas each. */
async function threeHopPart(
  ctx: Context,
  info: SimulatorInfo,
  fin: { holders: string[]; cursors: (string | null)[] },
  sdlFrom: Server,
): Promise<{ results: Record<string, Record<string, Entry>>; tables: string[] }> {
  const { options } = ctx;
  const pool = threeHopPool(fin.cursors);
  const byLatency = new Map<number, Map<ThreeHopConfig, Summary>>();
  const results: Record<string, Record<string, Entry>> = {};
  log('[3-hop] starting Hive Gateway and the accounts subgraph');
  // Started beside the first replicas (its start-up is the slowest part); composed from the cold server's SDL.
  const starting = startGateway(sdlFrom, { holders: fin.holders, pool });
  starting.catch(() => undefined);
  let gateway: Gateway | undefined;
  try {
    for (const config of THREE_HOP_CONFIGS) {
      log(`[3-hop] ${config}: starting 2 replicas${config === 'warm-redis' ? ' and redis-server' : ''}`);
      const replicas = await startReplicas(config, info, { logLevel: options.logLevel });
      try {
        gateway ??= await starting;
        await gateway.use(replicas);
        const { scenario, child } = gateway;
        for (const latencyMs of options.latenciesMs) {
          const r = await scenarioRuns(ctx, scenario, `[${latencyMs} ms] three-hop ${config}`.padEnd(28), {
            latencyMs,
            fill: config !== 'cold',
            servers: replicas.servers.map((s) => s.child),
            gateway: child,
            // One query at a time, each page once: Hive Gateway merges identical subgraph requests in flight,
            // which would make the exact figure depend on timing; under load that merging shows in `~under load`.
            probe: { count: scenario.pool.length, concurrency: 1 },
          });
          const summary = summarise(
            new Map([['three-hop', r.runs]]),
            new Map(r.probe ? [['three-hop', r.probe]] : []),
            [scenario],
          ).get('three-hop') as Summary;
          if (!byLatency.has(latencyMs)) byLatency.set(latencyMs, new Map());
          byLatency.get(latencyMs)?.set(config, summary);
          (results[`${latencyMs}ms`] ??= {})[config] = { ...r, median: summary };
        }
      } finally {
        for (const s of replicas.servers) collectMessages(s.child);
        await replicas.stop();
      }
    }
  } finally {
    await (gateway ?? (await starting.catch(() => undefined)))?.stop();
  }
  const tables = [...byLatency].map(([latencyMs, summaries]) => threeHopTable(latencyMs, summaries));
  for (const t of tables) log(`\n${t}\n`);
  return { results, tables };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const machine = machineInfo();
  const serverCommand = ['node', ...startArgs()].join(' ');
  const has = (part: BenchOptions['parts'][number]) => options.parts.includes(part);
  if (options.build) {
    log('bench: building dist/ (npm run build)');
    await runNode(['scripts/build.mjs']);
  }
  await mkdir(options.outDir, { recursive: true });
  const simulator = await startSimulator();
  const servers = new Map<CacheMode, Server>();
  let watchdog: Child | undefined;
  try {
    // The cold server always runs: the request pools are read through it.
    const wanted: CacheMode[] = [
      'cold',
      ...(has('closed') || has('open-loop') ? options.modes.filter((m) => m !== 'cold') : []),
    ];
    const started = await Promise.allSettled(
      wanted.map((mode) =>
        startServer(`server-${mode}`, simulator.info, { mode, logLevel: options.logLevel, workers: options.workers }),
      ),
    );
    started.forEach((r, n) => {
      if (r.status === 'fulfilled') servers.set(wanted[n] as CacheMode, r.value);
    });
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    // If this process is SIGKILLed, nothing here runs: the watchdog sees its stdin close and kills the children.
    watchdog = spawnNode('watchdog', [
      'bench/watchdog.mjs',
      String(simulator.child.pid),
      ...[...servers.values()].map((s) => String(s.child.pid)),
    ]);
    const control = new SimulatorControl(simulator.info);
    const ctx: Context = { options, control, simulator: simulator.child };
    const cold = servers.get('cold') as Server;
    const prepared = await prepareScenarios(cold.target, simulator.info, control);
    const scenarios = selectScenarios(prepared.scenarios, options.scenarios);
    const top = header(machine, options, scenarios, serverCommand);
    log(`${top}\n`);

    const tables: string[] = [];
    const json: Record<string, unknown> = {};
    if (has('closed')) {
      const closed = await closedLoop(ctx, scenarios, servers);
      json.closed = closed.results;
      tables.push(...closed.tables);
    }
    if (has('open-loop')) {
      let rate = options.rate;
      if (rate === null) {
        const coldSingle = (json.closed as Record<string, Record<string, Record<string, Entry>>> | undefined)?.[
          `${options.latenciesMs[0]}ms`
        ]?.['single-small']?.cold;
        const capacity =
          coldSingle?.median.reqPerSec ??
          (
            await scenarioRuns(
              ctx,
              at(prepared.scenarios.find((s) => s.name === 'single-small') as Scenario, cold),
              '[capacity] single-small cold',
              {
                latencyMs: options.latenciesMs[0] ?? 0,
                fill: false,
                servers: [cold.child],
              },
            )
          ).runs[0]?.reqPerSec;
        rate = Math.max(1, Math.round((capacity ?? 0) / 2));
      }
      const rows = await openLoopPart(ctx, prepared.scenarios, servers, rate);
      json.openLoop = { latencyMs: OPEN_LOOP_LATENCY_MS, rate, durationS: options.durationS, rows };
      const t = openLoopTable(OPEN_LOOP_LATENCY_MS, rows);
      tables.push(t);
      log(`\n${t}\n`);
    }
    if (has('three-hop')) {
      const threeHop = await threeHopPart(ctx, simulator.info, prepared.fin, cold);
      json.threeHop = threeHop.results;
      tables.push(...threeHop.tables);
    }
    if (has('profile')) {
      await control.resetCounters(0);
      const single = prepared.scenarios.find((s) => s.name === 'single-small') as Scenario;
      const typename: Scenario = {
        ...single,
        name: 'typename',
        description: '{ __typename }',
        pool: [{ path: '/graphql', body: graphqlBody(TYPENAME) }],
      };
      const profiles: ProfileResult[] = await profileScenarios([typename, single], simulator.info, {
        connections: options.connections,
        durationS: options.durationS,
        warmupS: options.warmupS,
        logLevel: options.logLevel,
        outDir: options.outDir,
        stamp: stampOf(machine),
      });
      json.profile = profiles;
      const t = profileReport(profiles);
      tables.push(t);
      log(`\n${t}\n`);
    }
    await control.reset();

    const file = await writeResults(options, machine, serverCommand, scenarios, json);
    process.stdout.write(`\n${top}\n\n${tables.join('\n\n')}\n\nResults: ${file} (and latest.json)\n`);
    for (const server of servers.values()) collectMessages(server.child);
    const sorted = [...serverMessages].sort((a, b) => b[1] - a[1]);
    if (sorted.length) {
      process.stdout.write(
        `\nServer output during the benchmark (LOG_LEVEL=${options.logLevel}, every server and replica), by count:\n`,
      );
      for (const [message, n] of sorted.slice(0, 15)) process.stdout.write(`  ${String(n).padStart(7)}  ${message}\n`);
    }
  } finally {
    for (const server of servers.values()) await server.child.stop();
    await simulator.child.stop();
    await watchdog?.stop();
  }
}

const stampOf = (machine: MachineInfo) => `${machine.date.replace(/[:.]/g, '-')}-${machine.gitSha}`;

async function writeResults(
  options: BenchOptions,
  machine: MachineInfo,
  serverCommand: string,
  scenarios: readonly Scenario[],
  results: Record<string, unknown>,
): Promise<string> {
  await mkdir(options.outDir, { recursive: true });
  const json = `${JSON.stringify(
    {
      version: 2,
      machine,
      settings: {
        connections: options.connections,
        durationS: options.durationS,
        warmupS: options.warmupS,
        runs: options.runs,
        latenciesMs: options.latenciesMs,
        modes: options.modes,
        parts: options.parts,
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
  const file = join(options.outDir, `${stampOf(machine)}${options.quick ? '-quick' : ''}.json`);
  await writeFile(file, json);
  await writeFile(join(options.outDir, 'latest.json'), json);
  return file;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  killAllChildren();
  process.exit(1);
});
