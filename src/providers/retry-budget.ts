/** Settings of a retry budget (the defaults are Apollo Router's `experimental_retry` defaults). */
export interface RetryBudgetOptions {
  /** How long a deposited request counts towards the budget, ms. Default 10 000. */
  ttlMs?: number;
  /** Retries always allowed per second, whatever the traffic (so a quiet service still retries). Default 10. */
  minPerSecond?: number;
  /** Extra retries allowed as a share of the requests made within `ttlMs`. Default 0.2. */
  retryPercent?: number;
  /** Clock, ms. Default `Date.now`. */
  now?: () => number;
}

const BUCKETS = 10;

/**
 * A retry budget per upstream, like Envoy's `retry_budget` and Apollo Router's traffic-shaping
 * `experimental_retry` (tower's TpsBudget): every request deposits one token, every retry withdraws
 * one, and retries beyond `minPerSecond × ttl + retryPercent × requests` are refused. When a provider
 * fails for everyone at once, this keeps retries to a fifth of the traffic instead of multiplying it
 * by `maxRetries + 1` (a retry storm). Counts live in ten rolling buckets across `ttlMs`.
 */
export class RetryBudget {
  private readonly ttlMs: number;
  private readonly reserve: number;
  private readonly percent: number;
  private readonly now: () => number;
  private readonly deposits = new Array<number>(BUCKETS).fill(0);
  private readonly withdrawals = new Array<number>(BUCKETS).fill(0);
  /** Index of the newest bucket's time slot (`now / bucketMs`, floored). */
  private slot = 0;

  constructor(options: RetryBudgetOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10_000;
    this.reserve = (options.minPerSecond ?? 10) * (this.ttlMs / 1000);
    this.percent = options.retryPercent ?? 0.2;
    this.now = options.now ?? Date.now;
    this.slot = this.currentSlot();
  }

  /** Records one original request (not a retry). */
  deposit(): void {
    this.rotate();
    const i = this.slot % BUCKETS;
    this.deposits[i] = (this.deposits[i] ?? 0) + 1;
  }

  /** Takes one retry from the budget; `false` (and nothing taken) when the budget is spent. */
  tryWithdraw(): boolean {
    this.rotate();
    const deposited = this.deposits.reduce((a, b) => a + b, 0);
    const withdrawn = this.withdrawals.reduce((a, b) => a + b, 0);
    if (withdrawn + 1 > this.reserve + this.percent * deposited) return false;
    const i = this.slot % BUCKETS;
    this.withdrawals[i] = (this.withdrawals[i] ?? 0) + 1;
    return true;
  }

  private currentSlot(): number {
    return Math.floor(this.now() / (this.ttlMs / BUCKETS));
  }

  // Clears the buckets whose time slot has left the window since the last call.
  private rotate(): void {
    const slot = this.currentSlot();
    const stale = Math.min(slot - this.slot, BUCKETS);
    for (let i = 1; i <= stale; i++) {
      this.deposits[(this.slot + i) % BUCKETS] = 0;
      this.withdrawals[(this.slot + i) % BUCKETS] = 0;
    }
    if (slot > this.slot) this.slot = slot;
  }
}
