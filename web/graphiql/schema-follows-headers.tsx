import { useGraphiQLActions } from '@graphiql/react';
import { useEffect, useRef } from 'react';

/**
 * Fetches the schema again a moment after the headers change. With API_KEYS the first introspection
 * is refused (no key yet); once the key is typed into the headers editor, the doc explorer and
 * completion fill in without the user finding GraphiQL's re-fetch button.
 */
export function SchemaFollowsHeaders({ headers, delayMs = 600 }: { headers: string; delayMs?: number }): null {
  const { introspect } = useGraphiQLActions();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => void introspect(), delayMs);
    return () => clearTimeout(timer);
  }, [headers, delayMs, introspect]);
  return null;
}
