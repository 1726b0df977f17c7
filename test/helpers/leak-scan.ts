// The secret/PII scan: no credential, token, signature, private key or customer PII in any log line
// or error, and no secret in any response at all (contract "Errors"; brief house rules).
import type { KeyObject } from 'node:crypto';
import type { LoggedRequest } from '../../src/simulator/request-log.js';
import type { Simulators } from '../../src/simulator/index.js';
import type { Config } from '../../src/config.js';

export type NeedleKind = 'secret' | 'pii';

/** A value that must not leak, with what it is. The scan never prints `value`. */
export interface Needle {
  readonly kind: NeedleKind;
  /** What the value is, e.g. `Fin client secret`, `email`. */
  readonly label: string;
  readonly value: string;
}

/** One leak found: which kind of value, where. */
export interface Leak {
  readonly kind: NeedleKind;
  readonly label: string;
  /** e.g. `server log line 12 ("upstream call")`, `response 3 errors`. */
  readonly where: string;
}

// Shorter values could match by coincidence (a 4-digit string is not a leak).
const MIN_NEEDLE_LENGTH = 6;

const PII_FIELDS: Readonly<Record<string, string>> = {
  email: 'email',
  phone: 'phone',
  phoneNumber: 'phone',
  phone_number: 'phone',
  dateOfBirth: 'date of birth',
  date_of_birth: 'date of birth',
  uri: 'document URI',
};

/** Every email, phone, date of birth and document URI anywhere in `dataset` (walked recursively). */
export function piiNeedles(dataset: unknown): Needle[] {
  const out: Needle[] = [];
  const walk = (value: unknown, key: string | null): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (typeof value === 'string' && key !== null && PII_FIELDS[key]) {
      out.push({ kind: 'pii', label: PII_FIELDS[key], value });
    }
  };
  walk(dataset, null);
  return out;
}

/** Credentials the simulators saw: bearer values of `authorization` headers and every `x-signature`. */
export function headerSecretNeedles(entries: readonly LoggedRequest[]): Needle[] {
  const out: Needle[] = [];
  for (const entry of entries) {
    for (const value of [entry.headers.authorization].flat()) {
      // The credential is what follows the scheme ("Bearer", "Basic"); the scheme itself is no secret.
      if (value) out.push({ kind: 'secret', label: 'authorization header value', value: value.replace(/^\S+\s+/, '') });
    }
    for (const value of [entry.headers['x-signature']].flat()) {
      if (value) out.push({ kind: 'secret', label: 'OpenFX request signature', value });
    }
  }
  return out;
}

/** The base64 lines of a PEM private key: each is key material, whatever wraps it. */
export function privateKeyNeedles(key: KeyObject | string, label = 'OpenFX private key'): Needle[] {
  const pem = typeof key === 'string' ? key : (key.export({ type: 'pkcs8', format: 'pem' }) as string);
  return pem
    .replace(/\\n/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('-----'))
    .map((value) => ({ kind: 'secret' as const, label, value }));
}

/** Secrets of a provider configuration (the harness's, which tests may alter with wrong credentials). */
export function configSecretNeedles(providers: Config['providers'], apiKeys?: readonly string[] | null): Needle[] {
  const out: Needle[] = [];
  if (providers.fin) out.push({ kind: 'secret', label: 'Fin client secret', value: providers.fin.clientSecret });
  if (providers.spherepay) out.push({ kind: 'secret', label: 'SpherePay API key', value: providers.spherepay.apiKey });
  if (providers.openfx) {
    out.push({ kind: 'secret', label: 'OpenFX API key', value: providers.openfx.apiKey });
    out.push(...privateKeyNeedles(providers.openfx.privateKey));
  }
  for (const key of apiKeys ?? []) out.push({ kind: 'secret', label: 'client API key', value: key });
  return out;
}

/** Everything the three simulators hold that must not leak: their own credentials and their datasets' PII. */
export function simulatorNeedles(sims: Simulators, seenRequests: readonly LoggedRequest[] = []): Needle[] {
  return [
    { kind: 'secret', label: 'Fin client secret', value: sims.fin.clientSecret },
    { kind: 'secret', label: 'SpherePay API key', value: sims.spherepay.apiKey },
    { kind: 'secret', label: 'OpenFX API key', value: sims.openfx.apiKey },
    ...privateKeyNeedles(sims.openfx.privateKeyPem),
    ...headerSecretNeedles(seenRequests),
    ...piiNeedles(sims.fin.dataset.customers),
    ...piiNeedles(sims.spherepay.dataset.customers),
    ...piiNeedles(sims.openfx.dataset.customers),
  ];
}

/** A reusable matcher over a set of needles (regular expressions, so a long transcript scans fast). */
export class LeakScanner {
  private readonly byValue = new Map<string, Needle>();
  private readonly patterns: Record<NeedleKind | 'any', RegExp | null>;

  constructor(needles: readonly Needle[]) {
    for (const needle of needles) {
      if (needle.value.length < MIN_NEEDLE_LENGTH) continue;
      // A secret outranks PII when one value is both.
      const known = this.byValue.get(needle.value);
      if (!known || (known.kind === 'pii' && needle.kind === 'secret')) this.byValue.set(needle.value, needle);
      // A value is also searched as it reads inside a JSON string (escaped `"`, `\`, control characters).
      const escaped = JSON.stringify(needle.value).slice(1, -1);
      if (escaped !== needle.value && !this.byValue.has(escaped)) this.byValue.set(escaped, needle);
    }
    const pattern = (kind?: NeedleKind): RegExp | null => {
      const values = [...this.byValue].filter(([, n]) => !kind || n.kind === kind).map(([v]) => v);
      // Longest first, so a value that contains another is reported as itself.
      const alternatives = values.sort((a, b) => b.length - a.length).map(escapeRegExp);
      return alternatives.length ? new RegExp(alternatives.join('|'), 'g') : null;
    };
    this.patterns = { any: pattern(), secret: pattern('secret'), pii: pattern('pii') };
  }

  /** Distinct needles found in `text`, optionally only of one kind. */
  find(text: string, kind?: NeedleKind): Needle[] {
    return [...new Map(this.matches(text, kind).map(({ needle }) => [key(needle), needle])).values()];
  }

  /** Every occurrence in `text`, with its offset. */
  matches(text: string, kind?: NeedleKind): { index: number; needle: Needle }[] {
    const pattern = this.patterns[kind ?? 'any'];
    if (!pattern) return [];
    const out: { index: number; needle: Needle }[] = [];
    for (const match of text.matchAll(pattern)) {
      const needle = this.byValue.get(match[0]);
      if (needle) out.push({ index: match.index, needle });
    }
    return out;
  }
}

const key = (needle: Needle) => `${needle.kind}:${needle.label}`;

/**
 * Scans server log lines (nothing secret or PII anywhere) and raw GraphQL/HTTP response bodies
 * (no secret anywhere; no PII inside `errors` — `data` legitimately carries emails and phones).
 */
export function scanTranscript(
  scanner: LeakScanner,
  transcript: { logs: readonly string[]; responses: readonly string[] },
): Leak[] {
  const leaks: Leak[] = [];
  // Log lines are scanned as one text (one regex pass instead of thousands), then matches are
  // mapped back to their line.
  const starts: number[] = [];
  let offset = 0;
  for (const line of transcript.logs) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const seen = new Set<string>();
  for (const { index, needle } of scanner.matches(transcript.logs.join('\n'))) {
    const line = lineAt(starts, index);
    if (seen.has(`${line}:${key(needle)}`)) continue;
    seen.add(`${line}:${key(needle)}`);
    const text = transcript.logs[line] ?? '';
    leaks.push({ kind: needle.kind, label: needle.label, where: `server log line ${line + 1} (${logMessage(text)})` });
  }
  transcript.responses.forEach((text, i) => {
    for (const needle of scanner.find(text, 'secret')) {
      leaks.push({ kind: needle.kind, label: needle.label, where: `response ${i + 1}` });
    }
    const errors = errorsOf(text);
    if (errors) {
      for (const needle of scanner.find(errors, 'pii')) {
        leaks.push({ kind: needle.kind, label: needle.label, where: `response ${i + 1} errors` });
      }
    }
  });
  return leaks;
}

// Index of the last line starting at or before `index` (binary search over line starts).
function lineAt(starts: readonly number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A failure message naming each leak's kind and place, never the leaked value. */
export function describeLeaks(leaks: readonly Leak[]): string {
  const lines = leaks.slice(0, 20).map((l) => `- ${l.kind === 'secret' ? 'secret' : 'PII'} (${l.label}) in ${l.where}`);
  if (leaks.length > 20) lines.push(`- ... and ${leaks.length - 20} more`);
  return `Secret/PII scan found ${leaks.length} leak(s):\n${lines.join('\n')}`;
}

function logMessage(line: string): string {
  try {
    const msg = (JSON.parse(line) as { msg?: unknown }).msg;
    return typeof msg === 'string' ? JSON.stringify(msg.slice(0, 80)) : 'no msg';
  } catch {
    return 'not JSON';
  }
}

// The `errors` of a GraphQL response (also of each item of a batch); null when there are none.
function errorsOf(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (an HTML landing page, a plain-text 404): all of it is error-like.
    return text;
  }
  const errors = [body]
    .flat()
    .flatMap((item) => (item && typeof item === 'object' && 'errors' in item ? [item.errors] : []));
  return errors.length ? JSON.stringify(errors) : null;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
