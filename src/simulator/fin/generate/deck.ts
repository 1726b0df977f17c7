import type { Random } from '../../random.js';

/** How a deck deals after its coverage pass. */
export interface DeckOptions {
  /** Relative frequency of each value once every value has been dealt (default uniform). */
  weights?: readonly number[];
  /** How many times each value is dealt in the coverage pass (default 1). */
  copies?: number;
}

/**
 * Deals every value `copies` times (in a seeded shuffled order) before drawing freely, so a dataset covers
 * each documented value whatever the seed, yet still looks random.
 */
export function createDeck<T>(random: Random, values: readonly T[], options: DeckOptions = {}): () => T {
  const firstPass: T[] = [];
  for (let c = 0; c < (options.copies ?? 1); c++) firstPass.push(...values);
  for (let i = firstPass.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [firstPass[i], firstPass[j]] = [firstPass[j] as T, firstPass[i] as T];
  }
  const weights = options.weights;
  const total = weights?.reduce((a, b) => a + b, 0) ?? 0;
  return () => {
    const dealt = firstPass.shift();
    if (dealt !== undefined) return dealt;
    if (!weights) return random.pick(values);
    let x = random.next() * total;
    for (let i = 0; i < values.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return values[i] as T;
    }
    return values[values.length - 1] as T;
  };
}
