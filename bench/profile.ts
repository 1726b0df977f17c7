import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drive } from './load.js';
import type { Scenario } from './scenarios.js';
import { startServer } from './servers.js';
import type { SimulatorInfo } from './simulator-control.js';

/**
 * Where CPU time or allocated bytes went, by who owns the code: builtins and graphql-jit's compiled code
 * are charged to their caller; `native` is what had no caller with a script (timers, I/O callbacks).
 */
export type Owner = 'ours' | 'dependencies' | 'node' | 'native' | 'gc';

/** One allocation site of the sampling heap profile. */
export interface AllocationSite {
  site: string;
  owner: Owner;
  /** Package name for a dependency. */
  pkg: string | null;
  /** Sampled bytes per request. */
  bytesPerRequest: number;
  share: number;
}

/** What profiling one request kind on the cold server gave. */
export interface ProfileResult {
  name: string;
  completed: number;
  /** Answers with errors in the window (wrk closing connections mid-request can cause a few). */
  errors: number;
  reqPerSec: number;
  /** Server CPU per request (profiler on: absolute values run high, compare the two rows). */
  cpuUsPerRequest: number;
  /** Exact bytes the V8 heap allocated per request (GC profile). */
  allocatedBytesPerRequest: number;
  gcCount: number;
  /** GC pause time as a share of the window. */
  gcShare: number;
  /** CPU profile self time by owner, shares of the busy (non-idle) time. */
  cpuByOwner: Record<Owner, number>;
  /** Top dependencies by CPU self time (share of busy time). */
  topPackages: { pkg: string; share: number }[];
  /** Sampled allocation by owner, shares. */
  allocationByOwner: Record<Owner, number>;
  topAllocationSites: AllocationSite[];
  /** The profile files written, for Chrome DevTools / speedscope. */
  files: string[];
}

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

/** Who owns a frame with a script URL; null for a frame without one (V8 builtin, native, graphql-jit's compiled code). */
function ownerOf(frame: CallFrame): { owner: Owner; pkg: string | null } | null {
  const { url, functionName } = frame;
  if (functionName === '(garbage collector)') return { owner: 'gc', pkg: null };
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return { owner: 'dependencies', pkg: rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? null) };
  }
  if (url.startsWith('node:')) return { owner: 'node', pkg: null };
  if (url.includes('/dist/') || url.includes('/src/')) return { owner: 'ours', pkg: null };
  return null;
}

const UNOWNED = { owner: 'native' as Owner, pkg: null };

const emptyOwners = (): Record<Owner, number> => ({ ours: 0, dependencies: 0, node: 0, native: 0, gc: 0 });

function siteOf(f: CallFrame): string {
  const file = f.url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*\/(dist|src)\//, '$1/');
  return `${f.functionName || '(anonymous)'} ${file ? `${file}:${f.lineNumber + 1}` : '(native)'}`;
}

function analyseCpu(profile: CpuProfile): {
  byOwner: Record<Owner, number>;
  packages: { pkg: string; share: number }[];
} {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  // A frame without a script (a builtin such as JSON.parse or Promise.all, a graphql-jit compiled query)
  // is charged to the code that called it.
  const owners = new Map<number, { owner: Owner; pkg: string | null }>();
  const assign = (id: number, inherited: { owner: Owner; pkg: string | null }) => {
    const node = nodes.get(id);
    if (!node) return;
    const own = ownerOf(node.callFrame) ?? inherited;
    owners.set(id, own);
    for (const child of node.children ?? []) assign(child, own);
  };
  assign(profile.nodes[0]?.id ?? 1, UNOWNED);
  const byOwner = emptyOwners();
  const byPackage = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const dt = profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const { owner, pkg } = owners.get(id) ?? UNOWNED;
    byOwner[owner] += dt;
    if (pkg) byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
    busy += dt;
  });
  for (const k of Object.keys(byOwner) as Owner[]) byOwner[k] = busy ? byOwner[k] / busy : 0;
  const packages = [...byPackage]
    .map(([pkg, t]) => ({ pkg, share: busy ? t / busy : 0 }))
    .sort((a, b) => b.share - a.share)
    .slice(0, 6);
  return { byOwner, packages };
}

function analyseHeap(head: HeapNode, requests: number): { byOwner: Record<Owner, number>; sites: AllocationSite[] } {
  const bySite = new Map<string, { bytes: number; owner: Owner; pkg: string | null }>();
  let total = 0;
  // As for CPU, an allocation in a frame without a script is charged to (and listed under) its caller.
  const walk = (node: HeapNode, caller: { owner: Owner; pkg: string | null; site: string }) => {
    const known = ownerOf(node.callFrame);
    const here = known ? { ...known, site: siteOf(node.callFrame) } : caller;
    if (node.selfSize > 0) {
      const site = known ? here.site : `${siteOf(node.callFrame)} ← ${caller.site}`;
      const entry = bySite.get(site) ?? { bytes: 0, owner: here.owner, pkg: here.pkg };
      entry.bytes += node.selfSize;
      bySite.set(site, entry);
      total += node.selfSize;
    }
    for (const child of node.children) walk(child, here);
  };
  walk(head, { ...UNOWNED, site: '(root)' });
  const byOwner = emptyOwners();
  for (const e of bySite.values()) byOwner[e.owner] += total ? e.bytes / total : 0;
  const sites = [...bySite]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 12)
    .map(([site, e]) => ({
      site,
      owner: e.owner,
      pkg: e.pkg,
      bytesPerRequest: e.bytes / requests,
      share: total ? e.bytes / total : 0,
    }));
  return { byOwner, sites };
}

/**
 * Profiles each scenario on one cold server (`CACHE_TTL_SECONDS=0`) started with the profile agent
 * preloaded: a warm-up wrk run, then a measured wrk run with the CPU profiler, the sampling heap
 * profiler and a GC profile on. The profiler slows the server: compare rows, not with the tables above.
 */
export async function profileScenarios(
  scenarios: readonly Scenario[],
  info: SimulatorInfo,
  settings: {
    connections: number;
    durationS: number;
    warmupS: number;
    logLevel: string;
    outDir: string;
    stamp: string;
  },
): Promise<ProfileResult[]> {
  const server = await startServer('server-profile', info, {
    mode: 'cold',
    logLevel: settings.logLevel,
    workers: 1,
    nodeFlags: ['--import', './bench/profile-agent.mjs'],
  });
  const results: ProfileResult[] = [];
  try {
    for (const base of scenarios) {
      const scenario: Scenario = { ...base, origin: server.target.origin };
      const prefix = join(settings.outDir, `${settings.stamp}-profile-${scenario.name}`);
      let agent: { allocatedBytes: number; gcCount: number; gcMs: number; cpuMs: number; wallMs: number } | undefined;
      // Always a warm-up run: the JIT and the per-document caches settle before the profiled window.
      const timing = { durationS: settings.durationS, warmupS: Math.max(1, settings.warmupS) };
      const load = await drive(scenario, settings.connections, timing, {
        async start() {
          const started = server.child.nextLine('bench-profile ');
          server.child.process.stdin?.write('start\n');
          await started;
        },
        async end() {
          const stopped = server.child.nextLine('bench-profile ');
          server.child.process.stdin?.write(`stop ${prefix}\n`);
          agent = JSON.parse(await stopped) as typeof agent;
        },
      });
      if (!agent || 'error' in agent) throw new Error(`bench: profile agent failed: ${JSON.stringify(agent)}`);
      const requests = Math.max(1, load.completed);
      const cpu = analyseCpu(JSON.parse(readFileSync(`${prefix}.cpuprofile`, 'utf8')) as CpuProfile);
      const heap = analyseHeap(
        (JSON.parse(readFileSync(`${prefix}.heapprofile`, 'utf8')) as { head: HeapNode }).head,
        requests,
      );
      results.push({
        name: scenario.name,
        completed: load.completed,
        errors: load.errors,
        reqPerSec: load.reqPerSec,
        cpuUsPerRequest: (agent.cpuMs * 1000) / requests,
        allocatedBytesPerRequest: agent.allocatedBytes / requests,
        gcCount: agent.gcCount,
        gcShare: agent.wallMs > 0 ? agent.gcMs / agent.wallMs : 0,
        cpuByOwner: cpu.byOwner,
        topPackages: cpu.packages,
        allocationByOwner: heap.byOwner,
        topAllocationSites: heap.sites,
        files: [`${prefix}.cpuprofile`, `${prefix}.heapprofile`],
      });
    }
  } finally {
    await server.child.stop();
  }
  return results;
}
