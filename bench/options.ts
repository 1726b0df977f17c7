import { parseArgs } from 'node:util';

/** How one benchmark invocation runs. */
export interface BenchOptions {
  /** Concurrent connections of the load generator (default 50). */
  readonly connections: number;
  /** Measured window per run, whole seconds like every wrk duration (default 10). */
  readonly durationS: number;
  /** Warm-up run before each measured run, whole seconds; not counted anywhere; 0 skips it (default 3). */
  readonly warmupS: number;
  /** Measured runs per scenario and latency; the tables show medians (default 3). */
  readonly runs: number;
  /** Fixed upstream latencies the simulator adds to every provider call, ms (default 0 and 20). */
  readonly latenciesMs: readonly number[];
  /** Only these scenarios (null: all). */
  readonly scenarios: readonly string[] | null;
  /** Server LOG_LEVEL (default warn). */
  readonly logLevel: string;
  /** Server WORKERS: processes sharing its port (default 1). */
  readonly workers: number;
  /** Cache modes of the closed-loop scenarios: cold (cache off) and warm (cache on, filled first). */
  readonly modes: readonly ('cold' | 'warm')[];
  /** Parts of the benchmark to run (default all). */
  readonly parts: readonly Part[];
  /** Open-loop rate, req/s (null: half the cold single-small req/s measured in this run). */
  readonly rate: number | null;
  readonly quick: boolean;
  /** Skip `npm run build` (the bundle in dist/ must be current). */
  readonly build: boolean;
  /** Where results JSON goes (default bench/results). */
  readonly outDir: string;
}

/** The benchmark's parts, in the order they run. */
export const PARTS = ['closed', 'open-loop', 'three-hop', 'profile'] as const;
export type Part = (typeof PARTS)[number];

const USAGE = `Usage: npm run bench -- [options]

  --quick              1 run, 2 s measured, no warm-up run, 10 connections, latency 0 only (what CI runs)
  --connections N      concurrent connections (default 50)
  --duration S         measured seconds per run, whole (wrk's unit) (default 10)
  --warmup S           warm-up seconds before each run, whole; 0 for none (default 3)
  --runs N             runs per scenario and latency; medians are reported (default 3)
  --latency LIST       upstream latencies in ms, comma-separated (default 0,20)
  --scenario LIST      only these scenarios (and always the ceiling), comma-separated (default all)
  --mode LIST          cache modes for the scenarios: cold (CACHE_TTL_SECONDS=0), warm (default cold,warm)
  --part LIST          closed, open-loop, three-hop, profile (default all; open-loop without closed needs --rate)
  --rate N             open-loop rate, req/s (default half the cold single-small req/s of this run)
  --log-level LEVEL    the server's LOG_LEVEL (default warn)
  --workers N          the server's WORKERS, processes sharing its port (default 1)
  --no-build           do not rebuild dist/ first
  --out DIR            results directory (default bench/results)
  --help               this text
`;

/** Parses the command line; `--quick` sets its defaults first, explicit flags still win. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      runs: { type: 'string' },
      latency: { type: 'string' },
      scenario: { type: 'string' },
      'log-level': { type: 'string' },
      mode: { type: 'string' },
      part: { type: 'string' },
      rate: { type: 'string' },
      workers: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const latencies = values.latency ?? (quick ? '0' : '0,20');
  return {
    quick,
    connections: positive('connections', values.connections, quick ? 10 : 50),
    durationS: whole('duration', positive('duration', values.duration, quick ? 2 : 10)),
    // --quick: no wrk warm-up run; the probe (and a warm server's fill pass) before each run warm the server.
    warmupS: whole('warmup', nonNegative('warmup', values.warmup, quick ? 0 : 3)),
    runs: positive('runs', values.runs, quick ? 1 : 3),
    latenciesMs: latencies.split(',').map((s) => nonNegative('latency', s.trim(), 0)),
    scenarios: values.scenario
      ? values.scenario
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : null,
    logLevel: values['log-level'] ?? 'warn',
    modes: list('mode', values.mode ?? 'cold,warm', ['cold', 'warm'] as const),
    parts: list('part', values.part ?? PARTS.join(','), PARTS),
    rate: values.rate === undefined ? null : positive('rate', values.rate, 1),
    workers: whole('workers', positive('workers', values.workers, 1)),
    build: !values['no-build'],
    outDir: values.out ?? 'bench/results',
  };
}

function list<T extends string>(name: string, raw: string, known: readonly T[]): T[] {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = items.filter((i) => !(known as readonly string[]).includes(i));
  if (unknown.length || items.length === 0) usage(`--${name} takes some of ${known.join(', ')}, got "${raw}"`);
  return known.filter((k) => items.includes(k));
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  const n = nonNegative(name, raw, fallback);
  if (n === 0) usage(`--${name} must be above 0`);
  return n;
}

function nonNegative(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw === '' || !Number.isFinite(n) || n < 0) usage(`--${name} takes a non-negative number, got "${raw}"`);
  return n;
}

// wrk takes durations in whole seconds only.
function whole(name: string, n: number): number {
  if (!Number.isInteger(n)) usage(`--${name} takes whole seconds, got ${n}`);
  return n;
}

function usage(message: string): never {
  process.stderr.write(`bench: ${message}\n\n${USAGE}`);
  process.exit(64); // EX_USAGE
}
