import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../../src/logger.js';
import { ProviderError } from '../../src/model/errors.js';
import { getJson, type ErrorFacts } from '../../src/providers/get-json.js';
import { createPool, requestJson } from '../../src/providers/http.js';
import type { CallContext } from '../../src/providers/types.js';

// One origin for every case: `/<status>` answers that status with an OpenFX-like error envelope,
// `/ok` a valid document, `/broken` a 200 that breaks the schema.
let server: Server;
let pool: Dispatcher;
beforeAll(async () => {
  server = createServer((req, res) => {
    const route = (req.url ?? '').slice(1);
    res.setHeader('content-type', 'application/json');
    if (route === 'ok') return res.end(JSON.stringify({ id: 'a' }));
    if (route === 'broken') return res.end(JSON.stringify({ id: 7 }));
    res.statusCode = Number(route);
    res.end(JSON.stringify({ error: { code: 'some_code', message: 'never logged' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // No retries: each case is exactly one request.
  pool = createPool(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, {}, { retry: { maxRetries: 0 } });
});
afterAll(async () => {
  await pool.close();
  await new Promise((resolve) => server.close(resolve));
});

const schema = z.object({ id: z.string() });
const facts: ErrorFacts = {
  label: 'Provider X',
  bodyFacts: (body) => ({ providerCode: (body as { error: { code: string } }).error.code }),
  log: { error: 'error answer', notFound: 'not found answer', invalidBody: 'invalid answer' },
};

function capturing(): { call: CallContext; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', destination: { write: (s: string) => lines.push(JSON.parse(s)) } });
  return { call: { requestId: 'get-json-test', logger }, lines };
}

const get = (path: string, notFound?: 'error') =>
  ({ provider: 'OPENFX', endpoint: 'GET /:status', path, ...(notFound ? { notFound } : {}) }) as const;

describe('getJson', () => {
  it('answers a valid 200 body, validated', async () => {
    expect(await getJson(pool, get('/ok'), schema, facts, capturing().call)).toEqual({ id: 'a' });
  });

  it('refuses a 200 that breaks the schema with its failing paths only, logged as the provider words it', async () => {
    const { call, lines } = capturing();
    const err = await getJson(pool, get('/broken'), schema, facts, call).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
      message: 'OPENFX returned an unexpected response.',
      detail: { invalidPaths: ['id'] },
    });
    expect(lines.find((l) => l.msg === 'invalid answer')?.upstream).toEqual({
      provider: 'OPENFX',
      endpoint: 'GET /:status',
      status: 200,
      invalidPaths: ['id'],
    });
  });

  it('answers null for a 404, and PROVIDER_UNAVAILABLE where a 404 is an error', async () => {
    expect(await getJson(pool, get('/404'), schema, facts, capturing().call)).toBeNull();
    const err = await getJson(pool, get('/404', 'error'), schema, facts, capturing().call).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', message: 'OPENFX is unavailable.' });
  });

  it.each([
    [401, 'PROVIDER_AUTH_FAILED', 'Provider X rejected our credentials.'],
    [403, 'PROVIDER_AUTH_FAILED', 'Provider X rejected our credentials.'],
    [400, 'BAD_USER_INPUT', 'Provider X rejected the request as invalid.'],
    [422, 'BAD_USER_INPUT', 'Provider X rejected the request as invalid.'],
    [429, 'PROVIDER_RATE_LIMITED', 'OPENFX is rate limiting requests.'],
    [500, 'PROVIDER_UNAVAILABLE', 'OPENFX is unavailable.'],
    [302, 'PROVIDER_UNAVAILABLE', 'OPENFX is unavailable.'],
  ])('maps %i to %s with the safe facts of the body, never its message', async (status, code, message) => {
    const { call, lines } = capturing();
    const err = await getJson(pool, get(`/${status}`), schema, facts, call).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    const detail = { status, endpoint: 'GET /:status', providerCode: 'some_code' };
    expect(err).toMatchObject({ code, provider: 'OPENFX', message, detail });
    expect(lines.find((l) => l.msg === 'error answer')?.upstream).toEqual({ provider: 'OPENFX', ...detail });
    expect(JSON.stringify(lines)).not.toContain('never logged');
  });

  it('writes no lines of its own for a provider without log wording', async () => {
    const { call, lines } = capturing();
    await getJson(pool, get('/500'), schema, { label: 'Provider X' }, call).catch(() => undefined);
    expect(lines.map((l) => l.msg)).toEqual(['upstream call']);
  });

  it("marks an auth failure persistent when the provider's send says renewed credentials did not cure it", async () => {
    const send: ErrorFacts['send'] = async (d, request, call) => ({
      ...(await requestJson(d, request, call)),
      persistent: true,
    });
    const err = await getJson(pool, get('/401'), schema, { label: 'Provider X', send }, capturing().call).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'PROVIDER_AUTH_FAILED', detail: { status: 401, persistent: true } });
  });
});
