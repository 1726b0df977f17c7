import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (installed by `.ci/run` and `npm test`'s pretest); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium for browser tests, never downloading one. Fails with one clear line when
 * it is missing. Close it in afterAll.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Containers often have no user namespaces for Chromium's sandbox and a small /dev/shm.
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

/**
 * Makes a page offline but for loopback: every request to another host is aborted as a network
 * failure and recorded, so tests behave the same with or without internet access.
 * @returns the URLs that were blocked, in order
 */
export async function allowLoopbackOnly(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route(
    (url) => !isLoopback(url),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return blocked;
}

/** Collects the page's console errors and uncaught exceptions, to print when a test fails. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

function isLoopback(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
