// The 3-hop case's front: Hive Gateway (in-process runtime on node:http) over the server's replicas and
// the accounts subgraph of examples/federation, in one child process of the benchmark so its CPU and
// RSS are its own. Run with `node --import tsx bench/gateway.ts`; reads BENCH_GATEWAY (JSON, below) and
// prints `bench-gateway {"url": ...}` once it serves. A stdin line `replicas ["http://…/graphql", …]` moves
// the customers subgraph to other replicas (answered `bench-gateway replicas`), so one gateway serves every
// configuration of the 3-hop case (its start-up costs seconds). Stops on SIGTERM or when its stdin closes.
import { createServer } from 'node:http';
import { composeServices } from '@apollo/composition';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { createInterface } from 'node:readline';
import { parse } from 'graphql';
import { startAccountsSubgraph } from '../test/federation/accounts-subgraph.js';

/** What the benchmark passes in BENCH_GATEWAY. */
export interface GatewaySetup {
  /** GraphQL endpoints of the server's first replicas, e.g. `http://127.0.0.1:4001/graphql`. */
  replicas: string[];
  /** API key the replicas accept (sent as a bearer token on every subgraph request). */
  apiKey: string;
  /** One account per holder: the holder's global customer id. */
  holders: string[];
}

const setup = JSON.parse(process.env.BENCH_GATEWAY ?? '') as GatewaySetup;
let replicas = setup.replicas;
const first = replicas[0];
if (!first) throw new Error('gateway: no replicas');
// The supergraph routes the customers subgraph here; every such request is sent on to a replica.
const CUSTOMERS = 'http://customers.replicas.invalid/graphql';

// The subgraph's SDL as it serves it (federation's `_service`), so nothing of src/ is loaded here.
async function serviceSdl(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${setup.apiKey}` },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await res.json()) as { data?: { _service: { sdl: string } } };
  if (!body.data) throw new Error(`gateway: ${url} _service answered ${res.status} ${JSON.stringify(body)}`);
  return body.data._service.sdl;
}

const accounts = await startAccountsSubgraph(
  setup.holders.map((holderId, i) => ({ id: `acc-${i}`, iban: `GB00BENCH${String(i).padStart(10, '0')}`, holderId })),
);
const composed = composeServices([
  { name: 'customers', typeDefs: parse(await serviceSdl(first)), url: CUSTOMERS },
  { name: 'accounts', typeDefs: parse(await serviceSdl(accounts.url)), url: accounts.url },
]);
if (composed.errors)
  throw new Error(`gateway: composition failed: ${composed.errors.map((e) => e.message).join('; ')}`);

// Hive Gateway routes a subgraph to one URL; spreading its requests over the replicas, each request to the
// next one, is what a load balancer in front of them would do (and the worst case for per-process caches).
let turn = 0;
const roundRobin: GatewayPlugin = {
  onFetch({ url, setURL, options }) {
    if (url.startsWith(CUSTOMERS)) {
      setURL(replicas[turn++ % replicas.length] + url.slice(CUSTOMERS.length));
      options.headers = { ...options.headers, authorization: `Bearer ${setup.apiKey}` };
    }
  },
};

const gateway = createGatewayRuntime({
  supergraph: composed.supergraphSdl as string,
  plugins: () => [roundRobin],
  logging: 'error',
  landingPage: false,
  graphiql: false,
});
const server = createServer(gateway);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`bench-gateway ${JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` })}\n`);
});

const stop = () => {
  server.close();
  void Promise.allSettled([gateway.dispose(), accounts.close()]).then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.startsWith('replicas ')) return;
  replicas = JSON.parse(line.slice('replicas '.length)) as string[];
  process.stdout.write('bench-gateway replicas\n');
});
