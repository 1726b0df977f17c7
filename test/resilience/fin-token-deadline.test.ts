import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { errorsOf, POOL, sleep, SUBJECTS } from './helpers.js';

// A Fin.com token endpoint that drips one byte at a time defeats the pool's body timeout (it bounds
// only the gap between chunks): the renewal has a total deadline of its own, and a renewal past it
// never blocks the next request.

const TOKEN = 'POST /v1/oauth/token';
const fin = SUBJECTS.find((s) => s.provider === 'FIN')!;
const QUERY = `{ customer(id: "${fin.id}") { providerId } }`;

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Fin.com token renewal deadline', () => {
  it('gives up on a dripping token endpoint at its deadline, and the next request fetches a fresh token', async () => {
    h = await startHarness({
      config: { requestTimeoutMs: 1_500 },
      providers: { pool: POOL, tokenTimeoutMs: 1_000 },
    });
    // One byte every 100 ms: well within the 300 ms body timeout, and it would go on for minutes.
    h.sims.fin.faults.add({ route: TOKEN, dripMs: 100, times: 1 });
    const first = await h.gql(QUERY);
    expect(errorsOf(first)).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', 'FIN']]);

    // Fin has recovered: a request made once the renewal's deadline has passed succeeds (bounded polling).
    let ok = false;
    for (let i = 0; i < 30 && !ok; i++) {
      const res = await h.gql(QUERY);
      ok = res.body.errors === undefined;
      if (!ok) await sleep(100);
    }
    expect(ok).toBe(true);
    expect(h.sims.fin.log.count(TOKEN)).toBe(2);
  });
});
