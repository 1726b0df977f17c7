import { execFileSync } from 'node:child_process';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { wrkVersion } from './load.js';

/** Where and on what the benchmark ran, printed in the header and kept in the results JSON. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  totalMemGb: number;
  os: string;
  node: string;
  /** The load generator and its version, e.g. `wrk 4.1.0`. */
  loadGenerator: string;
  gitSha: string;
  /** Uncommitted changes in the working tree when the benchmark ran. */
  gitDirty: boolean;
  date: string;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Describes this machine and checkout; exits first, saying how to install it, when wrk is missing. */
export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    cores: cpu.length,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    totalMemGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    loadGenerator: wrkVersion(),
    gitSha: git(['rev-parse', '--short', 'HEAD']) ?? 'nogit',
    gitDirty: (git(['status', '--porcelain']) ?? '') !== '',
    date: new Date().toISOString(),
  };
}
