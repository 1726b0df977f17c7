import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (installed by scripts/ensure-system-packages.sh); playwright never downloads one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Starts headless Chromium; fails with one line naming the package when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found: install Debian's chromium (bash scripts/ensure-system-packages.sh)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
}
