import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDeskRoute } from '../../src/server/desk-route.js';
import { ensureDeskBuilt } from '../helpers/desk-bundle.js';
import { startHarness, type Harness } from '../helpers/harness.js';

describe('the /desk route', () => {
  let h: Harness;
  beforeAll(async () => {
    ensureDeskBuilt();
    h = await startHarness({ config: { apiKeys: ['desk-test-key'] } });
  }, 60_000);
  afterAll(() => h.close());

  it('serves the built page with a same-origin content security policy, without an API key', async () => {
    expect((await h.http('/desk')).status).toBe(302);
    const page = await h.http('/desk/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<script type="module" src="/desk/desk.js">');
    const script = await h.http('/desk/desk.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await h.http('/desk/desk.css')).status).toBe(200);
    // Operations still need the key.
    expect((await h.gql('{ __typename }')).status).toBe(401);
  });

  it('serves only the bundle’s own files', async () => {
    for (const path of ['/desk/package.json', '/desk/..%2Fpackage.json', '/desk/%2e%2e%2fmain.js', '/desk/desk.ts']) {
      expect((await h.http(path)).status, path).toBe(404);
    }
  });
});

describe('the /desk route with the landing page off (production)', () => {
  it('is not served', async () => {
    const h = await startHarness({ config: { introspection: false, production: true } });
    try {
      expect((await h.http('/desk/')).status).toBe(404);
      expect((await h.http('/desk/desk.js')).status).toBe(404);
    } finally {
      await h.close();
    }
  });
});

describe('the /desk route before the desk is built', () => {
  it('says how to build it', async () => {
    const root = mkdtempSync(`${tmpdir()}/desk-unbuilt-`);
    const app = Fastify();
    try {
      installDeskRoute(app, { enabled: true, root });
      const res = await app.inject({ method: 'GET', url: '/desk/' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('npm run build');
      expect((await app.inject({ method: 'GET', url: '/desk/desk.js' })).statusCode).toBe(404);
    } finally {
      await app.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
