import type { Logger } from '../../logger.js';

/** Largest clock difference to OpenFX that is corrected, ms; beyond it our clock is left alone and logged. */
export const MAX_CLOCK_CORRECTION_MS = 10 * 60_000;
/**
 * Differences up to this are left alone, ms: `Date` has whole seconds and OpenFX allows ±60 s.
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
const TOLERANCE_MS = 2_000;

/**
 * Our view of OpenFX's clock, for `X-Timestamp`. OpenFX refuses timestamps more than 60 s from its
 * own time, so a host whose clock drifts would fail every request; each response's
 * `Date` header (RFC 9110 §6.6.1) tells us OpenFX's time, and the difference, up to
 * `MAX_CLOCK_CORRECTION_MS`, is added to our clock. A larger difference is more likely a broken
 * header than a broken clock: it is logged once and not applied, so requests keep failing clearly
 * (PROVIDER_AUTH_FAILED with `timestamp_out_of_range` in the logs).
 * @see https://openfx-api-docs-example.pages.dev/mvp/api-reference/customers/get-customer
 */
export class ProviderClock {
  private offsetMs = 0;
  private warned = false;

  /** @param localNow our clock, ms since epoch (injected so tests control it). */
  constructor(private readonly localNow: () => number) {}

  /** The correction now applied to our clock, ms. */
  get offset(): number {
    return this.offsetMs;
  }

  /** OpenFX's time as far as we know it, ms since epoch. */
  readonly now = (): number => this.localNow() + this.offsetMs;

  /** Reads a response's `Date` header; returns `true` when the correction changed. */
  observe(date: string | string[] | undefined, logger: Logger): boolean {
    const text = Array.isArray(date) ? date[0] : date;
    if (!text) return false;
    const providerNow = Date.parse(text);
    if (Number.isNaN(providerNow)) return false;
    // `Date` is truncated to the second: the provider's time lies in [header, header + 1 s).
    const measured = providerNow + 500 - this.localNow();
    if (Math.abs(measured - this.offsetMs) <= TOLERANCE_MS) return false;
    if (Math.abs(measured) > MAX_CLOCK_CORRECTION_MS) {
      if (!this.warned) {
        this.warned = true;
        logger.warn(
          { provider: 'OPENFX', clockDifferenceMs: Math.round(measured), limitMs: MAX_CLOCK_CORRECTION_MS },
          'OpenFX clock differs from ours beyond the correctable limit; signatures may be refused',
        );
      }
      return false;
    }
    const correctedBefore = this.offsetMs !== 0;
    this.offsetMs = Math.abs(measured) <= TOLERANCE_MS ? 0 : Math.round(measured);
    logger.info(
      { provider: 'OPENFX', clockOffsetMs: this.offsetMs, ...(correctedBefore ? { recorrected: true } : {}) },
      'OpenFX clock correction for request signatures',
    );
    return true;
  }
}
