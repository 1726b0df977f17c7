import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { createProviders } from '../../src/providers/registry.js';
import { createContext } from '../../src/server/context.js';
import { createServer, type CustomerGraphServer } from '../../src/server/create-server.js';
import { MAX_COMPILED_DOCUMENTS } from '../../src/server/jit-executor.js';

// A hostile caller sends small documents (15 aliases and one fragment, under 1 KB, within every
// limit) that never repeat. graphql-jit compiled each into ~1.6 MB of code, kept for as long as
// Apollo's document cache kept the document (it sizes entries by their AST), and ~1,700 of them took
// a server from 129 MB to 4.2 GB. Now a document is compiled only once it repeats, and compiled code
// is an LRU of MAX_COMPILED_DOCUMENTS documents, dropped with its document: memory stays flat.
// The server is the real one (every plugin, limit and cache); operations go straight to Apollo
// (no HTTP, which changes nothing here and would triple the run time), and the heap is measured
// after a full garbage collection, so the numbers are exact rather than whatever GC left behind.

/**
 * Heap growth over the baseline that fails the test. Measured: the old code +164 MB after 1,000
 * documents and +322 MB after 2,000 (linear, until the process dies); this code at most +66 MB, what
 * Apollo's document cache holds while it is full of the largest documents.
 */
const MAX_HEAP_GROWTH_MB = 150;
const MAX_RSS_GROWTH_MB = 400;
const CHECK_EVERY = 1_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const FRAGMENT =
  'fragment F on Customer{id provider providerId status providerStatus email phone createdAt updatedAt ' +
  'requestForInformation{scope section categories{documentType fields{name status}}} ' +
  '...on BusinessCustomer{legalName associatedParties{id type email verification{status}}}}';

/** Document `n`: `aliases` aliased customers and one fragment; malformed ids, so no provider is asked. */
function document(n: number, aliases: number): string {
  const fields = Array.from({ length: aliases }, (_, k) => `a${k}:customer(id:"x${k}"){...F}`).join(' ');
  return `query Q${n}{${fields}} ${FRAGMENT}`;
}

let server: CustomerGraphServer;
const logger = createLogger({ level: 'silent' });
// No provider is configured: every id here is malformed and refused before any provider is chosen.
const providers = createProviders({ fin: null, spherepay: null, openfx: null });
// Every alias is refused with an error whose stack graphql-js copies; vitest's source-mapped stack
// formatting of those stacks was a tenth of this file's run time. V8's own formatting instead,
// for this file only: nothing here reads a stack.
const vitestPrepareStackTrace = Error.prepareStackTrace;
beforeAll(async () => {
  Reflect.deleteProperty(Error, 'prepareStackTrace');
  server = await createServer({
    config: { introspection: false, production: true, apiKeys: null, requestTimeoutMs: 10_000 },
    providers,
    logger,
    metrics: createMetrics(),
  });
});
afterAll(async () => {
  Error.prepareStackTrace = vitestPrepareStackTrace;
  await server.app.close();
});

async function run(query: string) {
  const res = await server.apollo.executeOperation(
    { query },
    // A short deadline: a context lives until its deadline timer fires, and none of these calls a provider.
    { contextValue: createContext({ providers, logger, requestTimeoutMs: 50 }, undefined) },
  );
  const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
  // Every alias is refused on its own (malformed id): the document was executed. (No `expect` in this
  // loop of 22,000: vitest keeps a little state per assertion, which would show up as growth.)
  if (errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT')
    throw new Error(`unexpected answer: ${JSON.stringify(errors)}`);
}

function memory() {
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, rss: rss / 2 ** 20 };
}

/** Runs documents `first`…`first + count - 1` (`aliases` each), each `runs` times, checking memory as it goes. */
async function send(baseline: { heap: number; rss: number }, first: number, count: number, aliases: number, runs = 1) {
  for (let start = first; start < first + count; start += CHECK_EVERY) {
    const end = Math.min(start + CHECK_EVERY, first + count);
    for (let r = 0; r < runs; r++) for (let n = start; n < end; n++) await run(document(n, aliases));
    const now = memory();
    const grown = `heap +${(now.heap - baseline.heap).toFixed(0)} MB, RSS +${(now.rss - baseline.rss).toFixed(0)} MB after document ${end}`;
    if (process.env.DEBUG_MEMORY) console.log(grown);
    expect(now.heap - baseline.heap, grown).toBeLessThan(MAX_HEAP_GROWTH_MB);
    expect(now.rss - baseline.rss, grown).toBeLessThan(MAX_RSS_GROWTH_MB);
  }
  return memory();
}

describe('distinct documents', () => {
  it(
    'leave memory flat: 20,000 never repeated (2,000 of them the attack), then repeated ones',
    { timeout: 600_000 },
    async () => {
      expect(Buffer.byteLength(document(99_999, 15))).toBeLessThan(1024);
      // Warm-up: one document over and over (compiled on its second run), so every code path exists.
      for (let i = 0; i < 50; i++) await run(document(999_999, 15));
      const baseline = memory();
      // The reported attack, more documents than took 4.2 GB; then smaller ones (one alias, so the run
      // stays short) up to 20,000: Apollo's document cache is full by then, and nothing else may grow.
      await send(baseline, 0, 2_000, 15);
      const full = await send(baseline, 2_000, 18_000, 1);
      // Documents that repeat are compiled: the LRU keeps MAX_COMPILED_DOCUMENTS, whatever their number.
      const compiled = await send(baseline, 20_000, MAX_COMPILED_DOCUMENTS * 3, 15, 2);
      expect(full.heap - baseline.heap).toBeLessThan(MAX_HEAP_GROWTH_MB);
      expect(compiled.heap - baseline.heap).toBeLessThan(MAX_HEAP_GROWTH_MB);
    },
  );
});
