/** A clock tests move by hand (ms since epoch), to inject as `now` into the server, providers or simulators. */
export function manualClock(start = Date.parse('2026-11-21T12:00:00Z')) {
  let now = start;
  return {
    now: () => now,
    set(ms: number) {
      now = ms;
    },
    advance(ms: number) {
      now += ms;
    },
  };
}
