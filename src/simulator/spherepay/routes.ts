import { timingSafeEqual } from 'node:crypto';
import { JsonText, memoJson, type Route, type SimRequest, type SimResponse } from '../http.js';
import type { SpherePayDataset } from './dataset.js';
import { problem, problemBody, validationFailed } from './problems.js';
import {
  SPHEREPAY_CUSTOMER_ID,
  SPHEREPAY_PROFILE_STATUSES,
  type SpherePayCustomerDocument,
  type SpherePayProblemDetails,
} from '../../providers/spherepay/wire.js';

/**
 * The largest `limit` the simulated list accepts. The real maximum is undocumented
 * (https://docs.spherepay.co/api-reference/customer/get); 100 is the simulator's choice, and beyond it answers 422.
 */
const SPHEREPAY_SIM_MAX_LIMIT = 100;

export interface RouteOptions {
  readonly apiKey: string;
  readonly authFailureStatus: 401 | 403;
  readonly dataset: SpherePayDataset;
}

/**
 * `Authorization: Bearer <key>` on every request; `null` when it passes.
 * @see https://docs.spherepay.co/get-started/authentication
 */
export function checkAuth(req: SimRequest, options: RouteOptions): SimResponse | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const given = Buffer.from(match?.[1]?.trim() ?? '', 'utf8');
  const expected = Buffer.from(options.apiKey, 'utf8');
  if (given.length === expected.length && timingSafeEqual(given, expected)) return null;
  return problem(problemBody(options.authFailureStatus));
}

/** `GET /v2/customer/:id` and `GET /v2/customer`, authenticated. */
export function spherePayRoutes(options: RouteOptions): Route[] {
  // Documents are frozen and a change replaces one, so each is serialized once, on its first request.
  const documentJson = memoJson((doc: SpherePayCustomerDocument) => doc);
  return [
    {
      method: 'GET',
      path: '/v2/customer/:id',
      handler: (req) => checkAuth(req, options) ?? getCustomer(req, options.dataset, documentJson),
    },
    {
      method: 'GET',
      path: '/v2/customer',
      handler: (req) => checkAuth(req, options) ?? listCustomers(req, options.dataset),
    },
  ];
}

/**
 * 200 with the bare `CustomerResponseDto` (not wrapped), 404 or 422.
 * @see https://docs.spherepay.co/api-reference/customer/get-id
 */
function getCustomer(
  req: SimRequest,
  dataset: SpherePayDataset,
  documentJson: (doc: SpherePayCustomerDocument) => string,
): SimResponse {
  const id = req.params.id ?? '';
  if (!SPHEREPAY_CUSTOMER_ID.test(id))
    return problem(validationFailed([{ detail: 'Invalid customer id', pointer: '/id' }]));
  const doc = dataset.get(id);
  return doc ? { status: 200, body: new JsonText(documentJson(doc)) } : problem(problemBody(404));
}

/**
 * Page-number list with filters: `page` (default 1), `limit` (default 10, at
 * most SPHEREPAY_SIM_MAX_LIMIT), `type`, `status` (any profile in that status), `search`
 * (case-insensitive substring of first, last, legal and trade name and email; 1–255 chars),
 * `email` (exact). Order is stable: the dataset's served order.
 * @see https://docs.spherepay.co/api-reference/customer/get
 */
function listCustomers(req: SimRequest, dataset: SpherePayDataset): SimResponse {
  const q = req.query;
  const errors: NonNullable<SpherePayProblemDetails['errors']> = [];
  const page = positiveInt(q.get('page'), 1);
  if (page === null) errors.push({ detail: 'page must be a positive integer', parameter: 'page' });
  const limit = positiveInt(q.get('limit'), 10);
  if (limit === null || limit > SPHEREPAY_SIM_MAX_LIMIT) {
    errors.push({ detail: `limit must be an integer from 1 to ${SPHEREPAY_SIM_MAX_LIMIT}`, parameter: 'limit' });
  }
  const type = q.get('type');
  if (type !== null && type !== 'individual' && type !== 'business') {
    errors.push({ detail: 'type must be one of individual, business', parameter: 'type' });
  }
  const status = q.get('status');
  if (status !== null && !(SPHEREPAY_PROFILE_STATUSES as readonly string[]).includes(status)) {
    errors.push({ detail: `status must be one of ${SPHEREPAY_PROFILE_STATUSES.join(', ')}`, parameter: 'status' });
  }
  const search = q.get('search');
  if (search !== null && (search.length < 1 || search.length > 255)) {
    errors.push({ detail: 'search must be 1 to 255 characters', parameter: 'search' });
  }
  if (errors.length > 0 || page === null || limit === null) return problem(validationFailed(errors));

  const email = q.get('email');
  const needle = search?.toLowerCase();
  const matches = dataset.customers.filter(
    (doc) =>
      (type === null || doc.type === type) &&
      (status === null || doc.verificationProfiles.some((p) => p.status === status)) &&
      (email === null || doc.email === email) &&
      (needle === undefined || searchText(doc).includes(needle)),
  );
  const total = matches.length;
  const totalPages = Math.ceil(total / limit);
  return {
    status: 200,
    body: {
      customers: matches.slice((page - 1) * limit, page * limit),
      pagination: { page, limit, total, totalPages, hasNext: page < totalPages, hasPrevious: page > 1 },
    },
  };
}

function searchText(doc: SpherePayCustomerDocument): string {
  const names =
    doc.type === 'individual' ? [doc.firstName, doc.lastName] : [doc.businessLegalName, doc.businessTradeName];
  return [...names, doc.email]
    .filter((s): s is string => typeof s === 'string')
    .join('\n')
    .toLowerCase();
}

/** The documented params are strings; `null` when present but not a positive integer. */
function positiveInt(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  if (!/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}
