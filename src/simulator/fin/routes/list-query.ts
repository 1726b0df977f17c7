import type { FinCustomerType } from '../../../providers/fin/wire.js';

/** A valid list query (https://developer.fin.com/api-reference/customers/list-customers-v2 query parameters). */
export interface FinListQuery {
  readonly type: FinCustomerType;
  readonly perPage: number;
  readonly currentPage: number;
}

const FIN_MAX_PER_PAGE = 512;
const DEFAULT_PER_PAGE = 10;
const DEFAULT_CURRENT_PAGE = 1;

/**
 * Validates `type` (required, INDIVIDUAL|BUSINESS, case-sensitive), `per_page` (integer 1–512, default 10)
 * and `current_page` (integer ≥ 1, default 1) — https://developer.fin.com/api-reference/customers/list-customers-v2. An
 * empty value counts as absent (Laravel turns empty strings into null). Problems come back as Fin's 422 `errors`
 * entries, one per field.
 */
export function parseListQuery(query: URLSearchParams): FinListQuery | { errors: Record<string, string>[] } {
  const errors: Record<string, string>[] = [];
  const type = query.get('type') || null;
  if (type === null) errors.push({ type: 'The type field is required.' });
  else if (type !== 'INDIVIDUAL' && type !== 'BUSINESS') errors.push({ type: 'The selected type is invalid.' });

  const perPage = integer(query, 'per_page', DEFAULT_PER_PAGE, errors, (n) =>
    n < 1 || n > FIN_MAX_PER_PAGE ? `The per page must be between 1 and ${FIN_MAX_PER_PAGE}.` : null,
  );
  const currentPage = integer(query, 'current_page', DEFAULT_CURRENT_PAGE, errors, (n) =>
    n < 1 ? 'The current page must be at least 1.' : null,
  );
  if (errors.length > 0) return { errors };
  return { type: type as FinCustomerType, perPage, currentPage };
}

function integer(
  query: URLSearchParams,
  field: string,
  fallback: number,
  errors: Record<string, string>[],
  rangeError: (n: number) => string | null,
): number {
  const raw = query.get(field) || null;
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!/^[+-]?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n)) {
    errors.push({ [field]: `The ${field.replace(/_/g, ' ')} must be an integer.` });
    return fallback;
  }
  const problem = rangeError(n);
  if (problem) errors.push({ [field]: problem });
  return n;
}
