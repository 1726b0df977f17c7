import type { MachineInfo } from './machine.js';
import type { RunResult } from './measure.js';
import type { BenchOptions } from './options.js';
import type { Probe } from './probe.js';
import type { Scenario, ScenarioName } from './scenarios.js';

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
  loadGeneratorCpuPercent: number | null;
  /** CPU of every other process on the machine during the windows (noise), % of one core. */
  otherCpuPercent: number | null;
  /** req/s ÷ the ceiling's req/s at the same upstream latency, in the same invocation. */
  ratioToCeiling: number | null;
  /** Rows per response (list scenarios), ids per request (nodes). */
  rows: number | null;
}

/**
 * Figures of GraphQL Mesh on the same machine kind (the benchmark issue), upstream answering from
 * memory (latency 0), and the factor the goals ask of us.
 */
const MESH_REFERENCE: Partial<
  Record<ScenarioName, { label: string; reqPerSec: number; p99Ms: number; callsPerQuery: number; rssMb?: number }>
> = {
  'single-small': { label: 'one Fin customer by id', reqPerSec: 1500, p99Ms: 57, callsPerQuery: 1, rssMb: 630 },
  'list-40-detail': { label: '40 Fin customers + detail', reqPerSec: 73, p99Ms: 3900, callsPerQuery: 41, rssMb: 730 },
  ceiling: { label: 'upstream REST direct', reqPerSec: 58000, p99Ms: 2, callsPerQuery: 1 },
};

/** The goals of the issue, checked at upstream latency 0. */
const GOALS = {
  timesMesh: { 'single-small': 5, 'list-40-detail': 50 } as Partial<Record<ScenarioName, number>>,
  p99Ms: { scenarios: ['single-small', 'single-full'] as ScenarioName[], below: 15 },
  rssMb: 150,
};

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
      loadGeneratorCpuPercent: median(results.map((r) => r.machine.loadGeneratorPercent)),
      otherCpuPercent: max(results.map((r) => r.machine.otherPercent)),
      ratioToCeiling: null,
      rows: scenarios.find((s) => s.name === name)?.rows ?? null,
    });
  }
  const ceiling = out.get('ceiling')?.reqPerSec;
  if (ceiling) for (const s of out.values()) s.ratioToCeiling = s.reqPerSec / ceiling;
  return out;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? int(n) : n.toFixed(n >= 10 ? 1 : 2));
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
    'scenarios:',
    ...scenarios.map(
      (s) =>
        `  ${s.name.padEnd(15)} ${s.description} (${s.rows !== undefined ? `${s.rows} rows, ` : ''}` +
        `${s.pool.length} request${s.pool.length === 1 ? '' : 's'} in rotation)`,
    ),
  ];
  return lines.join('\n');
}

/** One table for one upstream latency, the Mesh reference beside the rows it matches, and the goals at 0 ms. */
export function latencyTable(latencyMs: number, summaries: ReadonlyMap<ScenarioName, Summary>): string {
  const rows = [...summaries].map(([name, s]) => {
    const mesh = MESH_REFERENCE[name];
    const calls =
      name === 'ceiling'
        ? '(1)'
        : s.callsPerQuery === null
          ? '—'
          : `${s.callsPerQuery.toFixed(2)}${s.tokenCalls ? ` +${s.tokenCalls} token` : ''}`;
    const underLoad =
      name === 'ceiling' || s.callsPerQueryUnderLoad === null ? '' : s.callsPerQueryUnderLoad.toFixed(2);
    return [
      name,
      int(s.reqPerSec),
      ms(s.p50Ms),
      ms(s.p99Ms),
      int(s.errors),
      calls,
      underLoad,
      name === 'ceiling' || s.rssPeakMb === null ? '—' : int(s.rssPeakMb),
      pct(s.ratioToCeiling),
      s.serverCpuPercent === null || name === 'ceiling' ? '—' : `${int(s.serverCpuPercent)}%`,
      s.simulatorCpuPercent === null ? '—' : `${int(s.simulatorCpuPercent)}%`,
      mesh ? `${int(mesh.reqPerSec)} / ${ms(mesh.p99Ms)} / ${mesh.callsPerQuery} / ${mesh.rssMb ?? '—'}` : '',
      mesh && latencyMs === 0 ? `${(s.reqPerSec / mesh.reqPerSec).toFixed(1)}×` : '',
    ];
  });
  const lines = [
    `Upstream latency ${latencyMs} ms`,
    ...table(
      [
        'scenario',
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
        'Mesh req/s / p99 / calls / MB',
        'vs Mesh',
      ],
      rows,
    ),
  ];
  const other = max([...summaries.values()].map((s) => s.otherCpuPercent));
  // The ceiling's rate is many times the server's, and so is wrk's CPU there: shown apart.
  const generator = max([...summaries].filter(([n]) => n !== 'ceiling').map(([, s]) => s.loadGeneratorCpuPercent));
  const atCeiling = summaries.get('ceiling')?.loadGeneratorCpuPercent ?? null;
  lines.push(
    `CPU, % of one core: load generator up to ${generator === null ? '—' : int(generator)}%` +
      `${atCeiling === null ? '' : ` (${int(atCeiling)}% on the ceiling)`}; other processes up to ` +
      `${other === null ? '—' : int(other)}%` +
      (other !== null && other > NOISY_CPU_PERCENT
        ? ' — WARNING: the machine was busy with other work, these figures understate the server'
        : ''),
  );
  for (const [name, s] of summaries) {
    if (s.probeErrors) lines.push(`WARNING: ${s.probeErrors} of the ${name} probe's queries answered with errors`);
  }
  const goalLines = latencyMs === 0 ? goals(summaries) : [];
  if (goalLines.length > 1) lines.push('', ...goalLines);
  return lines.join('\n');
}

function goals(summaries: ReadonlyMap<ScenarioName, Summary>): string[] {
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const out = ['Goals (issue), at upstream latency 0:'];
  for (const [name, factor] of Object.entries(GOALS.timesMesh) as [ScenarioName, number][]) {
    const s = summaries.get(name);
    const mesh = MESH_REFERENCE[name];
    if (!s || !mesh) continue;
    const times = s.reqPerSec / mesh.reqPerSec;
    out.push(
      `  ${name}: ≥${factor}× Mesh req/s (≥${int(mesh.reqPerSec * factor)}): ${int(s.reqPerSec)} = ${times.toFixed(1)}× — ${mark(times >= factor)}`,
    );
  }
  for (const name of GOALS.p99Ms.scenarios) {
    const s = summaries.get(name);
    if (s)
      out.push(`  ${name}: p99 < ${GOALS.p99Ms.below} ms: ${ms(s.p99Ms)} ms — ${mark(s.p99Ms < GOALS.p99Ms.below)}`);
  }
  const rss = max([...summaries].filter(([n]) => n !== 'ceiling').map(([, s]) => s.rssPeakMb));
  if (rss !== null)
    out.push(`  server RSS < ${GOALS.rssMb} MB under load: peak ${int(rss)} MB — ${mark(rss < GOALS.rssMb)}`);
  // Machine-independent view: share of each one's own upstream ceiling.
  const ceiling = summaries.get('ceiling');
  const meshCeiling = MESH_REFERENCE.ceiling?.reqPerSec;
  if (ceiling && meshCeiling) {
    for (const name of ['single-small', 'list-40-detail'] as const) {
      const s = summaries.get(name);
      const mesh = MESH_REFERENCE[name];
      if (s && mesh) {
        out.push(
          `  ${name} as a share of its ceiling: ours ${pct(s.reqPerSec / ceiling.reqPerSec)}, Mesh ${pct(mesh.reqPerSec / meshCeiling)}`,
        );
      }
    }
  }
  return out;
}
