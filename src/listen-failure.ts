/** Exit codes (sysexits.h) for start-up failures, so an orchestrator can tell them apart. */
export const EXIT = {
  /** EX_CONFIG: a variable is missing or malformed. */
  config: 78,
  /** EX_NOHOST: HOST does not resolve, or is not an address of this machine. */
  host: 68,
  /** EX_TEMPFAIL: the address is in use (another process has the port); trying later may work. */
  addressInUse: 75,
  /** EX_NOPERM: binding the port is not allowed (a port below 1024 without the capability). */
  permission: 77,
} as const;

/**
 * One line, naming the variables, and an exit code for an error `listen()` failed with; `null` for
 * anything else (which is a bug, and keeps its stack). Never includes a value beyond HOST and PORT.
 */
export function listenFailure(
  err: unknown,
  address: { host: string; port: number },
): { message: string; code: number } | null {
  const code = (err as { code?: unknown } | null)?.code;
  const where = `${address.host}:${address.port}`;
  switch (code) {
    case 'EADDRINUSE':
      return {
        message: `cannot listen on ${where}: the address is in use (set PORT or HOST to a free one).`,
        code: EXIT.addressInUse,
      };
    case 'EACCES':
      return {
        message: `cannot listen on ${where}: permission denied (choose a PORT above 1023).`,
        code: EXIT.permission,
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EAI_NONAME':
      return { message: `cannot listen on ${where}: HOST does not resolve to an address.`, code: EXIT.host };
    case 'EADDRNOTAVAIL':
      return { message: `cannot listen on ${where}: HOST is not an address of this machine.`, code: EXIT.host };
    default:
      return null;
  }
}
