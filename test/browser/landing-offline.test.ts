import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE_VARIABLES } from '../../src/server/example-query.js';
import { allowLoopbackOnly, collectPageErrors, launchBrowser } from '../helpers/browser.js';
import { ensureGraphiQLBundle } from '../helpers/graphiql-bundle.js';
import { startHarness, type Harness } from '../helpers/harness.js';

// `npm start` with no network: /graphql cannot load Apollo Sandbox from Apollo's CDN, so the page
// moves by itself to the bundled GraphiQL, which works entirely from this server.

const SANDBOX_CDN = 'https://embeddable-sandbox.cdn.apollographql.com';
const SEED_ID = EXAMPLE_VARIABLES.id;
/** How long the UI may take to show something: generous, since `npm test` runs many files on few cores. */
const UI_TIMEOUT = 30_000;
/** The visible editor below the operation: variables, or headers when that tab is open. */
const TOOL_EDITOR = '.graphiql-editor-tool .graphiql-editor:not(.hidden)';

let h: Harness;
let browser: Browser;
let page: Page;
let blocked: string[];
let errors: string[];

beforeAll(async () => {
  await ensureGraphiQLBundle();
  [h, browser] = await Promise.all([startHarness(), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await h?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
  blocked = await allowLoopbackOnly(page);
  errors = collectPageErrors(page);
});
afterEach(() => page.close());

/** The text Monaco shows in one of GraphiQL's editors (non-breaking spaces as spaces). */
async function editorText(selector: string): Promise<string> {
  const text = await page.locator(`${selector} .view-lines`).first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** Opens /graphql and waits for the bundled GraphiQL's operation editor to show the example query. */
async function openOffline(): Promise<void> {
  await page.goto(`${h.url}/graphql`);
  await page.waitForURL(`${h.url}/graphiql`, { timeout: UI_TIMEOUT });
  await expect
    .poll(() => editorText('.graphiql-query-editor'), { timeout: UI_TIMEOUT })
    .toContain('query CustomerOnboarding($id: ID!)');
}

describe('the landing page with no internet', { timeout: 90_000 }, () => {
  it('moves to the bundled GraphiQL with the example query and its variables loaded', async () => {
    await openOffline();
    expect(
      blocked.some((url) => url.startsWith(SANDBOX_CDN)),
      blocked.join('\n'),
    ).toBe(true);
    expect(await editorText(TOOL_EDITOR)).toContain(`"id": "${SEED_ID}"`);
  });

  it('runs the example query against the simulator and shows its data', async () => {
    await openOffline();
    h.sims.resetCounters();
    const before = blocked.length;
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => editorText('.graphiql-response'), { timeout: UI_TIMEOUT })
      .toContain(`"providerId": "${SEED_ID}"`);
    const response = await editorText('.graphiql-response');
    expect(response).toContain('"provider": "FIN"');
    expect(response).not.toContain('"errors"');
    expect(h.sims.requestCount()).toBeGreaterThan(0);
    // GraphiQL itself asks nothing of the internet; only Apollo's page tried to.
    expect(blocked.slice(before)).toEqual([]);
  });

  it('shows the Customer type in the documentation explorer', async () => {
    await openOffline();
    await page.getByLabel('Show Documentation Explorer').click();
    await page.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).click();
    await page.locator('a.graphiql-doc-explorer-field-name', { hasText: /^customer$/ }).click();
    await page
      .locator('a.graphiql-doc-explorer-type-name', { hasText: /^Customer$/ })
      .first()
      .click();
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer-title').innerText(), { timeout: UI_TIMEOUT })
      .toBe('Customer');
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer-content').innerText(), { timeout: UI_TIMEOUT })
      .toMatch(/IndividualCustomer[\s\S]*BusinessCustomer|BusinessCustomer[\s\S]*IndividualCustomer/);
  });

  it('loads GraphiQL without a console error (no CSP violation, no missing asset)', async () => {
    await page.goto(`${h.url}/graphiql`);
    await expect
      .poll(() => editorText('.graphiql-query-editor'), { timeout: UI_TIMEOUT })
      .toContain('CustomerOnboarding');
    // The schema has arrived when the doc explorer can list the root type.
    await page.getByLabel('Show Documentation Explorer').click();
    await page.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).waitFor();
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

describe('the landing page when Apollo’s CDN answers', { timeout: 90_000 }, () => {
  // Stand-ins for Apollo's CDN script and Sandbox iframe (served through page.route, so nothing leaves
  // the machine): the script builds the iframe as Apollo's does; the iframe says hello, or not.
  async function stubSandbox(saysHello: boolean): Promise<void> {
    await page.route(`${SANDBOX_CDN}/**`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `window.EmbeddedSandbox = function (options) {
          var frame = document.createElement('iframe');
          frame.src = 'https://sandbox.embed.apollographql.com/sandbox/explorer';
          document.querySelector(options.target).appendChild(frame);
        };`,
      }),
    );
    await page.route('https://sandbox.embed.apollographql.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: saysHello
          ? `<script>parent.postMessage({ name: 'ExplorerListeningForHandshake' }, '*');</script>Sandbox`
          : 'Sandbox that never starts',
      }),
    );
    // Tells the test when the page has seen the iframe's hello.
    await page.addInitScript({
      content: `window.addEventListener('message', function (event) {
        if (event.origin === 'https://sandbox.embed.apollographql.com') document.documentElement.dataset.hello = 'yes';
      });`,
    });
    await page.clock.install();
  }

  it('keeps Apollo Sandbox once it has started', async () => {
    await stubSandbox(true);
    await page.goto(`${h.url}/graphql`);
    await page.locator('html[data-hello="yes"]').waitFor();
    await page.clock.runFor(60_000);
    expect(page.url()).toBe(`${h.url}/graphql`);
    expect(await page.locator('#embeddableSandbox iframe').count()).toBe(1);
  });

  it('moves to the bundled GraphiQL when Sandbox loads but does not start within 10 s', async () => {
    await stubSandbox(false);
    await page.goto(`${h.url}/graphql`);
    await page.frameLocator('#embeddableSandbox iframe').locator('body').waitFor();
    await page.clock.runFor(9_000);
    expect(page.url()).toBe(`${h.url}/graphql`);
    await page.clock.runFor(1_500);
    await page.waitForURL(`${h.url}/graphiql`, { timeout: UI_TIMEOUT });
  });
});

describe('the bundled GraphiQL', { timeout: 90_000 }, () => {
  it('sends subscriptions over graphql-ws on the same host and path', async () => {
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(`${h.url}/graphiql`);
    await expect
      .poll(() => editorText('.graphiql-query-editor'), { timeout: UI_TIMEOUT })
      .toContain('CustomerOnboarding');
    await replaceEditorText('.graphiql-query-editor', 'subscription Watch { __typename }');
    // The tab takes the operation's name once GraphiQL has parsed the new text.
    await page.locator('.graphiql-tab-button', { hasText: /^Watch$/ }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => sockets, { timeout: UI_TIMEOUT }).toEqual([`${h.url.replace(/^http/, 'ws')}/graphql`]);
  });
});

describe('the bundled GraphiQL with API_KEYS set', { timeout: 90_000 }, () => {
  const KEY = 'k3y-browser-0123456789abcdef';
  let secured: Harness;
  beforeAll(async () => {
    secured = await startHarness({ config: { apiKeys: [KEY] } });
  });
  afterAll(() => secured?.close());

  it('opens without a key, on the headers editor, and runs the example and loads the schema once the key is typed in', async () => {
    await page.goto(`${secured.url}/graphql`);
    await page.waitForURL(`${secured.url}/graphiql`, { timeout: UI_TIMEOUT });
    await expect.poll(() => editorText(TOOL_EDITOR), { timeout: UI_TIMEOUT }).toContain('"Authorization": "Bearer "');
    await replaceEditorText(TOOL_EDITOR, `{ "Authorization": "Bearer ${KEY}" }`);
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => editorText('.graphiql-response'), { timeout: UI_TIMEOUT })
      .toContain(`"providerId": "${SEED_ID}"`);
    // The schema, refused before the key, is fetched again with it: the doc explorer lists Query.
    await page.getByLabel('Show Documentation Explorer').click();
    await page.locator('a.graphiql-doc-explorer-type-name', { hasText: /^Query$/ }).waitFor({ timeout: UI_TIMEOUT });
  });
});

/** Replaces the whole text of a Monaco editor by typing, as a user would. */
async function replaceEditorText(selector: string, text: string): Promise<void> {
  await page.locator(`${selector} .view-lines`).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
