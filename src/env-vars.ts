import { z } from 'zod';

/** The process environment, or a test's stand-in for it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Start-up refused: the message names the variable and is safe to print (no values). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

// The schemas below read one variable each. Every refusal carries a message that names the variable
// and never its value (values may be secrets); `parseEnv` throws the first one as a ConfigError.

/** An empty variable counts as unset, as shells and compose files write `NAME=` for "no value". */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

/** A whole number in `[min, max]`; `fallback` when unset (without one, `undefined`). */
export function wholeNumber(name: string, min: number, max: number): z.ZodType<number | undefined, unknown>;
export function wholeNumber(name: string, min: number, max: number, fallback: number): z.ZodType<number, unknown>;
export function wholeNumber(
  name: string,
  min: number,
  max: number,
  fallback?: number,
): z.ZodType<number | undefined, unknown> {
  const error = `${name} must be a whole number from ${min} to ${max}.`;
  const value = z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
  return z.preprocess(unsetIfEmpty, fallback === undefined ? value.optional() : value.default(fallback));
}

/** `true`/`1` or `false`/`0`; `undefined` when unset, so the caller picks a default that may depend on others. */
export function flag(name: string) {
  const error = `${name} must be true or false.`;
  return z.preprocess(
    unsetIfEmpty,
    z
      .enum(['true', '1', 'false', '0'], { error })
      .transform((value) => value === 'true' || value === '1')
      .optional(),
  );
}

/** One of a closed set of words; `fallback` when unset. */
export function oneOf<const T extends readonly string[]>(name: string, values: T, fallback: T[number]) {
  return z.preprocess(
    unsetIfEmpty,
    z
      .enum(values, {
        error: `${name} must be one of ${values.join(', ')}.`,
      })
      .default(fallback),
  );
}

/** Any text; `null` when unset. */
export const optionalText = z.preprocess(unsetIfEmpty, z.string().optional()).transform((value) => value ?? null);

/** A provider credential: required once the provider's `*_API_URL` is set. */
export function required(name: string) {
  const error = `${name} is required when its provider's *_API_URL is set.`;
  return z.string({ error }).min(1, { error });
}

/** An http(s) origin such as `https://api.example.com` (no path, query or credentials), as `URL.origin`. */
export function origin(name: string) {
  return z.string().transform((value, ctx) => {
    const refuse = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (!URL.canParse(value)) return refuse(`${name} is not a URL.`);
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse(`${name} must be an http(s) URL.`);
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
      return refuse(`${name} must be an origin such as https://api.example.com, with no path, query or credentials.`);
    }
    return url.origin;
  });
}

/**
 * Runs `schema` on one variable from inside another schema's transform, passing its refusal on:
 * for variables whose name is only known at parse time (`<PREFIX>_X` or else `UPSTREAM_X`).
 */
export function parseInto<T>(schema: z.ZodType<T, unknown>, value: unknown, ctx: z.RefinementCtx): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
  return z.NEVER;
}

/** Parses `env` with `schema`; throws the first refusal as a ConfigError (one line, naming the variable). */
export function parseEnv<T>(schema: z.ZodType<T, unknown>, env: Env): T {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues[0]?.message ?? 'The configuration is invalid.');
}
