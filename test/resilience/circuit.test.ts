import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimServer } from '../../src/simulator/http.js';
import type { Harness } from '../helpers/harness.js';
import { ask, errorsOf, sleep, startFaultHarness, SUBJECTS } from './helpers.js';

// The circuit breaker per provider, through the real server: it opens after repeated failures,
// then refuses without any upstream request, probes after the reset timeout and closes on success.
// Each test gets a fresh harness, so no statistics carry over from another test.

const RESET_MS = 300;

// FAULT_MATRIX_REPORT=1 prints the measured rows as markdown table lines (see fault-matrix.test.ts).
const measured: string[] = [];
afterAll(() => {
  if (process.env.FAULT_MATRIX_REPORT) console.log(measured.join('\n'));
});
const BREAKER = { volumeThreshold: 3, errorThresholdPercentage: 50, resetTimeoutMs: RESET_MS };

describe.each(SUBJECTS)('$provider circuit', (subject) => {
  let h: Harness;
  let sim: SimServer;
  beforeEach(async () => {
    h = await startFaultHarness({ breaker: BREAKER });
    sim = subject.sim(h.sims);
  });
  afterEach(() => h.close());

  const circuit = () => h.providers[subject.provider]?.health?.().circuit;
  const gauge = async () =>
    (await h.metrics.circuitState.get()).values.find((v) => v.labels.provider === subject.provider)?.value;

  /** Three failing calls (500 is not retried: one request each) trip the circuit. */
  async function trip(): Promise<void> {
    sim.faults.add({ route: subject.route, status: 500 });
    for (let i = 0; i < BREAKER.volumeThreshold; i++) {
      const m = await ask(h, subject);
      expect(errorsOf(m.res), m.dump).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', subject.provider]]);
      expect(m.calls, m.dump).toBe(1);
    }
    expect(circuit()).toBe('open');
  }

  it('opens after repeated failures, then answers fast with zero upstream requests', async () => {
    expect(circuit()).toBe('closed');
    await trip();
    expect(await gauge()).toBe(2);
    const m = await ask(h, subject);
    expect(m.res.body.data, m.dump).toEqual({ customer: null });
    expect(errorsOf(m.res), m.dump).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', subject.provider]]);
    expect(m.calls, m.dump).toBe(0);
    expect(m.ms, m.dump).toBeLessThan(250);
    measured.push(`| circuit open | ${subject.provider} | PROVIDER_UNAVAILABLE, ${m.calls} calls, ${m.ms} ms |`);
  });

  it('probes after the reset timeout and closes when the provider has recovered', async () => {
    await trip();
    sim.faults.clear();
    await sleep(RESET_MS + 100);
    expect(circuit()).toBe('half_open');
    expect(await gauge()).toBe(1);
    const probe = await ask(h, subject);
    expect(probe.res.body.errors, probe.dump).toBeUndefined();
    expect(probe.res.body.data?.customer?.providerId, probe.dump).toBe(subject.id);
    expect(probe.calls, probe.dump).toBe(1);
    expect(circuit()).toBe('closed');
    measured.push(`| recovery probe | ${subject.provider} | data, ${probe.calls} call, ${probe.ms} ms, then closed |`);
    expect(await gauge()).toBe(0);
    const next = await ask(h, subject);
    expect(next.calls, next.dump).toBe(1);
  });

  it('re-opens when the probe fails', async () => {
    await trip();
    await sleep(RESET_MS + 100);
    const probe = await ask(h, subject);
    expect(errorsOf(probe.res), probe.dump).toEqual([[['customer'], 'PROVIDER_UNAVAILABLE', subject.provider]]);
    expect(probe.calls, probe.dump).toBe(1);
    expect(circuit()).toBe('open');
    expect((await ask(h, subject)).calls).toBe(0);
  });

  it.each([
    [422, 'BAD_USER_INPUT'],
    [403, 'PROVIDER_AUTH_FAILED'],
  ])('is not tripped by answers such as %i (%s)', async (status, code) => {
    sim.faults.add({ route: subject.route, status });
    for (let i = 0; i < 2 * BREAKER.volumeThreshold; i++) {
      const m = await ask(h, subject);
      expect(errorsOf(m.res), m.dump).toEqual([[['customer'], code, subject.provider]]);
      expect(m.calls, m.dump).toBe(1);
    }
    expect(circuit()).toBe('closed');
  });

  it('leaves the other providers alone', async () => {
    await trip();
    for (const other of SUBJECTS.filter((s) => s !== subject)) {
      const m = await ask(h, other);
      expect(m.res.body.data?.customer?.providerId, m.dump).toBe(other.id);
      expect(h.providers[other.provider]?.health?.().circuit).toBe('closed');
    }
  });
});
