import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { request } from 'undici';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installGraphiQLRoutes } from '../../src/server/landing-page/graphiql-routes.js';
import { withFallback } from '../../src/server/landing-page/sandbox-fallback-plugin.js';
import { ensureGraphiQLBundle } from '../helpers/graphiql-bundle.js';
import { startHarness, type Harness } from '../helpers/harness.js';

// How the bundled GraphiQL and the landing page are served: content types, caching, compression,
// CSP, and nothing but the built files.

const HTML = { accept: 'text/html' };

let h: Harness;
let page: string;
beforeAll(async () => {
  await ensureGraphiQLBundle();
  h = await startHarness();
  page = (await h.http('/graphiql', { headers: HTML })).text;
}, 60_000);
afterAll(() => h.close());

/** A URL the GraphiQL page links to, by a pattern of its file name. */
function linked(pattern: RegExp): string {
  const url = [...page.matchAll(/"(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]!).find((u) => pattern.test(u));
  if (!url) throw new Error(`the GraphiQL page links no ${pattern}:\n${page}`);
  return url;
}

/** A GET without the harness's scan (bundles are megabytes of third-party code, not responses). */
async function get(path: string, headers: Record<string, string> = {}) {
  const res = await request(`${h.url}${path}`, { headers });
  const body = Buffer.from(await res.body.arrayBuffer());
  return { status: res.statusCode, headers: res.headers, body };
}

describe('GET /graphiql', () => {
  it('is HTML revalidated on every load, under a CSP that allows only this origin', async () => {
    const res = await get('/graphiql', HTML);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(res.headers['content-security-policy']).toMatch(/connect-src 'self'/);
    expect(res.headers['content-security-policy']).not.toMatch(/https?:/);
  });

  it('carries the example query, its variables and the endpoint as inert JSON', () => {
    const json = /<script type="application\/json" id="graphiql-config">([^<]*)<\/script>/.exec(page)?.[1];
    const config = JSON.parse(json ?? 'null') as Record<string, unknown>;
    expect(config).toMatchObject({ endpoint: '/graphql', authRequired: false });
    expect(config.query).toMatch(/query CustomerOnboarding/);
    expect(JSON.parse(config.variables as string)).toEqual({ id: '671536f8-ddc5-4b1e-bd6f-27d0ed07a27c' });
  });

  it('links nothing off this server', () => {
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe('GET /graphiql/assets/<file>', () => {
  it.each([
    ['the script', /graphiql-\w+\.js$/, 'text/javascript; charset=utf-8'],
    ['the style sheet', /graphiql-\w+\.css$/, 'text/css; charset=utf-8'],
    ['the GraphQL worker', /graphql\.worker-\w+\.js$/, 'text/javascript; charset=utf-8'],
  ])('serves %s with its content type, cached for a year as immutable', async (_, pattern, type) => {
    const res = await get(linked(pattern));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body.length).toBeGreaterThan(1000);
  });

  it('sends the precompressed body to a client that accepts gzip, the same bytes once inflated', async () => {
    const url = linked(/graphiql-\w+\.js$/);
    const plain = await get(url);
    const zipped = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    const refused = await get(url, { 'accept-encoding': 'gzip;q=0, identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it.each([
    ['an unknown name', '/graphiql/assets/nope-12345678.js'],
    ['the manifest', '/graphiql/assets/..%2Fmanifest.json'],
    ['a path outside the bundle', '/graphiql/assets/..%2F..%2F..%2Fpackage.json'],
    ['an encoded absolute path', '/graphiql/assets/%2Fetc%2Fpasswd'],
  ])('answers 404 for %s, never caching it', async (_, path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('does not serve a precompressed file as a file of its own', async () => {
    const res = await get(`${linked(/graphiql-\w+\.js$/)}.gz`);
    expect(res.status).toBe(404);
  });
});

describe('the landing page (GET /graphql for HTML)', () => {
  it("adds the fallback under the nonce of Apollo's own CSP, fresh on every load", async () => {
    const first = (await h.http('/graphql', { headers: HTML })).text;
    const second = (await h.http('/graphql', { headers: HTML })).text;
    const nonceOf = (html: string) => /script-src 'self' 'nonce-([0-9a-f]+)'/.exec(html)?.[1];
    const nonce = nonceOf(first);
    expect(nonce).toMatch(/^[0-9a-f]{64}$/);
    expect(nonceOf(second)).not.toBe(nonce);
    expect(first).toMatch(
      new RegExp(`<script nonce="${nonce}">\\s*\\(function \\(\\) \\{\\s*var fallback = "/graphiql"`),
    );
  });

  it('refuses to start when Apollo changes its page beyond recognition', () => {
    expect(() => withFallback('<html><body>no scripts</body></html>', '/graphiql', 10_000)).toThrow(/unexpected HTML/);
  });
});

describe('before any build', () => {
  it('answers /graphiql with 503 and the command that builds it', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'no-graphiql-'));
    const app = Fastify();
    installGraphiQLRoutes(app, { endpoint: '/graphql', query: '{ __typename }', variables: {}, authRequired: false }, [
      empty,
    ]);
    try {
      const res = await app.inject({ method: 'GET', url: '/graphiql' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toMatch(/npm run build/);
      expect((await app.inject({ method: 'GET', url: '/graphiql/assets/x.js' })).statusCode).toBe(404);
    } finally {
      await app.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});
