import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident set size of `pid` in MB (VmRSS of /proc/<pid>/status), or null when unreadable. */
function rssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

// Clock ticks per second of /proc/<pid>/stat's utime and stime (100 on every Linux we run on).
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) `pid` has used so far, or null when unreadable. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name (which may hold spaces): utime is field 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return null;
  }
}

/** `pid` and its direct children (a clustered server's workers), from /proc. */
function processTree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return [pid, ...(children ? children.split(' ').map(Number) : [])];
  } catch {
    // Kernels without CONFIG_PROC_CHILDREN: find the children by their parent pid.
    const kids = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .filter((name) => {
        try {
          const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
        } catch {
          return false;
        }
      })
      .map(Number);
    return [pid, ...kids];
  }
}

/** Sum of `read` over `pids`, or null when none was readable. */
function sum(pids: readonly number[], read: (pid: number) => number | null): number | null {
  let total: number | null = null;
  for (const pid of pids) {
    const v = read(pid);
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/** What one process (with its children, for a clustered server) did during a measured window. */
export interface ProcessWindow {
  /** Highest RSS seen, MB, summed over the process and its children (null if /proc was unreadable). */
  rssPeakMb: number | null;
  /** Average CPU use over the window, % of one core, summed likewise. */
  cpuPercent: number | null;
  /** Processes counted: 1, or 1 + workers for a clustered server, or the sum over several servers. */
  processes: number;
}

/**
 * Samples the RSS of processes (each with its children) every `intervalMs` (≈100 ms) and their CPU time
 * at both ends of a window; `stop()` returns the peak of the summed RSS and the summed average CPU share.
 */
export function watchProcess(pid: number | readonly number[], intervalMs = 100): { stop(): ProcessWindow } {
  const started = performance.now();
  const pids = (typeof pid === 'number' ? [pid] : pid).flatMap(processTree);
  const cpuStart = sum(pids, cpuSeconds);
  let peak = sum(pids, rssMb);
  const sample = () => {
    const rss = sum(pids, rssMb);
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
  };
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const cpuEnd = sum(pids, cpuSeconds);
      const elapsedS = (performance.now() - started) / 1000;
      const cpuPercent =
        cpuStart !== null && cpuEnd !== null && elapsedS > 0 ? ((cpuEnd - cpuStart) / elapsedS) * 100 : null;
      return { rssPeakMb: peak, cpuPercent, processes: pids.length };
    },
  };
}

/**
 * CPU seconds all cores have spent running processes since boot (user, nice, system, steal), from
 * /proc/stat. Interrupt and softirq time is left out: loopback networking lands there, and it is the
 * benchmark's own traffic rather than another process's work.
 */
function systemBusySeconds(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest is already in user).
    const [user, nice, system, , , , , steal] = line.trim().split(/\s+/).slice(1).map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (steal ?? 0)) / CLK_TCK;
  } catch {
    return null;
  }
}

/** CPU use during a window, % of one core. */
export interface CpuWindow {
  /** wrk, from the CPU time it reports for its measured run. */
  loadGeneratorPercent: number;
  /** This process: orchestration and sampling, idle while wrk runs. */
  benchPercent: number;
  /** Every process that is neither the load generator, this one, the server(s), the simulator nor the gateway (noise). */
  otherPercent: number | null;
}

/**
 * Watches the machine's CPU and this process's, so a window disturbed by other work (a test suite, a
 * build) shows up in the results instead of passing for a slow server. wrk's CPU comes from wrk
 * itself: by the time the window closes it has exited and its /proc entry is gone.
 */
export function watchMachine(): {
  stop(processes: {
    server: ProcessWindow;
    simulator: ProcessWindow;
    gateway?: ProcessWindow | null;
    loadGeneratorCpuS: number;
  }): CpuWindow;
} {
  const started = performance.now();
  const self = process.cpuUsage();
  const busy = systemBusySeconds();
  return {
    stop({ server, simulator, gateway, loadGeneratorCpuS }) {
      const elapsedS = (performance.now() - started) / 1000;
      const used = process.cpuUsage(self);
      const benchPercent = ((used.user + used.system) / 1e6 / elapsedS) * 100;
      const loadGeneratorPercent = (loadGeneratorCpuS / elapsedS) * 100;
      const busyEnd = systemBusySeconds();
      const otherPercent =
        busy === null || busyEnd === null || server.cpuPercent === null || simulator.cpuPercent === null
          ? null
          : Math.max(
              0,
              ((busyEnd - busy) / elapsedS) * 100 -
                loadGeneratorPercent -
                benchPercent -
                server.cpuPercent -
                simulator.cpuPercent -
                (gateway?.cpuPercent ?? 0),
            );
      return { loadGeneratorPercent, benchPercent, otherPercent };
    },
  };
}
