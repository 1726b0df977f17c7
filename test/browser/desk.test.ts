import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compareStatus, STATUS_LABEL } from '../../web/desk/src/logic/status.js';
import type { OnboardingStatus, Provider } from '../../web/desk/src/gql/graphql.js';
import { allowLoopbackOnly, collectPageErrors, launchBrowser } from '../helpers/browser.js';
import { ensureDeskBuilt } from '../helpers/desk-bundle.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wireSimulatorWebhooks } from '../../src/simulator/index.js';
import { fin } from '../fixtures/index.js';

// The onboarding desk in headless Chromium against the real server and the simulated providers:
// what a person at the desk sees, checked against what the API answers.

const PAGE_SIZE = 25;
const PROVIDERS: Provider[] = ['FIN', 'SPHEREPAY', 'OPENFX'];
const WEBHOOK_SECRETS = { fin: 'desk-fin-secret', spherepay: 'desk-spherepay-secret', openfx: 'desk-openfx-secret' };
/** Set UPDATE_SCREENSHOT=1 to rewrite docs/desk.png (the README's picture) from this run. */
const SCREENSHOT = process.env.UPDATE_SCREENSHOT === '1' ? 'docs/desk.png' : null;

interface Row {
  providerId: string;
  status: OnboardingStatus;
  label: string;
}

let h: Harness;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let blocked: string[];

beforeAll(async () => {
  ensureDeskBuilt();
  // A wide breaker window: the fault test's failures must not open OpenFX's circuit for the retry.
  // Webhooks on: the simulators sign and send them to the server, as `npm start` wires them.
  h = await startHarness({
    providers: { breaker: { volumeThreshold: 1_000 } },
    live: { webhookSecrets: WEBHOOK_SECRETS },
  });
  wireSimulatorWebhooks(h.sims, h.url, WEBHOOK_SECRETS);
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function openDesk(): Promise<Page> {
  // A laptop screen; nothing but loopback is reachable, so a CDN dependency would show.
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  pageErrors = collectPageErrors(page);
  blocked = await allowLoopbackOnly(page);
  await page.goto(`${h.url}/desk/`);
  return page;
}

afterEach(async () => {
  for (const sim of [h.sims.fin, h.sims.spherepay, h.sims.openfx]) sim.faults.clear();
  await page?.close();
});

function rowsLocator(provider: Provider) {
  return page.locator(`section[data-provider="${provider}"] tbody tr.row`);
}

async function rowsOf(provider: Provider): Promise<Row[]> {
  return rowsLocator(provider).evaluateAll((trs) =>
    trs.map((tr) => ({
      providerId: tr.getAttribute('data-provider-id') ?? '',
      status: tr.getAttribute('data-status') as OnboardingStatus,
      label: tr.querySelector('.status')?.textContent ?? '',
    })),
  );
}

/** Waits (bounded, by polling the page) until `provider`'s table shows `count` rows. */
async function waitForRows(provider: Provider, count: number): Promise<void> {
  await expect.poll(() => rowsLocator(provider).count(), { timeout: 15_000 }).toBe(count);
}

async function apiRows(provider: Provider, first: number): Promise<{ providerId: string; status: OnboardingStatus }[]> {
  const data = await h.data<{ customers: { edges: { node: { providerId: string; status: OnboardingStatus } }[] } }>(
    `query ($provider: Provider!, $first: Int!) {
      customers(provider: $provider, first: $first) { edges { node { providerId status } } }
    }`,
    { provider, first },
  );
  return data.customers.edges.map((e) => e.node);
}

describe('the onboarding desk in a browser', () => {
  it("shows every provider's seed customers with the API's statuses, ACTION_REQUIRED first", async () => {
    await openDesk();
    for (const provider of PROVIDERS) {
      await waitForRows(provider, PAGE_SIZE);
      const shown = await rowsOf(provider);
      const expected = await apiRows(provider, PAGE_SIZE);
      // Same customers with the same statuses, each in words.
      expect(Object.fromEntries(shown.map((r) => [r.providerId, r.status]))).toEqual(
        Object.fromEntries(expected.map((r) => [r.providerId, r.status])),
      );
      for (const r of shown) expect(r.label).toBe(STATUS_LABEL[r.status]);
      expect(await page.locator(`#provider-${provider}`).innerText()).toMatch(/\d+ of .* loaded · .*as of \S/);
      // Most urgent first: ACTION_REQUIRED leads, and no row outranks the one above it.
      const statuses = shown.map((r) => r.status);
      expect([...statuses].sort(compareStatus)).toEqual(statuses);
      if (expected.some((r) => r.status === 'ACTION_REQUIRED')) expect(statuses[0]).toBe('ACTION_REQUIRED');
    }
    expect(pageErrors).toEqual([]);
    expect(blocked).toEqual([]);
  }, 60_000);

  it('loads the next page on "Load more" without duplicates, and filters by status', async () => {
    await openDesk();
    await waitForRows('FIN', PAGE_SIZE);
    await page.getByRole('button', { name: 'Load more Fin.com customers' }).click();
    await waitForRows('FIN', 2 * PAGE_SIZE);
    const shown = await rowsOf('FIN');
    const ids = shown.map((r) => r.providerId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set((await apiRows('FIN', 2 * PAGE_SIZE)).map((r) => r.providerId)));

    // The filter keeps only the chosen status, over every loaded page.
    await page.getByLabel('Status').selectOption('ACTION_REQUIRED');
    const actionRequired = shown.filter((r) => r.status === 'ACTION_REQUIRED').length;
    await waitForRows('FIN', actionRequired);
    expect(new Set((await rowsOf('FIN')).map((r) => r.status))).toEqual(
      new Set(actionRequired ? ['ACTION_REQUIRED'] : []),
    );
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('opens a customer with the keyboard: status, parties, requests for information by section; Escape closes', async () => {
    // A Fin business in the first page that still owes information, with its RFIs from the API.
    const data = await h.data<{
      customers: {
        edges: {
          node: {
            providerId: string;
            type: string;
            status: OnboardingStatus;
            providerStatus: string;
            requestForInformation: { section: string; categories: { fields: { name: string }[] }[] }[];
            associatedParties?: { id: string }[];
          };
        }[];
      };
    }>(
      `{ customers(provider: FIN, first: ${PAGE_SIZE}) { edges { node {
          providerId type status providerStatus
          requestForInformation { section categories { fields { name } } }
          ... on BusinessCustomer { associatedParties { id } }
        } } } }`,
    );
    const candidates = data.customers.edges.map((e) => e.node).filter((n) => n.requestForInformation.length > 0);
    const subject =
      candidates.find((n) => n.type === 'BUSINESS' && (n.associatedParties?.length ?? 0) > 0) ?? candidates[0];
    expect(subject, 'a Fin customer with requests for information in the first page').toBeDefined();
    if (!subject) return;

    await openDesk();
    await waitForRows('FIN', PAGE_SIZE);
    const row = page.locator(`tr[data-provider-id="${subject.providerId}"]`);
    // Arrow keys move between rows; Enter opens the focused one.
    await rowsLocator('FIN').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        rowsLocator('FIN')
          .nth(1)
          .evaluate((tr) => tr === tr.ownerDocument.activeElement),
      )
      .toBe(true);
    await row.focus();
    await page.keyboard.press('Enter');

    const panel = page.locator('aside.panel');
    await panel.waitFor();
    await expect.poll(() => panel.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    const text = await panel.innerText();
    expect(text).toContain(STATUS_LABEL[subject.status]);
    expect(text).toContain(subject.providerStatus);
    // When the provider answered (Customer.fetchedAt).
    expect(await panel.locator('.as-of').innerText()).toMatch(/^as of \S/);
    const sections = await panel.locator('.rfi-section h4').allInnerTexts();
    expect(sections.length).toBe(new Set(subject.requestForInformation.map((r) => r.section)).size);
    const fieldNames = await panel.locator('.rfi-section .field-name').count();
    expect(fieldNames).toBe(subject.requestForInformation.flatMap((r) => r.categories.flatMap((c) => c.fields)).length);
    if (subject.associatedParties) {
      expect(await panel.locator('section[aria-labelledby="parties-title"] tbody tr').count()).toBe(
        subject.associatedParties.length,
      );
    }
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect.poll(() => row.evaluate((tr) => tr === tr.ownerDocument.activeElement)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('opens any customer by id: associated parties with their verification, RFIs by section, an unknown id', async () => {
    // Fin.com's documented V2 business: ACTION_REQUIRED, associated parties, RFIs, a rejection.
    const id = fin.actionRequiredBusiness.id;
    const { customer } = await h.data<{
      customer: {
        legalName: string;
        requestForInformation: { section: string; categories: { fields: { name: string }[] }[] }[];
        associatedParties: { email: string | null; verification: { status: OnboardingStatus } | null }[];
      };
    }>(
      `query ($id: ID!) { customer(id: $id) { ... on BusinessCustomer {
        legalName
        requestForInformation { section categories { fields { name } } }
        associatedParties { email verification { status } }
      } } }`,
      { id },
    );
    expect(customer.associatedParties.length).toBeGreaterThan(0);

    await openDesk();
    await waitForRows('FIN', PAGE_SIZE);
    await page.getByLabel('Customer id').fill(id);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').innerText(), { timeout: 15_000 }).toBe(customer.legalName);
    await expect.poll(() => panel.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');

    const parties = panel.locator('section[aria-labelledby="parties-title"] tbody tr');
    expect(await parties.count()).toBe(customer.associatedParties.length);
    for (const [i, party] of customer.associatedParties.entries()) {
      const text = await parties.nth(i).innerText();
      if (party.email) expect(text).toContain(party.email);
      if (party.verification) expect(text).toContain(STATUS_LABEL[party.verification.status]);
    }
    expect(await panel.locator('.rfi-section h4').count()).toBe(
      new Set(customer.requestForInformation.map((r) => r.section)).size,
    );
    expect(await panel.locator('.rfi-section .field-name').count()).toBe(
      customer.requestForInformation.flatMap((r) => r.categories.flatMap((c) => c.fields)).length,
    );
    if (SCREENSHOT) {
      await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }

    // An id no provider knows: its error in the panel, the tables untouched.
    await page.getByLabel('Customer id').fill(fin.unknownId);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    const alert = panel.locator('[role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain('NOT_FOUND');
    expect(await rowsLocator('FIN').count()).toBe(PAGE_SIZE);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByLabel('Customer id').evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true);
  }, 60_000);

  it('changes a row in place, highlighted, when the provider sends a webhook (no reload)', async () => {
    await openDesk();
    await waitForRows('FIN', PAGE_SIZE);
    await expect.poll(() => page.locator('.live').innerText(), { timeout: 15_000 }).toBe('Live');
    const subject = (await rowsOf('FIN')).find((r) => r.status === 'IN_REVIEW');
    expect(subject, 'a Fin customer in review in the first page').toBeDefined();
    if (!subject) return;
    // A reload would lose this.
    await page.evaluate(() => Object.assign(globalThis, { deskTestMarker: 1 }));

    const res = await fetch(`${h.sims.fin.url}/__simulator/customers/${subject.providerId}/changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'APPROVED' }),
    });
    expect(res.status).toBe(200);
    const row = page.locator(`tr[data-provider-id="${subject.providerId}"]`);
    const sent = Date.now();
    // Bounded polling; the time it took is reported, never asserted (two shared cores).
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 10_000, interval: 25 }).toBe('APPROVED');
    console.log(`desk: webhook → row updated in ${Date.now() - sent} ms`);
    expect(await row.getAttribute('data-updated')).toBe('true');
    expect(await row.locator('.status').innerText()).toBe(STATUS_LABEL.APPROVED);
    expect(await page.evaluate(() => (globalThis as { deskTestMarker?: number }).deskTestMarker)).toBe(1);
    expect(await page.locator('[aria-live="polite"]').innerText()).toContain('is now Approved');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('is never a blank page: with the API unreachable every table says so and offers a retry', async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    pageErrors = collectPageErrors(page);
    // The page loads; every GraphQL request then fails as a network error.
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${h.url}/desk/`);
    for (const provider of PROVIDERS) {
      const alert = page.locator(`section[data-provider="${provider}"] [role="alert"]`);
      await alert.waitFor({ timeout: 15_000 });
      expect(await alert.innerText()).toContain('NETWORK_ERROR');
      expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    }
    expect(await page.getByRole('heading', { name: 'Onboarding desk' }).count()).toBe(1);
  }, 60_000);

  it("shows a provider's fault in its own table while the others' rows stay, and recovers on retry", async () => {
    const res = await fetch(`${h.sims.openfx.url}/__simulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rules: [{ status: 503 }] }),
    });
    expect(res.ok).toBe(true);

    await openDesk();
    const alert = page.locator('section[data-provider="OPENFX"] [role="alert"]');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain('PROVIDER_UNAVAILABLE');
    expect(await alert.innerText()).toContain('OpenFX is not answering');
    await waitForRows('FIN', PAGE_SIZE);
    await waitForRows('SPHEREPAY', PAGE_SIZE);
    expect(await rowsLocator('OPENFX').count()).toBe(0);

    h.sims.openfx.faults.clear();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForRows('OPENFX', PAGE_SIZE);
    expect(await alert.count()).toBe(0);
  }, 60_000);
});

describe('the onboarding desk with API_KEYS on', () => {
  let keyed: Harness;
  beforeAll(async () => {
    keyed = await startHarness({ config: { apiKeys: ['desk-browser-key'] } });
  }, 60_000);
  afterAll(() => keyed?.close());

  it('opens without a key, asks for one, refuses a wrong one and loads with the right one', async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    pageErrors = collectPageErrors(page);
    await page.goto(`${keyed.url}/desk/`);
    const key = page.getByLabel('This server needs an API key');
    await key.waitFor({ timeout: 15_000 });
    expect(await rowsLocator('FIN').count()).toBe(0);

    await key.fill('wrong-key');
    await page.getByRole('button', { name: 'Use key' }).click();
    const again = page.getByLabel('That API key was refused; another');
    await again.waitFor({ timeout: 15_000 });

    await again.fill('desk-browser-key');
    await page.getByRole('button', { name: 'Use key' }).click();
    for (const provider of PROVIDERS) await waitForRows(provider, PAGE_SIZE);
    expect(await page.locator('form.api-key').count()).toBe(0);
  }, 60_000);
});
