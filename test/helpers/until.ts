import { vi } from 'vitest';

/**
 * Resolves once `check` holds; rejects when `timeoutMs` passes first, or at once if `check` throws.
 * Vitest's `vi.waitUntil` does the polling (on real timers, one check at a time); this only fixes
 * the defaults the integration tests share.
 *
 * @param timeoutMs how long to wait, ms. Default 10 s.
 * @param intervalMs how often to check, ms. Default 20.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  intervalMs = 20,
): Promise<void> {
  await vi.waitUntil(check, { timeout: timeoutMs, interval: intervalMs });
}
