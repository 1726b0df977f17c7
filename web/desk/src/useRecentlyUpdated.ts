import { useCallback, useEffect, useRef, useState } from 'react';

/** How long a row stays highlighted after a live update (ms). */
export const HIGHLIGHT_MS = 6_000;

/**
 * The ids changed by a live event in the last `HIGHLIGHT_MS`, and `mark(id)` to add one. Each mark
 * restarts that id's timer, so a customer updated twice stays highlighted from the later event.
 */
export function useRecentlyUpdated(): [ReadonlySet<string>, (id: string) => void] {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((t) => clearTimeout(t));
  }, []);
  const mark = useCallback((id: string) => {
    clearTimeout(timers.current.get(id));
    setIds((prev) => new Set(prev).add(id));
    timers.current.set(
      id,
      setTimeout(() => {
        timers.current.delete(id);
        setIds((prev) => {
          const next = new Set(prev);
          next.delete(id);
          return next;
        });
      }, HIGHLIGHT_MS),
    );
  }, []);
  return [ids, mark];
}
