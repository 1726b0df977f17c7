import type { MachineInfo } from './machine.js';
import type { RunResult } from './measure.js';
import type { BenchOptions } from './options.js';
import type { Probe } from './probe.js';
import type { OpenLoopResult } from './open-loop.js';
import type { ProfileResult } from './profile.js';
import type { Scenario, ScenarioName } from './scenarios.js';
import { WARM_TTL_SECONDS, type CacheMode } from './servers.js';
import { THREE_HOP_LABELS, type ThreeHopConfig } from './three-hop.js';

/** Medians over a scenario's runs (errors summed, RSS the highest peak: both would hide a bad run as medians). */
export interface Summary {
  runs: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Sum over runs. */
  errors: number;
  /** Errors among the probe's queries (not in `errors`). */
  probeErrors: number;
  /** Exact, from the probe (null for the ceiling, which is the upstream itself). */
  callsPerQuery: number | null;
  /** Estimated from the counters at the edges of the measured windows (median); confirms the probe under load. */
  callsPerQueryUnderLoad: number | null;
  /** Fin token calls during the probe and the measured windows. */
  tokenCalls: number;
  /** Highest server RSS over runs, MB. */
  rssPeakMb: number | null;
  serverCpuPercent: number | null;
  simulatorCpuPercent: number | null;
  simulatorRssPeakMb: number | null;
  /** The gateway process's CPU (3-hop case only). */
  gatewayCpuPercent: number | null;
  loadGeneratorCpuPercent: number | null;
  /** CPU of every other process on the machine during the windows (noise), % of one core. */
  otherCpuPercent: number | null;
  /** req/s ÷ the ceiling's req/s at the same upstream latency, in the same invocation. */
  ratioToCeiling: number | null;
  /** Rows per response (list scenarios), ids per request (nodes). */
  rows: number | null;
}

/** Other processes using more than this share of a core during a window make its figures suspect. */
const NOISY_CPU_PERCENT = 15;

function median(values: readonly (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function max(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? Math.max(...present) : null;
}

/** Summarises the runs of every scenario at one latency; ratios use the ceiling's median of the same latency. */
export function summarise(
  runs: ReadonlyMap<ScenarioName, RunResult[]>,
  probes: ReadonlyMap<ScenarioName, Probe>,
  scenarios: readonly Scenario[],
  ceilingReqPerSec?: number,
): Map<ScenarioName, Summary> {
  const out = new Map<ScenarioName, Summary>();
  for (const [name, results] of runs) {
    const probe = probes.get(name);
    out.set(name, {
      runs: results.length,
      reqPerSec: median(results.map((r) => r.reqPerSec)) ?? 0,
      p50Ms: median(results.map((r) => r.p50Ms)) ?? 0,
      p99Ms: median(results.map((r) => r.p99Ms)) ?? 0,
      errors: results.reduce((n, r) => n + r.errors, 0),
      probeErrors: probe?.errors ?? 0,
      callsPerQuery: probe?.callsPerQuery ?? null,
      callsPerQueryUnderLoad: median(results.map((r) => r.callsPerQuery)),
      tokenCalls: results.reduce((n, r) => n + r.tokenCalls, probe?.tokenCalls ?? 0),
      rssPeakMb: max(results.map((r) => r.server.rssPeakMb)),
      serverCpuPercent: median(results.map((r) => r.server.cpuPercent)),
      simulatorCpuPercent: median(results.map((r) => r.simulator.cpuPercent)),
      simulatorRssPeakMb: max(results.map((r) => r.simulator.rssPeakMb)),
      gatewayCpuPercent: median(results.map((r) => r.gateway?.cpuPercent ?? null)),
      loadGeneratorCpuPercent: median(results.map((r) => r.machine.loadGeneratorPercent)),
      otherCpuPercent: max(results.map((r) => r.machine.otherPercent)),
      ratioToCeiling: null,
      rows: scenarios.find((s) => s.name === name)?.rows ?? null,
    });
  }
  const ceiling = ceilingReqPerSec ?? out.get('ceiling')?.reqPerSec;
  if (ceiling) for (const s of out.values()) s.ratioToCeiling = s.reqPerSec / ceiling;
  return out;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? int(n) : n.toFixed(n >= 10 ? 1 : 2));
const signed = (n: number) => (n < 0 ? `−${ms(-n)}` : `+${ms(n)}`);
const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(n < 0.1 ? 2 : 1)}%`);

/** Lines of a left-aligned first column, right-aligned others. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/** The header printed above the tables. */
export function header(
  machine: MachineInfo,
  options: BenchOptions,
  scenarios: readonly Scenario[],
  serverCommand: string,
): string {
  const lines = [
    `customer-graph benchmark — ${machine.date}`,
    `machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.totalMemGb} GB RAM, ${machine.os}, node ${machine.node}`,
    `commit:  ${machine.gitSha}${machine.gitDirty ? ' (+ uncommitted changes)' : ''}`,
    `load:    ${machine.loadGenerator} (1 thread), ${options.connections} connections, ${options.warmupS} s warm-up run + ` +
      `${options.durationS} s measured run, ${options.runs} run(s) per scenario, medians shown${options.quick ? ' [--quick]' : ''}`,
    `server:  ${serverCommand}, NODE_ENV=production, LOG_LEVEL=${options.logLevel}, WORKERS=${options.workers}` +
      `${options.workers > 1 ? ' (RSS and CPU summed over primary + workers)' : ''}; simulator in its own process; loopback`,
    `cache:   cold = CACHE_TTL_SECONDS=0; warm = CACHE_TTL_SECONDS=${WARM_TTL_SECONDS}, after one un-timed pass over the request pool`,
    `parts:   ${options.parts.join(', ')}`,
    'scenarios:',
    ...scenarios.map(
      (s) =>
        `  ${s.name.padEnd(15)} ${s.description} (${s.rows !== undefined ? `${s.rows} rows, ` : ''}` +
        `${s.pool.length} request${s.pool.length === 1 ? '' : 's'} in rotation)`,
    ),
  ];
  return lines.join('\n');
}

function callsCell(s: Summary, ceiling: boolean): string {
  if (ceiling) return '(1)';
  if (s.callsPerQuery === null) return '—';
  return `${s.callsPerQuery.toFixed(2)}${s.tokenCalls ? ` +${s.tokenCalls} token` : ''}`;
}

function cpuLine(summaries: readonly [string, Summary][]): string {
  const other = max(summaries.map(([, s]) => s.otherCpuPercent));
  // The ceiling's rate is many times the server's, and so is wrk's CPU there: shown apart.
  const generator = max(summaries.filter(([n]) => n !== 'ceiling').map(([, s]) => s.loadGeneratorCpuPercent));
  const atCeiling = summaries.find(([n]) => n === 'ceiling')?.[1].loadGeneratorCpuPercent ?? null;
  return (
    `CPU, % of one core: load generator up to ${generator === null ? '—' : int(generator)}%` +
    `${atCeiling === null ? '' : ` (${int(atCeiling)}% on the ceiling)`}; other processes up to ` +
    `${other === null ? '—' : int(other)}%` +
    (other !== null && other > NOISY_CPU_PERCENT
      ? ' — WARNING: the machine was busy with other work, these figures understate the server'
      : '')
  );
}

/**
 * One table for one upstream latency: each scenario cold and warm on consecutive rows, with the exact
 * upstream calls per query of each and warm req/s as a multiple of cold.
 */
export function latencyTable(
  latencyMs: number,
  summaries: ReadonlyMap<ScenarioName, ReadonlyMap<CacheMode, Summary>>,
): string {
  const flat: [string, Summary][] = [];
  const rows: string[][] = [];
  for (const [name, byMode] of summaries) {
    const cold = byMode.get('cold');
    for (const [mode, s] of byMode) {
      const ceiling = name === 'ceiling';
      flat.push([name, s]);
      rows.push([
        name,
        ceiling ? '—' : mode,
        int(s.reqPerSec),
        ms(s.p50Ms),
        ms(s.p99Ms),
        int(s.errors),
        callsCell(s, ceiling),
        ceiling || s.callsPerQueryUnderLoad === null ? '' : s.callsPerQueryUnderLoad.toFixed(2),
        ceiling || s.rssPeakMb === null ? '—' : int(s.rssPeakMb),
        ceiling ? '' : pct(s.ratioToCeiling),
        s.serverCpuPercent === null || ceiling ? '—' : `${int(s.serverCpuPercent)}%`,
        s.simulatorCpuPercent === null ? '—' : `${int(s.simulatorCpuPercent)}%`,
        mode === 'warm' && cold && cold.reqPerSec > 0 ? `${(s.reqPerSec / cold.reqPerSec).toFixed(1)}×` : '',
      ]);
    }
  }
  const lines = [
    `Upstream latency ${latencyMs} ms`,
    ...table(
      [
        'scenario',
        'cache',
        'req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'calls/query',
        '~under load',
        'RSS MB',
        '÷ ceiling',
        'srv CPU',
        'sim CPU',
        'warm ÷ cold',
      ],
      rows,
    ),
    cpuLine(flat),
  ];
  for (const [name, s] of flat) {
    if (s.probeErrors) lines.push(`WARNING: ${s.probeErrors} of the ${name} probe's queries answered with errors`);
  }
  return lines.join('\n');
}

/** The 3-hop table: two replicas behind Hive Gateway, cache off, on per replica, and shared through Redis. */
export function threeHopTable(latencyMs: number, summaries: ReadonlyMap<ThreeHopConfig, Summary>): string {
  const flat = [...summaries].map(([config, s]) => [config, s] as [string, Summary]);
  const rows = [...summaries].map(([config, s]) => [
    config,
    THREE_HOP_LABELS[config],
    int(s.reqPerSec),
    ms(s.p50Ms),
    ms(s.p99Ms),
    int(s.errors),
    callsCell(s, false),
    s.callsPerQueryUnderLoad === null ? '' : s.callsPerQueryUnderLoad.toFixed(2),
    s.rssPeakMb === null ? '—' : int(s.rssPeakMb),
    s.serverCpuPercent === null ? '—' : `${int(s.serverCpuPercent)}%`,
    s.gatewayCpuPercent === null ? '—' : `${int(s.gatewayCpuPercent)}%`,
  ]);
  return [
    `3-hop through Hive Gateway (customers → accounts → holder, 2 replicas), upstream latency ${latencyMs} ms`,
    ...table(
      [
        'config',
        'what',
        'req/s',
        'p50 ms',
        'p99 ms',
        'errors',
        'calls/query',
        '~under load',
        'RSS MB (2 replicas)',
        'replicas CPU',
        'gateway CPU',
      ],
      rows,
    ),
    cpuLine(flat),
  ].join('\n');
}

/** Event-loop delay of the server over an open-loop window, from its /metrics (prom-client, reset per scrape). */
export interface EventLoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** One open-loop row: who was hit, at which rate, what it saw. */
export interface OpenLoopRow {
  target: string;
  result: OpenLoopResult;
  eventLoop: EventLoopDelay | null;
}

/** Open-loop tail latency: through the server (cold, warm) beside the upstream alone, same rate, same run. */
export function openLoopTable(latencyMs: number, rows: readonly OpenLoopRow[]): string {
  const upstream = rows.find((r) => r.target.startsWith('upstream'))?.result;
  const body = rows.map(({ target, result: r, eventLoop }) => [
    target,
    int(r.rate),
    int(r.achievedRate),
    ms(r.p50Ms),
    ms(r.p90Ms),
    ms(r.p99Ms),
    ms(r.maxMs),
    upstream && !target.startsWith('upstream') ? signed(r.p99Ms - upstream.p99Ms) : '',
    int(r.errors),
    eventLoop ? `${ms(eventLoop.p50Ms)} / ${ms(eventLoop.p99Ms)} / ${ms(eventLoop.maxMs)}` : '—',
    ms(r.sendLagP99Ms),
    `${int(r.driverCpuPercent)}%`,
  ]);
  return [
    `Open loop at a fixed rate, upstream latency ${latencyMs} ms (latency from each request's scheduled send time)`,
    ...table(
      [
        'target',
        'rate',
        'achieved',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'p99 added',
        'errors',
        'event-loop delay p50 / p99 / max ms',
        'driver lag p99 ms',
        'driver CPU',
      ],
      body,
    ),
  ].join('\n');
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The profile: our own share of CPU and allocation, single read beside `{ __typename }` on one server. */
export function profileReport(results: readonly ProfileResult[]): string {
  const owners = ['ours', 'dependencies', 'node', 'native', 'gc'] as const;
  const lines = [
    'Profile, cold server (profiler on: absolute figures run high, compare the rows)',
    ...table(
      ['request', 'req/s', 'errors', 'CPU µs/req', 'alloc/req', 'GC pause', ...owners.map((o) => `CPU ${o}`)],
      results.map((r) => [
        r.name,
        int(r.reqPerSec),
        int(r.errors),
        int(r.cpuUsPerRequest),
        kb(r.allocatedBytesPerRequest),
        pct(r.gcShare),
        ...owners.map((o) => pct(r.cpuByOwner[o])),
      ]),
    ),
  ];
  const [base, read] = [results.find((r) => r.name === 'typename'), results.find((r) => r.name !== 'typename')];
  if (base && read) {
    lines.push(
      `${read.name} over { __typename }: +${int(read.cpuUsPerRequest - base.cpuUsPerRequest)} µs CPU and ` +
        `+${kb(read.allocatedBytesPerRequest - base.allocatedBytesPerRequest)} allocated per request`,
    );
  }
  for (const r of results) {
    lines.push(
      '',
      `${r.name}: CPU by dependency ${r.topPackages.map((p) => `${p.pkg} ${pct(p.share)}`).join(', ')}`,
      `${r.name}: allocation (sampled) ${owners.map((o) => `${o} ${pct(r.allocationByOwner[o])}`).join(', ')}; top sites:`,
      ...r.topAllocationSites.map(
        (s) =>
          `  ${kb(s.bytesPerRequest).padStart(9)}/req ${pct(s.share).padStart(6)}  ${s.owner.padEnd(12)} ${s.site}`,
      ),
      `  files: ${r.files.join(', ')}`,
    );
  }
  return lines.join('\n');
}
