import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('bus under WORKERS=N without Redis', () => {
  it('delivers a message published by one worker to every worker exactly once', { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'test/cache/fixtures/bus-cluster.ts'],
      { cwd: ROOT, timeout: 45_000 },
    );
    const got = JSON.parse(stdout.trim()) as Record<string, unknown[]>;
    expect(got).toEqual({ 1: [{ keys: ['k'] }], 2: [{ keys: ['k'] }], 3: [{ keys: ['k'] }] });
  });
});
