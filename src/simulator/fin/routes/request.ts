import type { SimRequest } from '../../http.js';

/** The request body as a JSON object; anything else (empty, malformed, an array) reads as `{}`. */
export function jsonObject(req: SimRequest): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(req.body);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(req: SimRequest): string | null {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * A required string field in Laravel's wording (`client_id` → "The client id field is required.").
 * Returns the error map, or null when the value is a non-empty string.
 */
export function requiredString(body: Record<string, unknown>, field: string): Record<string, string> | null {
  const label = field.replace(/_/g, ' ');
  const value = body[field];
  if (value === undefined || value === null || value === '') return { [field]: `The ${label} field is required.` };
  if (typeof value !== 'string') return { [field]: `The ${label} must be a string.` };
  return null;
}
