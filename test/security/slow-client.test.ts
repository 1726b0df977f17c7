import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_TIMEOUTS, type HttpTimeouts } from '../../src/server/http-timeouts.js';
import { startHarness, type Harness } from '../helpers/harness.js';

// A client that starts a request and never finishes it (slow loris) loses its connection after the
// server's request timeout, instead of holding a socket for minutes (Fastify's default is no limit).

// The same timeouts, wired the same way, only short: what is asserted is that they fire and what the
// client is told, not how long production waits (10 s and 15 s, waited out for nothing).
const TIMEOUTS: HttpTimeouts = { ...HTTP_TIMEOUTS, headersTimeoutMs: 600, requestTimeoutMs: 900, checkIntervalMs: 100 };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ httpTimeouts: TIMEOUTS });
});
afterAll(() => h.close());

/** Writes `head` on a fresh connection and never more; resolves with what the server said before closing. */
function stall(head: string): Promise<{ text: string }> {
  const { port } = new URL(h.url);
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(head));
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve({ text }));
  });
}

describe('a request that never finishes arriving', () => {
  it(
    'is answered 408 and closed: an unfinished chunked body, and unfinished headers',
    { timeout: TIMEOUTS.requestTimeoutMs + 15_000 },
    async () => {
      const [body, headers] = await Promise.all([
        stall(
          'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
            'Transfer-Encoding: chunked\r\n\r\n9\r\n{"query":\r\n',
        ),
        stall('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: appl'),
      ]);
      expect(body.text).toMatch(/^HTTP\/1\.1 408 /);
      expect(headers.text).toMatch(/^HTTP\/1\.1 408 /);
    },
  );
});
