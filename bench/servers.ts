import { readFileSync } from 'node:fs';
import type { ServerTarget } from './graphql.js';
import { freePort, spawnNode, waitForHttp, type Child } from './processes.js';
import { simulatorEnv } from '../src/simulator/index.js';
import type { SimulatorInfo } from './simulator-control.js';

/** The API key every server the benchmark starts accepts. */
export const API_KEY = 'bench-key';

/** Cache TTL of a warm server: longer than any benchmark, so a warm run never sees an entry expire. */
export const WARM_TTL_SECONDS = 3600;

/** Cold: no customer cache (`CACHE_TTL_SECONDS=0`); warm: cache on, filled by one pass before timing. */
export type CacheMode = 'cold' | 'warm';
export const CACHE_MODES: readonly CacheMode[] = ['cold', 'warm'];

/** A running server process and how to reach it. */
export interface Server {
  readonly child: Child;
  readonly target: ServerTarget;
  readonly port: number;
}

/** The standalone simulator, in its own process; its first stdout line announces origins and credentials. */
export async function startSimulator(): Promise<{ child: Child; info: SimulatorInfo }> {
  const child = spawnNode('simulator', ['--enable-source-maps', 'dist/simulator.js', '--exit-with-stdin']);
  const info = JSON.parse(await child.firstStdoutLine()) as SimulatorInfo;
  return { child, info };
}

/** The node arguments of `npm start` (package.json), so the benchmark measures exactly what production runs. */
export function startArgs(): string[] {
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

/**
 * Starts `node <start flags> dist/main.js` against the simulator, in `mode`, and waits for /healthz.
 * `extraEnv` adds to the environment (e.g. REDIS_URL); `nodeFlags` go before the script (profiling).
 */
export async function startServer(
  name: string,
  info: SimulatorInfo,
  settings: {
    mode: CacheMode;
    logLevel: string;
    workers: number;
    port?: number;
    extraEnv?: Record<string, string>;
    nodeFlags?: readonly string[];
  },
): Promise<Server> {
  const port = settings.port ?? (await freePort());
  const args = startArgs();
  const child = spawnNode(name, [...(settings.nodeFlags ?? []), ...args], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: settings.logLevel,
    WORKERS: String(settings.workers),
    API_KEYS: API_KEY,
    CACHE_TTL_SECONDS: settings.mode === 'cold' ? '0' : String(WARM_TTL_SECONDS),
    ...simulatorEnv(info),
    ...settings.extraEnv,
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/healthz`, child);
  return { child, target: { origin, apiKey: API_KEY }, port };
}
