import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatcher } from 'undici';
import { createPool, requestJson } from '../../src/providers/http.js';
import type { RetryOptions } from '../../src/providers/retry.js';
import type { CallContext } from '../../src/providers/types.js';
import { capturingCall, type LogLine } from '../providers/spherepay/call-context.js';

// The retry policy on its own: undici's RetryHandler with our `retry` callback and AttemptObserver,
// against a loopback upstream scripted per test, with fake timers instead of sleeping through the
// waits. (undici's MockAgent cannot stand in: it delivers the body while RetryHandler holds the
// response paused for an asynchronous decision.)

const REQUEST = { provider: 'SPHEREPAY', endpoint: 'GET /v2/customer/:id', method: 'GET', path: '/c1' } as const;

let server: Server;
let origin: string;
let attempts = 0;
let respond: (attempt: number, res: ServerResponse) => void = (_, res) => res.end();

beforeAll(async () => {
  server = createServer((_req: IncomingMessage, res: ServerResponse) => respond(++attempts, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let dispatchers: Dispatcher[] = [];
beforeEach(() => {
  attempts = 0;
  // Only the timers: the deadline check reads the real clock.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(dispatchers.map((d) => d.close()));
  dispatchers = [];
});

/** A provider pool with the retry policy (no budget, no jitter unless asked) and timeouts the test never reaches. */
function pool(options: RetryOptions = {}): Dispatcher {
  const timeouts = { headersTimeout: 600_000, bodyTimeout: 600_000 };
  const dispatcher = createPool(origin, timeouts, { retry: { budget: false, random: () => 0, ...options } });
  dispatchers.push(dispatcher);
  return dispatcher;
}

/** Answers `status` with `headers` and an empty body. */
function answer(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(status === 200 ? '{"id":"c1"}' : '');
}

/** Runs `pending` to the end: lets real I/O happen, and moves the fake clock to the next timer when only a timer is left. */
async function settle<T>(pending: Promise<T>): Promise<T | unknown> {
  let done = false;
  const result = pending.then(
    (value) => value,
    (err: unknown) => err,
  );
  void result.finally(() => (done = true));
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersToNextTimerAsync();
  }
  return result;
}

/** The `delayMs` of every `retrying upstream call` line. */
function delays(lines: LogLine[]): number[] {
  return lines
    .filter((l) => l.msg === 'retrying upstream call')
    .map((l) => (l.upstream as { delayMs: number }).delayMs);
}

/** The `upstream` field of the one `upstream call` line. */
function callLine(lines: LogLine[]): Record<string, unknown> | undefined {
  return lines.find((l) => l.msg === 'upstream call')?.upstream as Record<string, unknown> | undefined;
}

describe('retry policy on undici RetryHandler', () => {
  it("backs off by undici's step (timeoutFactor left at undici's default 2), half of it jittered", async () => {
    respond = (attempt, res) => answer(res, attempt < 3 ? 503 : 200);
    const { call, lines } = capturingCall();
    const res = await settle(requestJson(pool({ minTimeoutMs: 200 }), REQUEST, call));
    expect(res).toMatchObject({ status: 200, json: { id: 'c1' }, retries: 2 });
    expect(attempts).toBe(3);
    expect(delays(lines)).toEqual([100, 200]);
    expect(callLine(lines)).toMatchObject({ status: 200, retries: 2 });
  });

  it('stops after maxRetries and hands on the last response with the wait it asked for', async () => {
    respond = (_, res) => answer(res, 429, { 'retry-after': '1' });
    const { call, lines } = capturingCall();
    const res = await settle(requestJson(pool({ maxRetries: 2 }), REQUEST, call));
    expect(res).toMatchObject({ status: 429, retries: 2, retryAfterSeconds: 1 });
    expect(attempts).toBe(3);
    // The asked second is above the backoff; random() = 0 adds no jitter on top.
    expect(delays(lines)).toEqual([1_000, 1_000]);
    expect(callLine(lines)).toMatchObject({ retries: 2, retryStoppedBy: 'max_retries' });
  });

  it("waits for OpenFX's X-RateLimit-Reset when the window is spent (undici reads only Retry-After)", async () => {
    const limited = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '4' };
    respond = (attempt, res) => (attempt === 1 ? answer(res, 429, limited) : answer(res, 200));
    const { call, lines } = capturingCall();
    const res = await settle(requestJson(pool(), REQUEST, call));
    expect(res).toMatchObject({ status: 200, retries: 1 });
    expect(delays(lines)).toEqual([4_000]);
  });

  it('answers at once when the asked wait exceeds maxRetryAfterMs (undici would retry early, at maxTimeout)', async () => {
    respond = (_, res) => answer(res, 429, { 'retry-after': '30' });
    const { call, lines } = capturingCall();
    const res = await settle(requestJson(pool({ maxRetryAfterMs: 5_000 }), REQUEST, call));
    expect(res).toMatchObject({ status: 429, retries: 0, retryAfterSeconds: 30 });
    expect(attempts).toBe(1);
    expect(callLine(lines)).toMatchObject({ retries: 0, retryStoppedBy: 'wait_too_long' });
  });

  it('does not retry when the wait would end past the deadline', async () => {
    respond = (_, res) => answer(res, 503);
    const { call, lines } = capturingCall();
    const withDeadline: CallContext = { ...call, deadline: Date.now() + 100 };
    const res = await settle(requestJson(pool({ minTimeoutMs: 200 }), REQUEST, withDeadline));
    expect(res).toMatchObject({ status: 503, retries: 0 });
    expect(attempts).toBe(1);
    expect(callLine(lines)).toMatchObject({ retryStoppedBy: 'deadline' });
  });

  it('counts no retry when the caller leaves during the wait', async () => {
    respond = (_, res) => answer(res, 503);
    const { call, lines } = capturingCall();
    const caller = new AbortController();
    const pending = requestJson(pool({ minTimeoutMs: 200 }), REQUEST, { ...call, signal: caller.signal });
    while (delays(lines).length === 0) await new Promise((resolve) => setImmediate(resolve));
    caller.abort();
    await settle(pending);
    expect(attempts).toBe(1);
    expect(callLine(lines)).toMatchObject({ retries: 0, retryStoppedBy: 'aborted' });
  });
});
