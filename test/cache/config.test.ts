import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { wantsFresh } from '../../src/server/freshness.js';

describe('REDIS_URL and CACHE_TTL_SECONDS', () => {
  it('default to no Redis and a 30 s cache', () => {
    expect(loadConfig({})).toMatchObject({ redisUrl: null, cacheTtlSeconds: 30 });
    expect(loadConfig({ CACHE_TTL_SECONDS: '0' }).cacheTtlSeconds).toBe(0);
  });

  it.each(['redis://127.0.0.1:6379', 'redis://cache:6380/2', 'rediss://user:pass@cache.example.com:6380/0'])(
    'accepts %s',
    (url) => expect(loadConfig({ REDIS_URL: url }).redisUrl).toBe(url),
  );

  it.each(['localhost:6379', 'http://cache:6379', 'redis:///3', 'redis://cache:6379/db', 'redis://cache/1?x=1'])(
    'refuses %s with one line naming the variable and not repeating the value',
    (url) => {
      let error: unknown;
      try {
        loadConfig({ REDIS_URL: url });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(/^REDIS_URL /);
      expect(message).not.toContain(url);
      expect(message).not.toContain('\n');
    },
  );

  it.each(['-1', '1.5', 'thirty'])('refuses CACHE_TTL_SECONDS=%s', (value) => {
    expect(() => loadConfig({ CACHE_TTL_SECONDS: value })).toThrow(/^CACHE_TTL_SECONDS must be a whole number/);
  });
});

describe('Cache-Control on a GraphQL request', () => {
  it.each([
    [{ 'cache-control': 'no-cache' }, true],
    [{ 'cache-control': 'No-Cache, no-store' }, true],
    [{ 'cache-control': 'max-age=0' }, true],
    [{ 'cache-control': 'max-age=60' }, false],
    [{ 'cache-control': 'no-store' }, false],
    [{ pragma: 'no-cache' }, true],
    [{ 'cache-control': 'max-age=60', pragma: 'no-cache' }, false],
    [{}, false],
  ])('%j asks for fresh data: %s', (headers, fresh) => {
    expect(wantsFresh(headers)).toBe(fresh);
  });
});
