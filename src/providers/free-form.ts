import { z } from 'zod';

/** Deepest nesting a free-form value (SpherePay `meta`) may have; deeper values are dropped. */
export const FREE_FORM_MAX_DEPTH = 32;
/** Longest JSON text of one free-form value, characters; longer values are dropped. */
export const FREE_FORM_MAX_CHARS = 16 * 1024;

/**
 * Nesting depth of a parsed JSON value, walked with an explicit stack (a recursive walk, like
 * `JSON.stringify`, overflows the call stack on a 100k-deep value). Stops counting past `limit`.
 */
function depthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * A free-form JSON value as text: strings as they are, `null` as `null`, anything else as JSON.
 * Values nested deeper than `FREE_FORM_MAX_DEPTH` or longer than `FREE_FORM_MAX_CHARS` become
 * `undefined` (the entry is dropped), so a hostile document can neither overflow the stack nor
 * make one field megabytes long.
 */
export const freeFormText = z.unknown().transform((value): string | null | undefined => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length <= FREE_FORM_MAX_CHARS ? value : undefined;
  if (depthExceeds(value, FREE_FORM_MAX_DEPTH)) return undefined;
  const text = JSON.stringify(value);
  return text.length <= FREE_FORM_MAX_CHARS ? text : undefined;
});
