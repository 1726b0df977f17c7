// Kills the given pids when its stdin closes, i.e. when the benchmark that spawned it dies, even by
// SIGKILL: the server itself stays exactly `node dist/main.js`, with nothing preloaded.
const pids = process.argv.slice(2).map(Number);
process.stdin.on('end', () => {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  process.exit(0);
});
process.stdin.resume();
