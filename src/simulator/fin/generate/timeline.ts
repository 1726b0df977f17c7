import type { Random } from '../../random.js';
import { createDeck } from './deck.js';
import { DATASET_END_MS, DATASET_START_MS, formatRfc3339, instantAt, later, type Precision } from './timestamps.js';
import type { FinV2Status } from '../../../providers/fin/wire.js';

/** A customer's three timestamps, as instants (for parties) and as served strings. */
export interface Timeline {
  readonly createdMs: number;
  readonly lastStatusMs: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastStatusUpdatedAt: string;
}

/**
 * Draws created ≤ last status change ≤ updated, each written with Fin's variable precision.
 * @see https://developer.fin.com/api-reference/webhooks/customer-status
 */
export class TimelineGenerator {
  private readonly statusPrecision: () => Precision;

  constructor(private readonly random: Random) {
    // Status changes come from the verification pipeline, which writes micro- or nanoseconds more often.
    this.statusPrecision = createDeck<Precision>(random, ['seconds', 'micros', 'nanos'], { weights: [5, 3, 2] });
  }

  timeline(status: FinV2Status): Timeline {
    const r = this.random;
    const createdMs = DATASET_START_MS + Math.floor(r.next() * (DATASET_END_MS - DATASET_START_MS));
    // An INCOMPLETE customer has had no status change since creation.
    const lastStatusMs = status === 'INCOMPLETE' ? createdMs : later(r, createdMs, 60, 20 * 86_400);
    const updatedMs = r.bool(0.3) ? lastStatusMs : later(r, lastStatusMs, 1, 5 * 86_400);
    const created = instantAt(r, createdMs, r.bool(0.85) ? 'seconds' : 'micros');
    const lastStatus = status === 'INCOMPLETE' ? created : instantAt(r, lastStatusMs, this.statusPrecision());
    const updated = updatedMs === lastStatusMs ? lastStatus : instantAt(r, updatedMs, 'seconds');
    return {
      createdMs,
      lastStatusMs,
      createdAt: formatRfc3339(created),
      updatedAt: formatRfc3339(updated),
      lastStatusUpdatedAt: formatRfc3339(lastStatus),
    };
  }
}
