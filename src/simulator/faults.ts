import { createRandom, type Random } from './random.js';

/**
 * A fault a simulated provider injects into matching requests. Used by the tests (fault matrix,
 * shared behaviour suite) and the benchmark (fixed upstream latency).
 */
export interface FaultRule {
  /** Route key such as `GET /v2/customers/:id`; every route when omitted. */
  route?: string;
  /** Only requests whose path contains one of these strings (e.g. customer ids). */
  match?: string[];
  /** Answer with this status; the body is the provider's own error body for it unless `body` is set. */
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Delay before answering (ms), plus uniform jitter in `[0, jitterMs)`. */
  latencyMs?: number;
  jitterMs?: number;
  /** Never answer; the socket stays open until the client gives up. */
  hang?: boolean;
  /** 200 with a body that is not JSON (`truncated`) or JSON of the wrong shape (`shape`). */
  malformed?: 'truncated' | 'shape';
  /**
   * 200 whose body trickles in one byte every `dripMs` ms and never ends (until the client gives up):
   * a server that defeats per-chunk body timeouts.
   */
  dripMs?: number;
  /** Share of matching requests affected, 0..1 (default 1), drawn from the seeded PRNG. */
  rate?: number;
  /** Stop after this many applications. */
  times?: number;
}

/** What the server does for one request once the rules are applied. */
export interface FaultDecision {
  delayMs: number;
  hang: boolean;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  malformed?: 'truncated' | 'shape';
  dripMs?: number;
}

/** The active fault rules of one simulated provider; deterministic for a given seed. */
export class Faults {
  private rules: { rule: FaultRule; used: number }[] = [];
  private random: Random = createRandom(1);

  /** Replaces every rule. */
  set(rules: readonly FaultRule[], seed = 1): void {
    this.rules = rules.map((rule) => ({ rule, used: 0 }));
    this.random = createRandom(seed);
  }

  add(rule: FaultRule): void {
    this.rules.push({ rule, used: 0 });
  }

  clear(): void {
    this.rules = [];
  }

  /** Applies the rules in order; latency adds up, the first status/hang/malformed rule wins. */
  decide(route: string, path: string): FaultDecision | null {
    let decision: FaultDecision | null = null;
    for (const entry of this.rules) {
      const { rule } = entry;
      if (rule.route && rule.route !== route) continue;
      if (rule.match && !rule.match.some((m) => path.includes(m))) continue;
      if (rule.times !== undefined && entry.used >= rule.times) continue;
      if (rule.rate !== undefined && this.random.next() >= rule.rate) continue;
      entry.used++;
      decision ??= { delayMs: 0, hang: false };
      decision.delayMs += (rule.latencyMs ?? 0) + (rule.jitterMs ? this.random.next() * rule.jitterMs : 0);
      if (decision.status === undefined && !decision.hang && !decision.malformed && !decision.dripMs) {
        if (rule.hang) decision.hang = true;
        else if (rule.dripMs) decision.dripMs = rule.dripMs;
        else if (rule.malformed) decision.malformed = rule.malformed;
        else if (rule.status !== undefined) {
          decision.status = rule.status;
          decision.body = rule.body;
        }
      }
      if (rule.headers) decision.headers = { ...decision.headers, ...rule.headers };
    }
    return decision;
  }
}
