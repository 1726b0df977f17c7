import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { pushIterator } from '../../src/subscriptions/iterator.js';
import { createMemoryDedupe, createRedisDedupe } from '../../src/webhooks/dedupe.js';
import { createLogger } from '../../src/logger.js';
import { Writable } from 'node:stream';

describe('webhook secrets configuration', () => {
  it('reads each provider secret, and treats unset or empty as disabled', () => {
    const config = loadConfig({ FIN_WEBHOOK_SECRET: 'a', SPHEREPAY_WEBHOOK_SECRET: '' });
    expect(config.webhookSecrets).toEqual({ fin: 'a', spherepay: null, openfx: null });
  });
});

describe('pushIterator', () => {
  it('hands values to a waiting consumer, buffers for a slow one (dropping the oldest past the bound), and unsubscribes once on return', async () => {
    let push: (v: number) => void = () => undefined;
    let unsubscribed = 0;
    const it = pushIterator<number>((p) => {
      push = p;
      return () => void unsubscribed++;
    }, 2);
    const waiting = it.next();
    push(1);
    expect(await waiting).toEqual({ value: 1, done: false });
    push(2);
    push(3);
    push(4);
    expect(await it.next()).toEqual({ value: 3, done: false });
    expect(await it.next()).toEqual({ value: 4, done: false });
    const pending = it.next();
    await it.return?.();
    await it.return?.();
    expect(await pending).toEqual({ value: undefined, done: true });
    push(5);
    expect(await it.next()).toEqual({ value: undefined, done: true });
    expect(unsubscribed).toBe(1);
  });
});

describe('event de-duplication', () => {
  it('remembers an event id per provider', async () => {
    const dedupe = createMemoryDedupe();
    expect(await dedupe.firstSeen('FIN', 'e1')).toBe(true);
    expect(await dedupe.firstSeen('FIN', 'e1')).toBe(false);
    expect(await dedupe.firstSeen('OPENFX', 'e1')).toBe(true);
  });

  it('asks Redis (SET NX EX 24 h) and decides locally, with one warning, when Redis cannot answer', async () => {
    const lines: string[] = [];
    const logger = createLogger({
      destination: new Writable({ write: (c: Buffer, _e, done) => (lines.push(c.toString()), done()) }),
    });
    const calls: [string, number][] = [];
    let answer: boolean | undefined = true;
    const dedupe = createRedisDedupe(async (key, ttl) => (calls.push([key, ttl]), answer), logger);
    expect(await dedupe.firstSeen('FIN', 'e1')).toBe(true);
    expect(calls).toEqual([['customer-graph:webhook-event:FIN:e1', 86_400]]);
    answer = false; // another replica set it first
    expect(await dedupe.firstSeen('FIN', 'e2')).toBe(false);
    answer = undefined; // Redis down
    expect(await dedupe.firstSeen('FIN', 'e3')).toBe(true);
    expect(lines.filter((l) => l.includes('Redis unavailable'))).toHaveLength(1);
    expect(await dedupe.firstSeen('FIN', 'e3')).toBe(false); // the local memory still holds it
  });
});
