import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';
import pretty from 'pino-pretty';

export type Logger = PinoLogger;

/**
 * Keys pino blanks out in a log object. Secrets and PII never belong in a log line; this is the
 * safety net behind not logging them in the first place. Only top-level keys and `headers.*` are
 * listed: every line this service writes is flat, or nests only known-safe facts (`upstream`), and
 * pino's wildcard paths (`*.email`) cost ~10 µs per line and per child logger, which is most of a
 * request's budget (measured: 15 µs vs 1.6 µs per line).
 */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'apiKey',
  'api_key',
  'apiKeys',
  'privateKey',
  'private_key',
  'signature',
  'password',
];
// Customer data (contract: never an email, phone, date of birth or document URI in a log line),
// and whatever holds it wholesale: provider bodies and GraphQL variables.
const PII_KEYS = ['email', 'phone', 'dateOfBirth', 'date_of_birth', 'uri', 'documents', 'body', 'variables'];
const REDACT = [
  ...SECRET_KEYS,
  ...PII_KEYS,
  'headers.authorization',
  'headers.cookie',
  'headers["x-signature"]',
  'headers["x-api-key"]',
];

/**
 * Creates the process logger: JSON lines, or pino-pretty's coloured lines with `pretty` (what
 * `npm run dev` sets through `LOG_FORMAT=pretty`). `destination` lets tests capture every line.
 */
export function createLogger(
  options: { level?: string; pretty?: boolean; destination?: DestinationStream } = {},
): Logger {
  const destination = options.pretty
    ? pretty({
        // Colours when stdout is a terminal (pino-pretty's default), never into a test's stream.
        ...(options.destination ? { colorize: false } : {}),
        translateTime: 'SYS:HH:MM:ss.l',
        ignore: 'pid,hostname,service',
        destination: options.destination ?? 1,
        sync: true,
      })
    : (options.destination ??
      // pino's default stdout stream, except minLength 1: with 0, sonic-boom's `flush(cb)` calls back at
      // once without writing, and exitAfterFlush needs it to wait for the write (or its EPIPE).
      pino.destination({ dest: 1, sync: false, minLength: 1 }));
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'customer-graph' },
      redact: { paths: REDACT, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** How long exiting waits for buffered log lines to reach stdout. */
const FLUSH_TIMEOUT_MS = 2_000;

/**
 * Exits with `code` once the buffered log lines are written. `process.exit` alone would write them
 * with sonic-boom's `flushSync`, which retries a failed write forever: with stdout's reader gone
 * (`node dist/main.js | head -2`) every try is EPIPE, and the process never exits. Flushing
 * asynchronously first either writes them, or fails with EPIPE, on which pino stops writing to the
 * stream (its broken-pipe handler makes `flushSync` a no-op), so exiting is immediate either way;
 * the timer covers a stdout that neither drains nor fails.
 */
export function exitAfterFlush(logger: Logger, code: number): void {
  process.exitCode = code;
  const exit = () => process.exit(code);
  setTimeout(exit, FLUSH_TIMEOUT_MS);
  try {
    logger.flush(() => exit());
  } catch {
    exit();
  }
}
