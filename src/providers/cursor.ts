import { z } from 'zod';
import type { CustomerType, ProviderName } from '../model/customer.js';
import { UserInputError } from '../model/errors.js';
import { MAX_PAGE_SIZE, type ListQuery } from './types.js';

/** Longest cursor read; the ones we issue are well under 200 characters. */
const MAX_CURSOR_LENGTH = 512;

/** The `type` argument a list was read with (`null`: both types). */
const TYPE_FILTER = z.enum(['INDIVIDUAL', 'BUSINESS']).nullable();

/**
 * Refuses what no provider's list accepts, before a provider is chosen or asked: `first` outside
 * 1..MAX_PAGE_SIZE and an empty cursor (no cursor we issue is empty).
 */
export function checkPageArguments(provider: ProviderName, first: number, after: string | null): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new UserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}.`, provider);
  }
  if (after === '') throw garbled(provider);
}

/**
 * Writes the cursor envelope, base64url JSON `{p: provider, ...fields}`: opaque to clients.
 * List modules write through `cursorCodec`; this is exported for tests that forge cursors.
 */
export function encodeCursor(provider: ProviderName, fields: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(Object.assign({ p: provider }, fields)), 'utf8').toString('base64url');
}

/** One provider's cursors: where the next page starts, in the list read with one `type` filter. */
export interface CursorCodec<P> {
  /** The cursor of a row: the next page starts at `position` of the list read with `type`. */
  encode(type: CustomerType | null, position: P): string;
  /**
   * Checks `query.first` and reads `query.after` (`null`: the list's start). Anything this codec
   * did not write for this provider and this `type` is a `UserInputError`, thrown before any request.
   */
  read(query: ListQuery): P | null;
}

/** What a provider's list keeps in its cursors, beyond the provider and `type` the codec adds. */
export interface CursorOptions<P> {
  /**
   * A position check that needs the `type` filter (e.g. Fin.com's segment is one the filter walks);
   * `false` refuses the cursor as altered.
   */
  readonly fits?: (position: P, type: CustomerType | null) => boolean;
}

/**
 * The cursor codec of `provider`'s list, whose positions have the zod `shape`. Its cursors carry the
 * provider (`p`) and the `type` filter (`t`) they were made for, so another provider's cursor, one
 * from a list with another filter, or one with a field altered or added is refused before any request.
 */
export function cursorCodec<Shape extends z.ZodRawShape>(
  provider: ProviderName,
  shape: Shape,
  options: CursorOptions<z.output<z.ZodObject<Shape>>> = {},
): CursorCodec<z.output<z.ZodObject<Shape>>> {
  type Position = z.output<z.ZodObject<Shape>>;
  const envelope = z.strictObject({ ...shape, p: z.literal(provider), t: TYPE_FILTER });
  return {
    encode: (type, position) => encodeCursor(provider, { ...position, t: type }),
    read(query) {
      checkPageArguments(provider, query.first, query.after);
      if (query.after === null) return null;
      const parsed = envelope.safeParse(legacyFilter(parseEnvelope(provider, query.after)));
      if (!parsed.success) throw altered(provider);
      // zod cannot resolve the output of a generic shape spread with `p` and `t`; the schema above guarantees it.
      const { p: _p, t, ...position } = parsed.data as Position & { p: ProviderName; t: CustomerType | null };
      if (t !== query.type) {
        throw new UserInputError(`Invalid cursor for ${provider}: it was made for a different \`type\`.`, provider);
      }
      if (options.fits && !options.fits(position as Position, t)) throw altered(provider);
      return position as Position;
    },
  };
}

/** The cursor's JSON, or a `UserInputError` when it is not base64url JSON of a sane length. */
function parseEnvelope(provider: ProviderName, cursor: string): unknown {
  try {
    if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('shape');
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw garbled(provider);
  }
}

/**
 * Fin.com cursors issued before this codec named the filter `f`; reading them as `t` keeps pages
 * that clients hold across a deploy valid.
 */
function legacyFilter(envelope: unknown): unknown {
  if (typeof envelope !== 'object' || envelope === null || !('f' in envelope) || 't' in envelope) return envelope;
  const { f, ...rest } = envelope as Record<string, unknown>;
  return { ...rest, t: f };
}

function garbled(provider: ProviderName): UserInputError {
  return new UserInputError('Invalid cursor: pass back an `endCursor` or edge `cursor` unchanged.', provider);
}

function altered(provider: ProviderName): UserInputError {
  return new UserInputError(`Invalid cursor for ${provider}: it comes from another list or was altered.`, provider);
}
