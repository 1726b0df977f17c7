import type { OnboardingStatus, Provider } from '../gql/graphql.js';

/**
 * How urgently a status needs the desk's attention, most urgent first: the customer owes us
 * something (ACTION_REQUIRED), then what the provider is holding or reviewing, then what has not
 * got going, then settled outcomes. A `Record` over the generated enum, so a new status fails
 * compilation here until it is ranked.
 */
const STATUS_RANK: Record<OnboardingStatus, number> = {
  ACTION_REQUIRED: 0,
  ON_HOLD: 1,
  IN_REVIEW: 2,
  INCOMPLETE: 3,
  NOT_STARTED: 4,
  SUSPENDED: 5,
  REJECTED: 6,
  APPROVED: 7,
  CLOSED: 8,
};

/** Every `OnboardingStatus`, most urgent first (the filter lists them in this order). */
export const STATUS_ORDER: readonly OnboardingStatus[] = (Object.keys(STATUS_RANK) as OnboardingStatus[]).sort(
  (a, b) => STATUS_RANK[a] - STATUS_RANK[b],
);

/** Words a person reads for each status. */
export const STATUS_LABEL: Record<OnboardingStatus, string> = {
  ACTION_REQUIRED: 'Action required',
  ON_HOLD: 'On hold',
  IN_REVIEW: 'In review',
  INCOMPLETE: 'Incomplete',
  NOT_STARTED: 'Not started',
  SUSPENDED: 'Suspended',
  REJECTED: 'Rejected',
  APPROVED: 'Approved',
  CLOSED: 'Closed',
};

/** Each provider's name on the desk; the compiler asks for one per SDL `Provider` value. */
export const PROVIDER_LABEL: Record<Provider, string> = {
  FIN: 'Fin.com',
  SPHEREPAY: 'SpherePay',
  OPENFX: 'OpenFX',
};

/** The providers in the order the desk shows them: the order of `PROVIDER_LABEL`. */
export const PROVIDERS = Object.keys(PROVIDER_LABEL) as readonly Provider[];

/** What the status filter holds: one status, or every status. */
export type StatusFilter = OnboardingStatus | 'ALL';

/** Compares two statuses by urgency (negative when `a` is more urgent). */
export function compareStatus(a: OnboardingStatus, b: OnboardingStatus): number {
  return STATUS_RANK[a] - STATUS_RANK[b];
}

/**
 * The rows to show: those matching `filter`, most urgent status first, and within one status in the
 * provider's own order (stable), so "Load more" appends within each status group without reshuffling.
 */
export function visibleRows<T extends { readonly status: OnboardingStatus }>(
  rows: readonly T[],
  filter: StatusFilter,
): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => filter === 'ALL' || row.status === filter)
    .sort((a, b) => compareStatus(a.row.status, b.row.status) || a.index - b.index)
    .map(({ row }) => row);
}

/** How many rows have each status (statuses with none are absent). */
export function countByStatus(rows: readonly { readonly status: OnboardingStatus }[]): Map<OnboardingStatus, number> {
  const counts = new Map<OnboardingStatus, number>();
  for (const { status } of rows) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}
