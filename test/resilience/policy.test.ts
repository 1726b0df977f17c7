import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dispatcher } from 'undici';
import { createLogger } from '../../src/logger.js';
import type { CustomerModel } from '../../src/model/customer.js';
import { ProviderError, UserInputError } from '../../src/model/errors.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { tripsCircuit, withCircuitBreaker } from '../../src/providers/circuit-breaker.js';
import { signingInterceptor } from '../../src/providers/openfx/signing.js';
import { backoffMs, parseRetryAfter, requestedDelayMs } from '../../src/providers/retry.js';
import { RetryBudget } from '../../src/providers/retry-budget.js';
import { createSpherePayProvider } from '../../src/providers/spherepay/index.js';
import type { CallContext, CustomerProvider } from '../../src/providers/types.js';
import { startSimulators, type Simulators } from '../../src/simulator/index.js';
import { POOL, sleep, SUBJECTS } from './helpers.js';

// The pieces of the policy on their own: header parsing, backoff, the retry budget, what trips a
// circuit, half-open probing, and signing headers being replaced per attempt.

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
const silent: CallContext = { requestId: 'policy', logger: createLogger({ level: 'silent' }) };

describe('Retry-After and rate-limit headers', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3_000);
    expect(parseRetryAfter(['2', '9'], NOW)).toBe(2_000);
  });

  it('reads an HTTP date relative to now, and a past date as no wait', () => {
    expect(parseRetryAfter(new Date(NOW + 5_000).toUTCString(), NOW)).toBe(5_000);
    expect(parseRetryAfter(new Date(NOW - 5_000).toUTCString(), NOW)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('-1', NOW)).toBeUndefined();
  });

  it('prefers Retry-After, else X-RateLimit-Reset seconds when X-RateLimit-Remaining is 0', () => {
    const limited = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4' };
    expect(requestedDelayMs({ ...limited, 'retry-after': '1' }, NOW)).toBe(1_000);
    expect(requestedDelayMs(limited, NOW)).toBe(4_000);
    expect(requestedDelayMs({ 'x-ratelimit-remaining': '7', 'x-ratelimit-reset': '4' }, NOW)).toBeUndefined();
    expect(requestedDelayMs({}, NOW)).toBeUndefined();
  });
});

describe('backoff', () => {
  const options = { minTimeout: 200, maxTimeout: 2_000, timeoutFactor: 2 };

  it('doubles per retry with half of each step jittered', () => {
    expect([1, 2, 3].map((n) => backoffMs(n, options, () => 0))).toEqual([100, 200, 400]);
    expect([1, 2, 3].map((n) => backoffMs(n, options, () => 0.999))).toEqual([200, 400, 800]);
  });

  it('never exceeds maxTimeout', () => {
    expect(backoffMs(10, options, () => 0.999)).toBeLessThanOrEqual(2_000);
  });
});

describe('retry budget', () => {
  it('allows retryPercent of recent requests', () => {
    const budget = new RetryBudget({ minPerSecond: 0, retryPercent: 0.2, now: () => NOW });
    for (let i = 0; i < 10; i++) budget.deposit();
    expect([1, 2, 3].map(() => budget.tryWithdraw())).toEqual([true, true, false]);
  });

  it('always keeps minPerSecond × ttl retries in reserve', () => {
    const budget = new RetryBudget({ minPerSecond: 1, ttlMs: 3_000, retryPercent: 0, now: () => NOW });
    expect([1, 2, 3, 4].map(() => budget.tryWithdraw())).toEqual([true, true, true, false]);
  });

  it('forgets requests and retries older than ttl', () => {
    let now = NOW;
    const budget = new RetryBudget({ minPerSecond: 0, retryPercent: 0.5, ttlMs: 10_000, now: () => now });
    for (let i = 0; i < 4; i++) budget.deposit();
    expect(budget.tryWithdraw()).toBe(true);
    expect(budget.tryWithdraw()).toBe(true);
    expect(budget.tryWithdraw()).toBe(false);
    now += 11_000;
    expect(budget.tryWithdraw()).toBe(false);
    budget.deposit();
    budget.deposit();
    expect(budget.tryWithdraw()).toBe(true);
  });
});

describe('a spent retry budget', () => {
  let sims: Simulators;
  beforeAll(async () => {
    sims = await startSimulators();
  });
  afterAll(() => sims.close());

  it('stops retries (a failing provider is not hit 3× harder)', async () => {
    const spherepay = SUBJECTS.find((s) => s.provider === 'SPHEREPAY')!;
    const provider = createSpherePayProvider(
      { url: sims.spherepay.url, apiKey: sims.spherepay.apiKey },
      { pool: POOL, retry: { budget: { minPerSecond: 0, retryPercent: 0 } } },
    );
    try {
      sims.spherepay.faults.add({ route: spherepay.route, status: 503 });
      const err = await provider.getCustomer(spherepay.id, silent).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', detail: { status: 503 } });
      expect((err as ProviderError).detail.retries).toBeUndefined();
      expect(sims.spherepay.log.count(spherepay.route)).toBe(1);
    } finally {
      await provider.close();
    }
  });
});

describe('what trips a circuit', () => {
  const error = (code: ProviderError['code'], detail = {}) => new ProviderError(code, 'FIN', 'x', detail);

  it('counts unavailability, rate limiting and persistently refused credentials', () => {
    expect(tripsCircuit(error('PROVIDER_AUTH_FAILED', { status: 401, persistent: true }))).toBe(true);
    expect(tripsCircuit(error('PROVIDER_UNAVAILABLE', { status: 503 }))).toBe(true);
    expect(tripsCircuit(error('PROVIDER_UNAVAILABLE', { cause: 'deadline' }))).toBe(true);
    expect(tripsCircuit(error('PROVIDER_RATE_LIMITED', { status: 429 }))).toBe(true);
  });

  it('ignores answers, clients that left and our own bugs', () => {
    expect(tripsCircuit(error('NOT_FOUND'))).toBe(false);
    expect(tripsCircuit(error('BAD_USER_INPUT'))).toBe(false);
    expect(tripsCircuit(error('PROVIDER_AUTH_FAILED', { status: 403 }))).toBe(false);
    expect(tripsCircuit(error('PROVIDER_UNAVAILABLE', { cause: 'aborted' }))).toBe(false);
    expect(tripsCircuit(new UserInputError('bad id'))).toBe(false);
    expect(tripsCircuit(new TypeError('oops'))).toBe(false);
  });
});

describe('withCircuitBreaker', () => {
  /** A provider whose next answers the test scripts. */
  function scripted() {
    const answers: (() => Promise<CustomerModel | null>)[] = [];
    let calls = 0;
    const provider: CustomerProvider = {
      name: 'SPHEREPAY',
      getCustomer: () => {
        calls += 1;
        return (answers.shift() ?? (() => Promise.resolve(null)))();
      },
      getCapabilities: () => Promise.resolve(null),
      listCustomers: () => Promise.reject(new Error('unused')),
      close: () => Promise.resolve(),
    };
    return { provider, answers, calls: () => calls };
  }
  const down = () => Promise.reject(new ProviderError('PROVIDER_UNAVAILABLE', 'SPHEREPAY', 'down', { status: 503 }));

  let metrics: ReturnType<typeof createMetrics>;
  beforeEach(() => {
    metrics = createMetrics();
  });
  const gauge = async () => (await metrics.circuitState.get()).values.find((v) => v.labels.provider === 'SPHEREPAY');

  it('lets exactly one probe through while half-open', async () => {
    const s = scripted();
    const guarded = withCircuitBreaker(s.provider, { volumeThreshold: 2, resetTimeoutMs: 50, metrics });
    try {
      expect((await gauge())?.value).toBe(0);
      s.answers.push(down, down);
      await expect(guarded.getCustomer('a', silent)).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
      await expect(guarded.getCustomer('a', silent)).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
      expect(guarded.health?.()).toEqual({ circuit: 'open' });
      expect((await gauge())?.value).toBe(2);
      await expect(guarded.getCustomer('a', silent)).rejects.toMatchObject({ detail: { circuit: 'open' } });
      expect(s.calls()).toBe(2);

      await sleep(80);
      expect(guarded.health?.()).toEqual({ circuit: 'half_open' });
      let release: (value: CustomerModel | null) => void = () => undefined;
      s.answers.push(() => new Promise((resolve) => (release = resolve)));
      const probe = guarded.getCustomer('a', silent);
      // While the probe is out, everyone else is still refused without a call.
      await expect(guarded.getCustomer('b', silent)).rejects.toMatchObject({ detail: { circuit: 'half_open' } });
      expect(s.calls()).toBe(3);
      release(null);
      await expect(probe).resolves.toBeNull();
      expect(guarded.health?.()).toEqual({ circuit: 'closed' });
      expect((await gauge())?.value).toBe(0);
    } finally {
      await guarded.close();
    }
  });

  it('passes answers and non-provider errors through untouched', async () => {
    const s = scripted();
    const guarded = withCircuitBreaker(s.provider, { volumeThreshold: 1 });
    try {
      const bad = new UserInputError('bad id', 'SPHEREPAY');
      s.answers.push(() => Promise.reject(bad));
      await expect(guarded.getCustomer('x', silent)).rejects.toBe(bad);
      expect(guarded.health?.()).toEqual({ circuit: 'closed' });
    } finally {
      await guarded.close();
    }
  });
});

describe('signingInterceptor', () => {
  it('signs each dispatch afresh and replaces earlier signature headers', () => {
    let n = 0;
    const seen: Dispatcher.DispatchOptions[] = [];
    const dispatch = signingInterceptor(() => ({ 'x-timestamp': String(++n), 'x-signature': `sig${n}` }))((opts) => {
      seen.push(opts);
      return true;
    });
    const handler = {} as Dispatcher.DispatchHandler;
    const opts = { method: 'GET' as const, path: '/v1/customers/cus_1', headers: { authorization: 'Bearer k' } };
    dispatch(opts, handler);
    dispatch({ ...opts, headers: { ...opts.headers, 'X-Timestamp': 'stale', 'x-signature': 'stale' } }, handler);
    dispatch({ ...opts, headers: ['authorization', 'Bearer k', 'x-timestamp', 'stale'] }, handler);
    expect(seen.map((o) => o.headers)).toEqual([
      { authorization: 'Bearer k', 'x-timestamp': '1', 'x-signature': 'sig1' },
      { authorization: 'Bearer k', 'x-timestamp': '2', 'x-signature': 'sig2' },
      { authorization: 'Bearer k', 'x-timestamp': '3', 'x-signature': 'sig3' },
    ]);
  });
});
