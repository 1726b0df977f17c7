// Process entry for the simulated providers on their own (the benchmark runs them apart from the server).
// Prints ONE JSON line on stdout with each provider's origin and dev credentials, then serves until SIGTERM/SIGINT
// (or, with `--exit-with-stdin`, until its stdin closes). Ports: `--<key>-port` or SIM_<KEY>_PORT per simulator
// of the registry (`--fin-port`, SIM_FIN_PORT, …); ephemeral by default.
import { simulatorAnnouncement, startSimulators } from './index.js';
import { perSimulator } from './registry.js';

/**
 * Reads a port from `--<name>-port N` (or `--<name>-port=N`) or the environment variable `env`;
 * 0 (ephemeral) when neither is given.
 */
function port(argv: readonly string[], name: string, env: string): number {
  const flag = `--${name}-port`;
  let raw: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === flag) raw = argv[i + 1];
    else if (arg.startsWith(`${flag}=`)) raw = arg.slice(flag.length + 1);
  });
  raw ??= process.env[env];
  if (raw === undefined || raw === '') return 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    process.stderr.write(`simulator: ${flag} / ${env} must be a port number (0-65535)\n`);
    process.exit(64); // EX_USAGE
  }
  return n;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const host = process.env.SIMULATOR_HOST || '127.0.0.1';
  const ports = perSimulator(({ key }) => ({ port: port(argv, key, `SIM_${key.toUpperCase()}_PORT`) }));
  const sims = await startSimulators({ host, ...ports });
  const announcement = simulatorAnnouncement(sims);
  // Dev credentials only (the simulators' own); the parent process reads this line to configure the server.
  process.stdout.write(`${JSON.stringify(announcement)}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void sims.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (argv.includes('--exit-with-stdin')) {
    // A parent that dies without signalling (SIGKILL, crash) closes our stdin pipe: leave with it.
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`simulator: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
