/** A small seeded PRNG (mulberry32) so every simulator dataset is identical on every run. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** Integer in [min, max]. */
    int: (min: number, max: number): number => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    /** `n` lower-case hex characters. */
    hex: (n: number): string => {
      let s = '';
      while (s.length < n) s += Math.floor(next() * 16).toString(16);
      return s;
    },
    /** A version-4-shaped UUID. */
    uuid(): string {
      const h = this.hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Math.floor(next() * 4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    bool: (p = 0.5): boolean => next() < p,
  };
}
export type Random = ReturnType<typeof createRandom>;
