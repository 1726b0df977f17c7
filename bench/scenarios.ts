import { gql, graphqlBody, graphqlHeaders, type ServerTarget } from './graphql.js';
import { IDS, LIST_512, LIST_DETAIL, LIST_RFI, NODES, SINGLE_FULL, SINGLE_SMALL } from './queries.js';
import type { SimulatorControl, SimulatorInfo } from './simulator-control.js';

/** Scenario names: short and stable, they are the keys of the results JSON. */
export const SCENARIO_NAMES = [
  'single-small',
  'single-full',
  'nodes-20',
  'list-40-detail',
  'list-40-rfi',
  'list-512',
  'ceiling',
] as const;
/** The closed-loop scenarios above, the 3-hop case through the gateway, and the profile's `{ __typename }`. */
export type ScenarioName = (typeof SCENARIO_NAMES)[number] | 'three-hop' | 'typename';

/** One HTTP request of a scenario's rotating pool. */
export interface PoolRequest {
  readonly path: string;
  readonly body?: string;
}

/** What the load generator sends for one scenario. */
export interface Scenario {
  readonly name: ScenarioName;
  readonly description: string;
  /** Origin the load goes to: the server, or the Fin simulator for the ceiling. */
  readonly origin: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  /** Requests sent in turn across all connections, so ids vary and upstream calls are real. */
  readonly pool: readonly PoolRequest[];
  /** Whether bodies are GraphQL responses (a top-level `errors` counts as an error). */
  readonly graphql: boolean;
  /** Rows one response carries, for list scenarios (checked once at start-up). */
  rows?: number;
}

interface IdRow {
  id: string;
  providerId: string;
  type: 'INDIVIDUAL' | 'BUSINESS';
}

interface IdsPage {
  customers: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: IdRow[] };
}

/** Ids of one provider's customers, following pages of `pageSize` until `max` or the end. */
async function ids(
  target: ServerTarget,
  provider: 'FIN' | 'SPHEREPAY' | 'OPENFX',
  options: { type?: 'INDIVIDUAL' | 'BUSINESS'; max: number; pageSize: number },
): Promise<{ rows: IdRow[]; cursors: (string | null)[] }> {
  const rows: IdRow[] = [];
  // cursors[i] is the `after` that starts page i (null for the first), kept only for full pages.
  const cursors: (string | null)[] = [];
  let after: string | null = null;
  while (rows.length < options.max) {
    const page: IdsPage = await gql<IdsPage>(target, IDS, {
      provider,
      type: options.type,
      first: options.pageSize,
      after,
    });
    if (page.customers.nodes.length === options.pageSize) cursors.push(after);
    rows.push(...page.customers.nodes);
    if (!page.customers.pageInfo.hasNextPage || !page.customers.pageInfo.endCursor) break;
    after = page.customers.pageInfo.endCursor;
  }
  return { rows: rows.slice(0, options.max), cursors };
}

/** Picks `n` elements of `items` starting at `offset`, wrapping around. */
function take<T>(items: readonly T[], offset: number, n: number): T[] {
  return Array.from({ length: n }, (_, i) => items[(offset + i) % items.length] as T);
}

/** `[a0, b0, c0, a1, b1, c1, ...]` for as long as the shortest list lasts. */
function interleave<T>(...lists: readonly (readonly T[])[]): T[] {
  const n = Math.min(...lists.map((l) => l.length));
  return Array.from({ length: n }, (_, i) => lists.map((l) => l[i] as T)).flat();
}

/**
 * Builds every scenario's request pool from the customers the simulators hold (asked through the
 * server, so the ids are exactly what clients see), and checks one request of each pool answers
 * without errors.
 */
export async function prepareScenarios(
  target: ServerTarget,
  sims: SimulatorInfo,
  control: SimulatorControl,
): Promise<{ scenarios: Scenario[]; fin: FinBusinessPages }> {
  const [finBusiness, finIndividual, sphere, openfx] = await Promise.all([
    ids(target, 'FIN', { type: 'BUSINESS', max: 200, pageSize: 40 }),
    ids(target, 'FIN', { type: 'INDIVIDUAL', max: 100, pageSize: 100 }),
    ids(target, 'SPHEREPAY', { max: 100, pageSize: 100 }),
    ids(target, 'OPENFX', { max: 100, pageSize: 100 }),
  ]);
  for (const [name, list] of Object.entries({ finBusiness, finIndividual, sphere, openfx })) {
    if (list.rows.length < 20) throw new Error(`bench: only ${list.rows.length} ${name} customers to rotate through`);
  }
  const fin = interleave(finBusiness.rows, finIndividual.rows);
  const post = (query: string, variables: Record<string, unknown>): PoolRequest => ({
    path: '/graphql',
    body: graphqlBody(query, variables),
  });
  const pages = finBusiness.cursors.slice(0, 5);
  const token = await control.finToken();

  const graphqlScenarios: { name: ScenarioName; description: string; pool: PoolRequest[] }[] = [
    {
      name: 'single-small',
      description: 'customer(id) of a Fin business: 16 scalars + associatedParties',
      pool: finBusiness.rows.map((r) => post(SINGLE_SMALL, { id: r.id })),
    },
    {
      name: 'single-full',
      description: 'customer(id), every field, rotating Fin / SpherePay / OpenFX',
      pool: interleave(fin, sphere.rows, openfx.rows).map((r) => post(SINGLE_FULL, { id: r.id })),
    },
    {
      name: 'nodes-20',
      description: 'nodes(ids:) with 20 ids (7 Fin, 7 SpherePay, 6 OpenFX)',
      pool: Array.from({ length: 50 }, (_, i) => {
        const batch = [...take(fin, i * 7, 7), ...take(sphere.rows, i * 7, 7), ...take(openfx.rows, i * 6, 6)];
        return post(NODES, { ids: batch.map((r) => r.id) });
      }),
    },
    {
      name: 'list-40-detail',
      description: `customers(FIN, BUSINESS, first: 40), every field a list row carries, ${pages.length} pages in turn`,
      pool: pages.map((after) => post(LIST_DETAIL, { after })),
    },
    {
      name: 'list-40-rfi',
      description: `customers(FIN, BUSINESS, first: 40) + RFIs and parties (not in Fin's list rows), ${pages.length} pages in turn`,
      pool: pages.map((after) => post(LIST_RFI, { after })),
    },
    {
      name: 'list-512',
      description: 'customers(FIN, INDIVIDUAL, first: 512), summary fields',
      pool: [post(LIST_512, {})],
    },
  ];
  const scenarios: Scenario[] = graphqlScenarios.map((s) => ({
    ...s,
    origin: target.origin,
    method: 'POST',
    headers: graphqlHeaders(target),
    graphql: true,
  }));

  scenarios.push({
    name: 'ceiling',
    description: 'Fin simulator GET /v2/customers/:id directly (no server)',
    origin: sims.fin.url,
    method: 'GET',
    headers: { authorization: `Bearer ${token}` },
    pool: finBusiness.rows.map((r) => ({ path: `/v2/customers/${encodeURIComponent(r.providerId)}` })),
    graphql: false,
  });

  await check(target, scenarios);
  return { scenarios, fin: { holders: finBusiness.rows.map((r) => r.id), cursors: pages } };
}

/** Fin businesses for the 3-hop case: their global ids (account holders) and cursors of pages of them. */
export interface FinBusinessPages {
  holders: string[];
  /** `after` values starting pages of Fin businesses (null: the first page). */
  cursors: (string | null)[];
}

// One request of each pool (both ends), so a query the server refuses stops the run with its answer.
async function check(target: ServerTarget, scenarios: Scenario[]): Promise<void> {
  for (const s of scenarios) {
    if (!s.graphql) continue;
    for (const request of new Set([s.pool[0], s.pool[s.pool.length - 1]])) {
      if (!request?.body) continue;
      const { query, variables } = JSON.parse(request.body) as { query: string; variables: Record<string, unknown> };
      const data = await gql<Record<string, unknown>>(target, query, variables);
      const customers = data.customers as { nodes?: unknown[]; edges?: unknown[] } | undefined;
      if (customers) s.rows = (customers.nodes ?? customers.edges ?? []).length;
      const nodes = data.nodes as unknown[] | undefined;
      if (nodes) s.rows = nodes.length;
    }
  }
}
