import { useEffect, useState } from 'react';
import type { LiveState } from './apollo.js';
import { ApiKeyForm } from './ApiKeyForm.js';
import { CustomerPanel } from './CustomerPanel.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import type { DeskRowFragment } from './gql/graphql.js';
import { PROVIDER_LABEL, PROVIDERS, STATUS_LABEL, STATUS_ORDER, type StatusFilter } from './logic/status.js';
import { ProviderTable } from './ProviderTable.js';
import { useRecentlyUpdated } from './useRecentlyUpdated.js';

export interface DeskProps {
  /** The subscription socket's state, for the indicator in the header. */
  readonly liveState: LiveState;
  /** Whether the server wants an API key (`needed`) or refused the one given (`refused`). */
  readonly keyState: 'none' | 'needed' | 'refused';
  readonly onApiKey: (key: string) => void;
}

/** The onboarding desk: one table per provider, a status filter, and the panel of the open customer. */
export function Desk({ liveState, keyState, onApiKey }: DeskProps) {
  const [filter, setFilter] = useState<StatusFilter>('ALL');
  const [selected, setSelected] = useState<DeskRowFragment | null>(null);
  const [recentlyUpdated] = useRecentlyUpdated();

  // Escape closes the panel from anywhere and gives focus back to the row that opened it.
  useEffect(() => {
    if (!selected) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const id = selected.id;
      setSelected(null);
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`tr[data-customer-id="${CSS.escape(id)}"]`)?.focus(),
      );
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selected]);

  return (
    <div className={selected ? 'desk with-panel' : 'desk'}>
      <header className="desk-header">
        <h1>Onboarding desk</h1>
        <div className="controls">
          <label htmlFor="status-filter">Status</label>
          <select id="status-filter" value={filter} onChange={(event) => setFilter(event.target.value as StatusFilter)}>
            <option value="ALL">All statuses (most urgent first)</option>
            {STATUS_ORDER.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABEL[status]}
              </option>
            ))}
          </select>
          <LiveIndicator state={liveState} />
        </div>
        {keyState !== 'none' && <ApiKeyForm refused={keyState === 'refused'} onSubmit={onApiKey} />}
      </header>
      <main className="tables">
        {PROVIDERS.map((provider) => (
          <ErrorBoundary key={provider} scope={`The ${PROVIDER_LABEL[provider]} table`}>
            <ProviderTable
              provider={provider}
              filter={filter}
              selectedId={selected?.id ?? null}
              recentlyUpdated={recentlyUpdated}
              onOpen={setSelected}
            />
          </ErrorBoundary>
        ))}
      </main>
      {selected && (
        <ErrorBoundary key={selected.id} scope="The customer panel">
          <CustomerPanel row={selected} onClose={() => setSelected(null)} />
        </ErrorBoundary>
      )}
    </div>
  );
}

const LIVE_TEXT: Record<LiveState, string> = {
  idle: 'Live updates off',
  connecting: 'Connecting live updates…',
  connected: 'Live',
  closed: 'Live updates reconnecting…',
};

function LiveIndicator({ state }: { readonly state: LiveState }) {
  return (
    <span className="live" data-live={state} role="status">
      {LIVE_TEXT[state]}
    </span>
  );
}
