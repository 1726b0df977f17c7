import type { Random } from '../../random.js';
import type { CountryProfile } from './pools.js';
import { PERSONAL_EMAIL_DOMAINS } from './pools.js';

/**
 * An E.164 mobile number for `country` (`phone` is E.164).
 * @see https://developer.fin.com/api-reference/customers/get-customer-details-v2
 */
export function phoneFor(random: Random, country: CountryProfile): string {
  let rest = '';
  for (let i = 0; i < country.restDigits; i++) rest += String(random.int(0, 9));
  return `+${country.callingCode}${random.pick(country.mobilePrefixes)}${rest}`;
}

/** Lower-case ASCII for an email local part or domain label. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** A personal address; `serial` keeps it unique in the dataset. */
export function personalEmail(random: Random, first: string, last: string, serial: number): string {
  const local = random.bool(0.5) ? `${slug(first)}.${slug(last)}${serial}` : `${slug(first)}${slug(last)}${serial}`;
  return `${local}@${random.pick(PERSONAL_EMAIL_DOMAINS)}`;
}

/** `https://orchestration.fin.com/orchestration-customer-tos?...` as in every documented example. */
export function tosPoliciesUrl(customerId: string, tosPoliciesValue: string): string {
  return `https://orchestration.fin.com/orchestration-customer-tos?customer_id=${customerId}&tos_policies_value=${tosPoliciesValue}`;
}
