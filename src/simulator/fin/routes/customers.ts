import { JsonText, memoJson, type Route, type SimRequest, type SimResponse } from '../../http.js';
import type { FinTokenStore } from '../auth/tokens.js';
import type { FinDataset } from '../dataset.js';
import { authenticationFailed, notFound, validationFailed } from '../errors.js';
import type { FinCustomerRecord } from '../record.js';
import { renderSummary, renderV1Detail, renderV2Detail } from '../render.js';
import { FIN_CUSTOMER_ID, type FinCustomerListBody } from '../../../providers/fin/wire.js';
import { parseListQuery } from './list-query.js';
import { bearerToken } from './request.js';

/**
 * The customer read endpoints of https://developer.fin.com/api-reference/customers/list-customers-v2; every one needs a
 * live bearer token.
 * @see https://developer.fin.com/api-reference/authentication/issue-a-token
 */
export function customerRoutes(dataset: FinDataset, tokens: FinTokenStore): Route[] {
  const authorized = (handler: (req: SimRequest) => SimResponse) => (req: SimRequest) => {
    const token = bearerToken(req);
    return token && tokens.isAccessTokenValid(token) ? handler(req) : authenticationFailed();
  };

  // A change replaces a record (never edits it), so each record is rendered and serialized once per view.
  const detailJson = {
    V1: memoJson((r: FinCustomerRecord) => ({ data: renderV1Detail(r) })),
    V2: memoJson((r: FinCustomerRecord) => ({ data: renderV2Detail(r) })),
  };
  const rowJson = {
    V1: memoJson((r: FinCustomerRecord) => renderSummary(r, 'V1')),
    V2: memoJson((r: FinCustomerRecord) => renderSummary(r, 'V2')),
  };

  const detail =
    (version: 'V1' | 'V2') =>
    (req: SimRequest): SimResponse => {
      const id = req.params.id ?? '';
      if (!FIN_CUSTOMER_ID.test(id))
        return validationFailed([{ customer_id: 'The customer id must be a valid UUID.' }]);
      const record = dataset.get(id);
      // V1 GET says "Customer not found", V2 "Resource not found".
      // See https://developer.fin.com/api-reference/customers/get-customer-details-v2
      if (!record) return notFound(version === 'V1' ? 'Customer not found' : 'Resource not found');
      return { status: 200, body: new JsonText(detailJson[version](record)) };
    };

  const list =
    (version: 'V1' | 'V2') =>
    (req: SimRequest): SimResponse => {
      const query = parseListQuery(req.query);
      if ('errors' in query) return validationFailed(query.errors);
      const all = dataset.ofType(query.type);
      const start = (query.currentPage - 1) * query.perPage;
      const pagination: FinCustomerListBody['data']['pagination'] = {
        current_page: query.currentPage,
        per_page: query.perPage,
        // Laravel's last page is never below 1, even for an empty list.
        total_page: Math.max(1, Math.ceil(all.length / query.perPage)),
        total: all.length,
      };
      // Past the last page the rows are simply empty (no error).
      const rows = all
        .slice(start, start + query.perPage)
        .map(rowJson[version])
        .join(',');
      // Byte for byte what JSON.stringify gives for the FinCustomerListBody, from pre-serialized rows.
      const body = `{"data":{"pagination":${JSON.stringify(pagination)},"customers":[${rows}]}}`;
      return { status: 200, body: new JsonText(body) };
    };

  return [
    { method: 'GET', path: '/v1/customers/:id', handler: authorized(detail('V1')) },
    { method: 'GET', path: '/v2/customers/:id', handler: authorized(detail('V2')) },
    // Deprecated on 2026-05-20 but still served, with V1 status names.
    // See https://developer.fin.com/changelogs/2026-04-20
    { method: 'GET', path: '/v1/customers', handler: authorized(list('V1')) },
    { method: 'GET', path: '/v2/customers', handler: authorized(list('V2')) },
  ];
}
