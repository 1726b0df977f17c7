import { useQuery } from '@apollo/client/react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { graphql } from './gql/index.js';
import type { DeskRowFragment, Provider } from './gql/graphql.js';
import { problemsFor, problemsOf, type Problem } from './logic/errors.js';
import { asOf, displayName, oldest, rowFocusTarget, shortDateTime } from './logic/format.js';
import { countByStatus, PROVIDER_LABEL, STATUS_LABEL, visibleRows, type StatusFilter } from './logic/status.js';
import { Problems } from './Problems.js';
import { StatusBadge } from './StatusBadge.js';

/** Rows per page (and per "Load more"). */
export const PAGE_SIZE = 25;

// What a table row shows; the subscription selects the same fragment, so a pushed update
// rewrites the row through the normalised cache.
graphql(`
  fragment DeskRow on Customer {
    id
    provider
    providerId
    type
    status
    providerStatus
    email
    updatedAt
    fetchedAt
    ... on IndividualCustomer {
      firstName
      lastName
    }
    ... on BusinessCustomer {
      legalName
      tradeName
    }
  }
`);

const DeskCustomersQuery = graphql(`
  query DeskCustomers($provider: Provider!, $first: Int!, $after: String) {
    customers(provider: $provider, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DeskRow
        }
      }
    }
  }
`);

export interface ProviderTableProps {
  readonly provider: Provider;
  readonly filter: StatusFilter;
  /** The customer whose panel is open, if any. */
  readonly selectedId: string | null;
  /** Customers changed by a live event in the last few seconds (highlighted). */
  readonly recentlyUpdated: ReadonlySet<string>;
  readonly onOpen: (row: DeskRowFragment) => void;
}

/** One provider's customers: a Relay connection paged with "Load more", its errors kept to itself. */
export function ProviderTable({ provider, filter, selectedId, recentlyUpdated, onOpen }: ProviderTableProps) {
  const label = PROVIDER_LABEL[provider];
  const headingId = `provider-${provider}`;
  const { data, error, loading, fetchMore, refetch } = useQuery(DeskCustomersQuery, {
    variables: { provider, first: PAGE_SIZE },
    // A page that loaded stays on screen when a later page fails.
    errorPolicy: 'none',
  });
  const [moreProblems, setMoreProblems] = useState<Problem[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const rowRefs = useRef<(HTMLTableRowElement | null)[]>([]);

  const connection = data?.customers;
  const allRows = connection?.edges.map((edge) => edge.node) ?? [];
  const rows = visibleRows(allRows, filter);
  const actionRequired = countByStatus(allRows).get('ACTION_REQUIRED') ?? 0;
  // The table is only as fresh as its oldest row.
  const freshness = oldest(allRows.map((row) => row.fetchedAt));

  async function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreProblems([]);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } catch (err) {
      setMoreProblems(problemsFor(provider, err));
    } finally {
      setLoadingMore(false);
    }
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, row: DeskRowFragment) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
      return;
    }
    const target = rowFocusTarget(event.key, index, rows.length);
    if (target !== null) {
      event.preventDefault();
      setActiveIndex(target);
      rowRefs.current[target]?.focus();
    }
  }

  const focusable = Math.min(activeIndex, Math.max(rows.length - 1, 0));

  return (
    <section className="provider" aria-labelledby={headingId} data-provider={provider}>
      <h2 id={headingId}>
        {label}
        {connection && (
          <span className="provider-summary">
            {' '}
            · {allRows.length} of {connection.totalCount ?? 'an unknown number'} loaded
            {actionRequired > 0 && <> · {actionRequired} need action</>}
            {freshness && <> · {asOf(freshness)}</>}
          </span>
        )}
      </h2>

      {error && !connection && (
        <Problems
          title={`${label} customers could not be loaded`}
          problems={problemsFor(provider, error)}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      )}
      {!connection && !error && loading && (
        <p className="loading" role="status">
          Loading {label} customers…
        </p>
      )}

      {connection && (
        <>
          <div className="table-scroll">
            <table className="customers">
              <caption>
                {label} customers
                {filter === 'ALL' ? ', most urgent first' : `, only ${STATUS_LABEL[filter]}`}:{' '}
                {rows.length === allRows.length
                  ? `${rows.length} shown`
                  : `${rows.length} of ${allRows.length} loaded rows match`}
                <span className="visually-hidden">. Arrow keys move between rows; Enter opens a customer.</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Type</th>
                  <th scope="col">Status</th>
                  <th scope="col">Provider&apos;s word</th>
                  <th scope="col">Updated</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr
                    key={row.id}
                    ref={(el) => {
                      rowRefs.current[index] = el;
                    }}
                    className={recentlyUpdated.has(row.id) ? 'row updated' : 'row'}
                    data-customer-id={row.id}
                    data-provider-id={row.providerId}
                    data-status={row.status}
                    data-updated={recentlyUpdated.has(row.id) ? 'true' : undefined}
                    aria-current={row.id === selectedId ? 'true' : undefined}
                    tabIndex={index === focusable ? 0 : -1}
                    onFocus={() => setActiveIndex(index)}
                    onClick={() => onOpen(row)}
                    onKeyDown={(event) => onRowKeyDown(event, index, row)}
                  >
                    <th scope="row">
                      <span className="name">{displayName(row)}</span>
                      <span className="provider-id">{row.providerId}</span>
                    </th>
                    <td>{row.type === 'BUSINESS' ? 'Business' : 'Individual'}</td>
                    <td>
                      <StatusBadge status={row.status} />
                    </td>
                    <td>
                      <code>{row.providerStatus}</code>
                    </td>
                    <td>{shortDateTime(row.updatedAt)}</td>
                  </tr>
                ))}
                {rows.length === 0 && (
                  <tr>
                    <td colSpan={5} className="empty">
                      {allRows.length === 0
                        ? `${label} has no customers.`
                        : 'No loaded row has this status; load more or choose another status.'}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          </div>
          {moreProblems.length > 0 && (
            <Problems
              title={`The next ${label} page could not be loaded`}
              problems={moreProblems}
              onRetry={() => void loadMore()}
            />
          )}
          {error && <Problems title={`${label} customers could not be refreshed`} problems={problemsOf(error)} />}
          {connection.pageInfo.hasNextPage && (
            <button type="button" className="load-more" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? `Loading more ${label} customers…` : `Load more ${label} customers`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
