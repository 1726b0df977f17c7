import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { graphql } from './gql/index.js';
import type { DeskCustomerQuery, DeskRowFragment } from './gql/graphql.js';
import { problemsOf } from './logic/errors.js';
import { asOf, displayName, shortDateTime } from './logic/format.js';
import { groupRequestsBySection, humanize } from './logic/rfi.js';
import { PROVIDER_LABEL } from './logic/status.js';
import { Problems } from './Problems.js';
import { StatusBadge } from './StatusBadge.js';

graphql(`
  fragment DeskRequest on InformationRequest {
    scope
    section
    associatedParty {
      id
      email
    }
    categories {
      documentType
      fields {
        name
        dataType
        status
        reason
        side
      }
    }
  }
`);

const DeskCustomerQueryDocument = graphql(`
  query DeskCustomer($id: ID!) {
    customer(id: $id) {
      ...DeskRow
      statusUpdatedAt
      createdAt
      verificationStatus
      termsOfService {
        status
      }
      capabilities {
        kind
        currency
        methods
        enabled
        reason {
          forCustomer
        }
      }
      requestForInformation {
        ...DeskRequest
      }
      rejection {
        applicant {
          comment
          labels
        }
        documents {
          category
          comment
          labels
        }
      }
      ... on IndividualCustomer {
        countryOfResidence
        nationality
      }
      ... on BusinessCustomer {
        countryOfIncorporation
        associatedParties {
          id
          type
          ownershipPercent
          email
          verification {
            status
            providerStatus
            reason {
              forCustomer
              forDeveloper
            }
            updatedAt
          }
        }
      }
    }
  }
`);

type Detail = NonNullable<DeskCustomerQuery['customer']>;

export interface CustomerPanelProps {
  /** The customer to show: a global id, or a raw provider id as `customer(id:)` takes it. */
  readonly id: string;
  /** The table row it was opened from, if any: shown at once while the details load. */
  readonly row?: DeskRowFragment | null;
  /** Bumped when a live event says this customer changed: the details are read again. */
  readonly version?: number;
  readonly onClose: () => void;
}

/** Everything about one customer: status, the provider's word, capabilities, parties, what is missing. */
export function CustomerPanel({ id, row = null, version = 0, onClose }: CustomerPanelProps) {
  const { data, error, loading, refetch } = useQuery(DeskCustomerQueryDocument, {
    variables: { id },
    // Details are read fresh on every open; the cache answers at once meanwhile.
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [id]);
  useEffect(() => {
    if (version > 0) void refetch().catch(() => undefined);
  }, [version, refetch]);

  const detail = data?.customer ?? null;
  const shown = detail ?? row;
  return (
    <aside className="panel" aria-labelledby="panel-title" aria-busy={loading}>
      <header className="panel-header">
        <h2 id="panel-title" tabIndex={-1} ref={headingRef}>
          {shown ? displayName(shown) : id}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close details (Escape)">
          Close
        </button>
      </header>
      {shown && <Facts customer={shown} />}
      {error && (
        <Problems
          title={detail ? 'Some details could not be loaded' : 'The details could not be loaded'}
          problems={problemsOf(error)}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      )}
      {!detail && loading && (
        <p className="loading" role="status">
          Loading details…
        </p>
      )}
      {detail && <Details detail={detail} />}
    </aside>
  );
}

function Facts({ customer }: { readonly customer: DeskRowFragment }) {
  return (
    <>
      <p className="as-of">{asOf(customer.fetchedAt)}</p>
      <dl className="facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={customer.status} />
        </dd>
        <dt>Provider&apos;s word</dt>
        <dd>
          <code>{customer.providerStatus}</code> at {PROVIDER_LABEL[customer.provider]}
        </dd>
        <dt>Provider id</dt>
        <dd>
          <code>{customer.providerId}</code>
        </dd>
        <dt>Type</dt>
        <dd>{customer.type === 'BUSINESS' ? 'Business' : 'Individual'}</dd>
        {customer.email && (
          <>
            <dt>Email</dt>
            <dd>{customer.email}</dd>
          </>
        )}
        <dt>Updated</dt>
        <dd>{shortDateTime(customer.updatedAt)}</dd>
      </dl>
    </>
  );
}

function Details({ detail }: { readonly detail: Detail }) {
  const sections = groupRequestsBySection(detail.requestForInformation);
  return (
    <>
      {detail.verificationStatus && (
        <p>
          Verification review: <StatusBadge status={detail.verificationStatus} />
        </p>
      )}
      <section aria-labelledby="rfi-title">
        <h3 id="rfi-title">Requests for information</h3>
        {sections.length === 0 ? (
          <p className="none">Nothing is being asked for.</p>
        ) : (
          sections.map((s) => (
            <section key={s.section} className="rfi-section" aria-label={s.title}>
              <h4>{s.title}</h4>
              <ul>
                {s.fields.map((f, i) => (
                  <li key={`${f.party?.id ?? ''}-${f.documentType ?? ''}-${f.name}-${f.side ?? ''}-${i}`}>
                    <span className="field-name">{humanize(f.name)}</span>
                    {f.documentType && (
                      <>
                        {' '}
                        ({humanize(f.documentType)}
                        {f.side ? `, ${f.side.toLowerCase()}` : ''})
                      </>
                    )}
                    {f.party && <> for {f.party.email ?? `party ${f.party.id}`}</>}:{' '}
                    <span className="field-status">{f.status.toLowerCase()}</span>
                    {f.reason && <span className="field-reason"> — {f.reason}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>

      {'associatedParties' in detail && (
        <section aria-labelledby="parties-title">
          <h3 id="parties-title">Associated parties</h3>
          {detail.associatedParties.length === 0 ? (
            <p className="none">None listed.</p>
          ) : (
            <table className="compact">
              <caption className="visually-hidden">Associated parties and their verification</caption>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">Owns</th>
                  <th scope="col">Verification</th>
                </tr>
              </thead>
              <tbody>
                {detail.associatedParties.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.email ?? p.id}
                      <span className="provider-id">{p.type === 'BUSINESS' ? 'Business' : 'Individual'}</span>
                    </th>
                    <td>{p.ownershipPercent == null ? '—' : `${p.ownershipPercent} %`}</td>
                    <td>
                      {p.verification ? (
                        <>
                          <StatusBadge status={p.verification.status} /> <code>{p.verification.providerStatus}</code>
                          {p.verification.reason?.forCustomer && (
                            <span className="field-reason"> — {p.verification.reason.forCustomer}</span>
                          )}
                        </>
                      ) : (
                        'Not reported'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      <section aria-labelledby="capabilities-title">
        <h3 id="capabilities-title">Capabilities</h3>
        {detail.capabilities.length === 0 ? (
          <p className="none">None reported by {PROVIDER_LABEL[detail.provider]}.</p>
        ) : (
          <table className="compact">
            <caption className="visually-hidden">Capabilities</caption>
            <thead>
              <tr>
                <th scope="col">Capability</th>
                <th scope="col">Currency</th>
                <th scope="col">Methods</th>
                <th scope="col">Enabled</th>
              </tr>
            </thead>
            <tbody>
              {detail.capabilities.map((c, i) => (
                <tr key={`${c.kind}-${c.currency ?? ''}-${i}`}>
                  <th scope="row">{humanize(c.kind)}</th>
                  <td>{c.currency ?? '—'}</td>
                  <td>{c.methods.join(', ') || '—'}</td>
                  <td>
                    {c.enabled ? 'Yes' : 'No'}
                    {c.reason?.forCustomer && <span className="field-reason"> — {c.reason.forCustomer}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {detail.rejection && (
        <section aria-labelledby="rejection-title">
          <h3 id="rejection-title">Rejection</h3>
          {detail.rejection.applicant && (
            <p>
              {detail.rejection.applicant.comment ?? 'No comment.'}{' '}
              {detail.rejection.applicant.labels.map((l) => (
                <code key={l}>{l}</code>
              ))}
            </p>
          )}
          <ul>
            {detail.rejection.documents.map((d, i) => (
              <li key={`${d.category ?? ''}-${i}`}>
                {humanize(d.category ?? 'document')}: {d.comment ?? d.labels.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
