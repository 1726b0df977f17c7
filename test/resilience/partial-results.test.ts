import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/simulator/faults.js';
import type { Harness } from '../helpers/harness.js';
import { startFaultHarness, SUBJECTS } from './helpers.js';

// One failing provider never takes the others down: `nodes` with ids from all three providers keeps
// the two healthy providers' customers and reports the failing one at its own path.

const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Customer { provider providerId status } } }`;

let h: Harness;
beforeAll(async () => {
  h = await startFaultHarness({ breaker: { volumeThreshold: 1_000 } });
});
afterAll(() => h.close());
beforeEach(() => {
  for (const s of SUBJECTS) s.sim(h.sims).faults.clear();
  h.sims.resetCounters();
});

/** [name, fault, code, upstream requests for the failing customer (retries included)]. */
const cases: [string, FaultRule, string, number][] = [
  ['a hang', { hang: true }, 'PROVIDER_UNAVAILABLE', 1],
  ['persistent 503s', { status: 503 }, 'PROVIDER_UNAVAILABLE', 3],
  ['a 429 beyond the budget', { status: 429, headers: { 'retry-after': '30' } }, 'PROVIDER_RATE_LIMITED', 1],
  ['a malformed body', { malformed: 'shape' }, 'PROVIDER_UNAVAILABLE', 1],
];

describe.each(SUBJECTS)('nodes across all three providers while $provider fails', (failing) => {
  it.each(cases)('keeps the other customers through %s', async (_name, fault, code, failingCalls) => {
    failing.sim(h.sims).faults.add({ route: failing.route, ...fault });
    // Each provider twice, interleaved: every position of the failing provider is reported.
    const ids = [...SUBJECTS, ...SUBJECTS].map((s) => s.id);
    const res = await h.gql<{ nodes: ({ providerId: string } | null)[] }>(NODES, { ids });
    const dump = JSON.stringify(res.body, null, 2);
    const nodes = res.body.data?.nodes;
    expect(nodes, dump).toHaveLength(ids.length);
    ids.forEach((id, i) => {
      const subject = SUBJECTS[i % SUBJECTS.length]!;
      if (subject === failing) expect(nodes?.[i], dump).toBeNull();
      else expect(nodes?.[i]?.providerId, dump).toBe(id);
    });
    const failingAt = ids.flatMap((_, i) => (SUBJECTS[i % SUBJECTS.length] === failing ? [i] : []));
    const errors = (res.body.errors ?? []).map((e) => [e.path, e.extensions?.code, e.extensions?.provider]);
    expect(errors, dump).toEqual(expect.arrayContaining(failingAt.map((i) => [['nodes', i], code, failing.provider])));
    expect(errors, dump).toHaveLength(failingAt.length);
    // The same customer asked twice is one load: one request per attempt, not two.
    for (const s of SUBJECTS) {
      expect(s.sim(h.sims).log.count(s.route), `${s.provider}\n${dump}`).toBe(s === failing ? failingCalls : 1);
    }
  });
});
