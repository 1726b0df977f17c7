import { describe, expect, it } from 'vitest';
import { EXIT, listenFailure } from '../../src/listen-failure.js';

const at = { host: '127.0.0.1', port: 4000 };

describe('listenFailure', () => {
  it('gives every address problem its own line and exit code', () => {
    const cases = ['EADDRINUSE', 'EACCES', 'ENOTFOUND', 'EADDRNOTAVAIL'].map((code) =>
      listenFailure(Object.assign(new Error('x'), { code }), at),
    );
    expect(cases.map((c) => c?.code)).toEqual([EXIT.addressInUse, EXIT.permission, EXIT.host, EXIT.host]);
    for (const c of cases) expect(c?.message).toMatch(/^cannot listen on 127\.0\.0\.1:4000: .+\.$/);
    expect(new Set([...Object.values(EXIT), 1]).size).toBe(Object.values(EXIT).length + 1);
  });

  it('leaves any other error alone (a bug keeps its stack)', () => {
    expect(listenFailure(new TypeError('boom'), at)).toBeNull();
  });
});
