import type { ProviderName } from '../../src/model/customer.js';
import type { SimServer } from '../../src/simulator/http.js';
import type { Simulators } from '../../src/simulator/index.js';
import type { ProviderDeps } from '../../src/providers/registry.js';
import { startHarness, type GraphQLResponse, type Harness } from '../helpers/harness.js';
import { fin, openfx, spherepay } from '../fixtures/index.js';

// Shared by the resilience suites: one subject per provider, small budgets, and a helper that runs
// a query and measures it.

/** Per-attempt timeouts of the fault suites: a hang costs 300 ms. */
export const POOL = { connectTimeout: 300, headersTimeout: 300, bodyTimeout: 300 };
/** The GraphQL request budget (`REQUEST_TIMEOUT_MS`) of the fault suites. */
export const DEADLINE_MS = 1_500;

/** The server over the simulators with the fault suites' budgets (`DEADLINE_MS`, `POOL`). */
export function startFaultHarness(
  options: { now?: () => number; breaker?: ProviderDeps['breaker'] } = {},
): Promise<Harness> {
  return startHarness({
    now: options.now,
    config: { requestTimeoutMs: DEADLINE_MS },
    providers: { pool: POOL, breaker: options.breaker },
  });
}

export interface Subject {
  readonly provider: ProviderName;
  readonly sim: (sims: Simulators) => SimServer;
  /** The detail route a `customer(id:)` query calls. */
  readonly route: string;
  /** A customer the simulator knows. */
  readonly id: string;
  /** A well-formed id the simulator does not know. */
  readonly unknown: string;
}

export const SUBJECTS: readonly Subject[] = [
  {
    provider: 'FIN',
    sim: (s) => s.fin,
    route: 'GET /v2/customers/:id',
    id: fin.actionRequiredIndividual.id,
    unknown: fin.unknownId,
  },
  {
    provider: 'SPHEREPAY',
    sim: (s) => s.spherepay,
    route: 'GET /v2/customer/:id',
    id: spherepay.individual.id,
    unknown: spherepay.unknownId,
  },
  {
    provider: 'OPENFX',
    sim: (s) => s.openfx,
    route: 'GET /v1/customers/:id',
    id: openfx.activeBusiness.id,
    unknown: openfx.unknownId,
  },
];

export const CUSTOMER = `query($id: ID!) { customer(id: $id) { id provider providerId status } }`;

export interface Measured {
  readonly res: GraphQLResponse<{ customer: { providerId: string } | null }>;
  /** Wall time of the whole GraphQL request, ms. */
  readonly ms: number;
  /** Requests the subject's simulator served on `route` during it. */
  readonly calls: number;
  /** The response, for assertion messages (a failing test prints all of it). */
  readonly dump: string;
}

/** Asks for `id` (default the subject's known customer) and measures time and upstream calls. */
export async function ask(h: Harness, subject: Subject, id = subject.id): Promise<Measured> {
  const sim = subject.sim(h.sims);
  const before = sim.log.count(subject.route);
  const started = performance.now();
  const res = await h.gql<{ customer: { providerId: string } | null }>(CUSTOMER, { id });
  const ms = Math.round(performance.now() - started);
  const calls = sim.log.count(subject.route) - before;
  return { res, ms, calls, dump: JSON.stringify({ ms, calls, body: res.body }, null, 2) };
}

/** The error codes of a response as `[path, code, provider]`. */
export function errorsOf(res: GraphQLResponse<unknown>): [unknown, unknown, unknown][] {
  return (res.body.errors ?? []).map((e) => [e.path, e.extensions?.code, e.extensions?.provider]);
}

/** The `upstream call` log lines the server wrote for `provider`'s `endpoint`. */
export function upstreamLines(h: Harness, provider: ProviderName, endpoint: string): Record<string, unknown>[] {
  return h.logs
    .filter((l) => l.msg === 'upstream call')
    .map((l) => l.upstream as Record<string, unknown>)
    .filter((u) => u.provider === provider && u.endpoint === endpoint);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
