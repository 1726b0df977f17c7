import { useEffect, useState } from 'react';
import type { LiveState } from './apollo.js';
import { ApiKeyForm } from './ApiKeyForm.js';
import { CustomerPanel } from './CustomerPanel.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import type { DeskRowFragment } from './gql/graphql.js';
import { PROVIDER_LABEL, PROVIDERS, STATUS_LABEL, STATUS_ORDER, type StatusFilter } from './logic/status.js';
import { ProviderTable } from './ProviderTable.js';
import { displayName } from './logic/format.js';
import { useCustomerUpdates } from './useCustomerUpdates.js';
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
  // The open customer: from a row (shown at once) or from the id box (loaded by id).
  const [selected, setSelected] = useState<{ id: string; row: DeskRowFragment | null } | null>(null);
  const openRow = (row: DeskRowFragment) => setSelected({ id: row.id, row });
  const [recentlyUpdated, markUpdated] = useRecentlyUpdated();
  const [announcement, setAnnouncement] = useState('');
  const [panelVersion, setPanelVersion] = useState(0);

  useCustomerUpdates((customer) => {
    markUpdated(customer.id);
    setAnnouncement(
      `${PROVIDER_LABEL[customer.provider]}: ${displayName(customer)} is now ${STATUS_LABEL[customer.status]}.`,
    );
    // The open panel reads its details again (requests for information may have changed too).
    if (selected && (customer.id === selected.id || customer.providerId === selected.id)) {
      setPanelVersion((v) => v + 1);
    }
  });

  // Escape closes the panel from anywhere and gives focus back to the row that opened it.
  useEffect(() => {
    if (!selected) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Back to where the panel was opened from: its row, or the id box.
      const rowId = selected.row?.id;
      setSelected(null);
      requestAnimationFrame(() =>
        (rowId
          ? document.querySelector<HTMLElement>(`tr[data-customer-id="${CSS.escape(rowId)}"]`)
          : document.getElementById('open-id')
        )?.focus(),
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
          <OpenById onOpen={(id) => setSelected({ id, row: null })} />
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
              onOpen={openRow}
            />
          </ErrorBoundary>
        ))}
      </main>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {selected && (
        <ErrorBoundary key={selected.id} scope="The customer panel">
          <CustomerPanel id={selected.id} row={selected.row} version={panelVersion} onClose={() => setSelected(null)} />
        </ErrorBoundary>
      )}
    </div>
  );
}

/** Opens any customer by id, as support gets them: a global id, a Fin.com UUID, `customer_…`, `cus_…`. */
function OpenById({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const [id, setId] = useState('');
  return (
    <form
      role="search"
      className="open-id"
      onSubmit={(event) => {
        event.preventDefault();
        if (id.trim()) onOpen(id.trim());
      }}
    >
      <label htmlFor="open-id">Customer id</label>
      <input
        id="open-id"
        value={id}
        onChange={(event) => setId(event.target.value)}
        placeholder="UUID, customer_…, cus_… or global id"
        spellCheck={false}
        autoComplete="off"
      />
      <button type="submit">Open</button>
    </form>
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
