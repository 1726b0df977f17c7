import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPENFX_DEV_PUBLIC_KEY_PEM, signedPayload } from '../../src/simulator/openfx/index.js';
import { manualClock } from '../helpers/clock.js';
import type { Harness } from '../helpers/harness.js';
import { ask, startFaultHarness, SUBJECTS } from './helpers.js';

// OpenFX refuses timestamps more than 60 s off, so a retry must be signed afresh:
// signing is an interceptor inside the retry interceptor, and runs once per attempt.
// See https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer

const openfx = SUBJECTS.find((s) => s.provider === 'OPENFX')!;
const publicKey = createPublicKey(OPENFX_DEV_PUBLIC_KEY_PEM);

describe('OpenFX signatures across retries', () => {
  const clock = manualClock();
  let h: Harness;
  beforeAll(async () => {
    h = await startFaultHarness({ now: clock.now });
  });
  afterAll(() => h.close());

  it('signs every attempt with a fresh timestamp, and every signature verifies', async () => {
    const faults = h.sims.openfx.faults;
    faults.add({ route: openfx.route, status: 503, times: 1 });
    // The shared clock jumps 7 s the moment the first attempt reaches OpenFX (before it is answered):
    // the retry that follows must carry the later time.
    const decide = faults.decide.bind(faults);
    let jumped = false;
    faults.decide = (route, path) => {
      if (route === openfx.route && !jumped) {
        jumped = true;
        clock.advance(7_000);
      }
      return decide(route, path);
    };

    const m = await ask(h, openfx);
    expect(m.res.body.data?.customer?.providerId, m.dump).toBe(openfx.id);
    const attempts = h.sims.openfx.log.entries.filter((e) => e.route === openfx.route);
    expect(attempts.map((a) => a.status)).toEqual([503, 200]);

    const timestamps = attempts.map((a) => Number(a.headers['x-timestamp']));
    expect(timestamps[1]! - timestamps[0]!).toBe(7);
    expect(attempts[0]!.headers['x-signature']).not.toBe(attempts[1]!.headers['x-signature']);
    for (const a of attempts) {
      const payload = signedPayload('GET', a.path, String(a.headers['x-timestamp']), '');
      const signature = Buffer.from(String(a.headers['x-signature']), 'base64');
      expect(verify(null, payload, publicKey, signature), `signature of ${a.status} attempt`).toBe(true);
      // Exactly one of each auth header: the retry replaced, not appended to, the first signature.
      expect(typeof a.headers['x-timestamp']).toBe('string');
      expect(typeof a.headers['x-signature']).toBe('string');
    }
  });
});
