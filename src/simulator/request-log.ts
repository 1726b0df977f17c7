/** One request a simulated provider answered. */
export interface LoggedRequest {
  readonly method: string;
  /** Route template, e.g. `GET /v2/customers/:id`. */
  readonly route: string;
  /** Concrete path with query. */
  readonly path: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** Counts what a simulated provider served; tests assert exact upstream call counts with it. */
export class RequestLog {
  readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  /** Requests to `route` (e.g. `GET /v2/customers/:id`), or all requests when omitted. */
  count(route?: string): number {
    return route ? this.entries.filter((e) => e.route === route).length : this.entries.length;
  }

  /** Concrete paths requested on `route`, in order. */
  paths(route: string): string[] {
    return this.entries.filter((e) => e.route === route).map((e) => e.path);
  }

  /** Requests per route, for the `/__simulator/counters` endpoint and the benchmark. */
  snapshot(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.route] = (out[e.route] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.entries.length = 0;
  }
}
