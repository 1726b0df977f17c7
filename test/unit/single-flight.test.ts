import { describe, expect, it } from 'vitest';
import { SingleFlight, type Flight } from '../../src/cache/single-flight.js';

/** A flight body the test settles by hand, recording each start and the signal it got. */
function controllable<V>() {
  const starts: Flight[] = [];
  let settle: { resolve: (v: V) => void; reject: (e: Error) => void } | undefined;
  const start = (flight: Flight) => {
    starts.push(flight);
    return new Promise<V>((resolve, reject) => {
      settle = { resolve, reject };
    });
  };
  const tick = () => new Promise((r) => setImmediate(r));
  return { starts, start, settle: () => settle!, tick };
}

describe('SingleFlight', () => {
  it('runs concurrent calls for one key once and gives every caller the value', async () => {
    const flights = new SingleFlight<string>();
    const c = controllable<string>();
    const calls = Array.from({ length: 20 }, () => flights.run('k', c.start));
    expect(calls.map((x) => x.joined)).toEqual([false, ...Array(19).fill(true)]);
    await c.tick();
    expect(c.starts).toHaveLength(1);
    c.settle().resolve('v');
    expect(await Promise.all(calls.map((x) => x.value))).toEqual(Array(20).fill('v'));
    expect(flights.size).toBe(0);
  });

  it('keeps different keys apart', async () => {
    const flights = new SingleFlight<string>();
    const a = flights.run('a', async () => 'A');
    const b = flights.run('b', async () => 'B');
    expect([a.joined, b.joined]).toEqual([false, false]);
    expect([await a.value, await b.value]).toEqual(['A', 'B']);
  });

  it('shares an error with the callers of that moment, and remembers nothing afterwards', async () => {
    const flights = new SingleFlight<string>();
    const c = controllable<string>();
    const first = flights.run('k', c.start);
    const second = flights.run('k', c.start);
    await c.tick();
    c.settle().reject(new Error('upstream failed'));
    await expect(first.value).rejects.toThrow('upstream failed');
    await expect(second.value).rejects.toThrow('upstream failed');
    const again = flights.run('k', async () => 'ok');
    expect(again.joined).toBe(false);
    expect(await again.value).toBe('ok');
  });

  it("ends only an aborting caller's wait; the shared call goes on for the others", async () => {
    const flights = new SingleFlight<string>();
    const c = controllable<string>();
    const leaving = new AbortController();
    const staying = new AbortController();
    const a = flights.run('k', c.start, { signal: leaving.signal, abortError: () => new Error('deadline') });
    const b = flights.run('k', c.start, { signal: staying.signal });
    await c.tick();
    leaving.abort();
    await expect(a.value).rejects.toThrow('deadline');
    expect(c.starts[0]!.signal.aborted).toBe(false);
    c.settle().resolve('v');
    expect(await b.value).toBe('v');
  });

  it('cancels the shared call once every caller has gone', async () => {
    const flights = new SingleFlight<string>();
    const c = controllable<string>();
    const one = new AbortController();
    const two = new AbortController();
    const a = flights.run('k', c.start, { signal: one.signal });
    const b = flights.run('k', c.start, { signal: two.signal });
    await c.tick();
    one.abort();
    await expect(a.value).rejects.toThrow();
    expect(c.starts[0]!.signal.aborted).toBe(false);
    two.abort();
    await expect(b.value).rejects.toThrow();
    expect(c.starts[0]!.signal.aborted).toBe(true);
  });

  it('never cancels under a caller that waits without a signal', async () => {
    const flights = new SingleFlight<string>();
    const c = controllable<string>();
    const one = new AbortController();
    const a = flights.run('k', c.start, { signal: one.signal });
    const b = flights.run('k', c.start);
    await c.tick();
    one.abort();
    await expect(a.value).rejects.toThrow();
    expect(c.starts[0]!.signal.aborted).toBe(false);
    c.settle().resolve('v');
    expect(await b.value).toBe('v');
  });

  it('starts a new flight after forget(), while the old one still answers its own callers', async () => {
    const flights = new SingleFlight<string>();
    const c = controllable<string>();
    const old = flights.run('k', c.start);
    await c.tick();
    const oldSettle = c.settle();
    flights.forget('k');
    const fresh = flights.run('k', c.start);
    expect(fresh.joined).toBe(false);
    await c.tick();
    expect(c.starts).toHaveLength(2);
    oldSettle.resolve('old');
    c.settle().resolve('new');
    expect([await old.value, await fresh.value]).toEqual(['old', 'new']);
  });
});
