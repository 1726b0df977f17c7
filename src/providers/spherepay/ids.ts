/**
 * SpherePay customer ids: `customer_` + lower-case alphanumerics (documented pattern
 * `^customer_[a-z0-9]+$`, in practice 32 hex; https://docs.spherepay.co/api-reference/customer/get-id). Length is
 * capped so a hostile id cannot make a long upstream path.
 */
export const SPHEREPAY_ID_PATTERN = /^customer_[a-z0-9]{1,64}$/;

export function parseSpherePayId(raw: string): string | null {
  return SPHEREPAY_ID_PATTERN.test(raw) ? raw : null;
}
