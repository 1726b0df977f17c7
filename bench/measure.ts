import { drive, type LoadResult } from './load.js';
import type { Child } from './processes.js';
import { watchMachine, watchProcess, type CpuWindow, type ProcessWindow } from './proc-stats.js';
import type { Scenario } from './scenarios.js';
import { PROVIDERS, totals, type Counters, type SimulatorControl } from './simulator-control.js';

/** One measured window of one scenario. */
export interface RunResult extends LoadResult {
  /** Customer reads the three simulators served during the window (Fin token calls excluded). */
  upstreamCalls: number;
  /** Fin OAuth token and refresh calls during the window. */
  tokenCalls: number;
  /** `upstreamCalls / completed`. */
  callsPerQuery: number | null;
  /** Requests per route, per provider, during the window. */
  counters: Counters;
  /** The server's process(es): summed over replicas when there are several. */
  server: ProcessWindow;
  simulator: ProcessWindow;
  /** The gateway process (gateway + accounts subgraph), in the 3-hop case only. */
  gateway: ProcessWindow | null;
  /** The load generator's (wrk's) CPU, this process's and everything else's on the machine (noise). */
  machine: CpuWindow;
  /** Log lines the server wrote during the window (at the benchmark's LOG_LEVEL). */
  serverLogLines: number;
}

export interface MeasureSettings {
  connections: number;
  durationS: number;
  warmupS: number;
  latencyMs: number;
}

type ProcessWatch = ReturnType<typeof watchProcess>;
type MachineWatch = ReturnType<typeof watchMachine>;

/** `after - before`, route by route. */
function difference(after: Counters, before: Counters): Counters {
  const out = Object.fromEntries(PROVIDERS.map((p) => [p, {}])) as Counters;
  for (const p of PROVIDERS) {
    for (const [route, n] of Object.entries(after[p])) {
      const d = n - (before[p][route] ?? 0);
      if (d) out[p][route] = d;
    }
  }
  return out;
}

/**
 * One run: a wrk warm-up run, then the measured wrk run (see `drive`); the simulators' counters are
 * read at both edges of the measured run and the server's and simulator's RSS and CPU are watched in
 * between. Counters start from zero each run so the simulators' logs stay small.
 */
export async function measure(
  scenario: Scenario,
  settings: MeasureSettings,
  processes: { servers: readonly Child[]; simulator: Child; gateway?: Child },
  control: SimulatorControl,
): Promise<RunResult> {
  await control.resetCounters(settings.latencyMs);
  const state: {
    before?: Counters;
    after?: Counters;
    logLinesBefore: number;
    logLines: number;
    watch?: { server: ProcessWatch; simulator: ProcessWatch; gateway?: ProcessWatch; machine: MachineWatch };
    windows?: { server: ProcessWindow; simulator: ProcessWindow; gateway: ProcessWindow | null; machine: CpuWindow };
  } = { logLinesBefore: 0, logLines: 0 };
  const serverLines = () => processes.servers.reduce((n, s) => n + s.lineCount(), 0);

  const load = await drive(scenario, settings.connections, settings, {
    async start() {
      state.watch = {
        machine: watchMachine(),
        server: watchProcess(processes.servers.map((s) => s.pid)),
        simulator: watchProcess(processes.simulator.pid),
        gateway: processes.gateway ? watchProcess(processes.gateway.pid) : undefined,
      };
      state.logLinesBefore = serverLines();
      state.before = await control.counters();
    },
    async end(loadGeneratorCpuS) {
      if (state.watch) {
        const server = state.watch.server.stop();
        const simulator = state.watch.simulator.stop();
        const gateway = state.watch.gateway?.stop() ?? null;
        state.windows = {
          server,
          simulator,
          gateway,
          machine: state.watch.machine.stop({ server, simulator, gateway, loadGeneratorCpuS }),
        };
      }
      state.logLines = serverLines() - state.logLinesBefore;
      state.after = await control.counters();
    },
  });
  // Requests in flight when wrk stopped finish upstream before the next run starts.
  await control.settle();

  const { before, after, windows } = state;
  if (!before || !after || !windows) throw new Error(`bench: the measured window of ${scenario.name} never opened`);
  const counters = difference(after, before);
  const { calls, tokenCalls } = totals(counters);
  return {
    ...load,
    upstreamCalls: calls,
    tokenCalls,
    callsPerQuery: load.completed > 0 ? calls / load.completed : null,
    counters,
    server: windows.server,
    simulator: windows.simulator,
    gateway: windows.gateway,
    machine: windows.machine,
    serverLogLines: state.logLines,
  };
}
