import { z } from 'zod';
import type { Logger } from '../logger.js';
import type { ProviderName } from '../model/customer.js';

/**
 * A provider's enum word, read as an open string so a value added after this code was written
 * survives (in `providerStatus`, or mapped best-effort) instead of failing the whole customer. Only
 * word-like values pass, so what gets logged is a vocabulary word, never free text.
 */
export const providerWord = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_ .-]{0,63}$/);

/** Called with a field's dotted name and a value outside the documented vocabulary. */
export type UnknownValueSink = (field: string, value: string) => void;

/** Distinct unknown values remembered per process; past this they are no longer logged. */
const MAX_REMEMBERED = 1_000;
const seen = new Set<string>();

/**
 * Warns once per process for each (provider, field, value) outside the documented vocabulary: the
 * field and the word only, never the document. Mappers stay pure and take the sink as a parameter.
 */
export function unknownValues(provider: ProviderName, logger: Logger): UnknownValueSink {
  return (field, value) => {
    const key = `${provider}\u0000${field}\u0000${value}`;
    if (seen.has(key) || seen.size >= MAX_REMEMBERED) return;
    seen.add(key);
    logger.warn({ provider, field, value }, 'provider sent a value outside its documented vocabulary');
  };
}

/** A sink that ignores everything (mapper unit tests, callers with nothing to log to). */
export const ignoreUnknown: UnknownValueSink = () => undefined;

/**
 * Looks `value` up in `table`; an unknown value is reported to `sink` and answered with `fallback`.
 * `Object.hasOwn`, so `__proto__` or `toString` are unknown words, not table entries.
 */
export function mapWord<T>(
  table: Readonly<Record<string, T>>,
  value: string,
  fallback: T,
  field: string,
  sink: UnknownValueSink,
): T {
  if (Object.hasOwn(table, value)) return table[value] as T;
  sink(field, value);
  return fallback;
}
