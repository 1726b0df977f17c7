import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ProviderError } from '../../src/model/errors.js';
import { createPool, MAX_BODY_BYTES, requestJson } from '../../src/providers/http.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** An origin answering every request with `body` (chunked when `chunked`, so no content-length warns ahead). */
async function origin(body: string, chunked: boolean): Promise<string> {
  server = createServer((_, res) => {
    res.writeHead(
      200,
      chunked ? { 'content-type': 'application/json' } : { 'content-length': Buffer.byteLength(body) },
    );
    if (!chunked) return res.end(body);
    for (let i = 0; i < body.length; i += 65_536) res.write(body.slice(i, i + 65_536));
    res.end();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const call = { requestId: 'test', logger: createLogger({ level: 'silent' }) };
const get = { provider: 'FIN', endpoint: 'GET /big', method: 'GET', path: '/big' } as const;

describe('upstream body size', () => {
  it('reads a body at the limit', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES - 10) });
    expect(body.length).toBe(MAX_BODY_BYTES);
    const pool = createPool(await origin(body, true));
    const res = await requestJson(pool, get, call);
    expect((res.json as { pad: string }).pad).toHaveLength(MAX_BODY_BYTES - 10);
    await pool.close();
  });

  for (const chunked of [true, false]) {
    it(`refuses a body over ${MAX_BODY_BYTES} bytes (${chunked ? 'chunked' : 'content-length'}) as PROVIDER_UNAVAILABLE`, async () => {
      const pool = createPool(await origin(JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) }), chunked));
      const err = await requestJson(pool, get, call).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ProviderError);
      expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', detail: { cause: 'UND_ERR_RES_EXCEEDED_MAX_SIZE' } });
      await pool.close();
    });
  }
});

describe('operation byte budget', () => {
  it('charges chunked bodies as they arrive, per operation signal', async () => {
    const body = JSON.stringify({ pad: 'x'.repeat(3 * 1024 * 1024) });
    const pool = createPool(await origin(body, true), { operationBytes: 4 * 1024 * 1024 });
    const operation = { ...call, signal: new AbortController().signal };
    await requestJson(pool, get, operation);
    const err = await requestJson(pool, get, operation).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'FIN', detail: { cause: 'operation_bytes' } });
    // Another operation has a budget of its own.
    await requestJson(pool, get, { ...call, signal: new AbortController().signal });
    await pool.close();
  });
});
