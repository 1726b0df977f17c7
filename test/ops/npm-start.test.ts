import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// A container whose entry point is `npm start` has npm as its top process: SIGTERM goes to npm, which
// forwards it to the script's shell. The shell must have handed its process to node (`exec`), or it
// dies and node is orphaned: still listening, never drained.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let group: number | undefined;

/**
 * True while any live process of the process group `pgid` is left. Zombies do not count: they hold
 * no socket and run nothing, and where PID 1 never reaps (a bare container, this sandbox) a build
 * tool's exited helper (esbuild's service process) stays a zombie in the group for good.
 */
function groupAlive(pgid: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // Fields after the parenthesised command: state, ppid, pgrp, …
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') return true;
  }
  return false;
}

afterEach(() => {
  if (group !== undefined && groupAlive(group)) process.kill(-group, 'SIGKILL');
  group = undefined;
});

describe('npm start as a container entry point', () => {
  it('drains and stops the server on SIGTERM to npm, leaving no process behind', { timeout: 60_000 }, async () => {
    // Detached: npm leads a process group of its own, as PID 1 of a container leads everything in it.
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    group = npm.pid as number;
    const logs: Record<string, unknown>[] = [];
    let stderr = '';
    let pending = '';
    const ready = new Promise<number>((resolve, reject) => {
      npm.stdout.on('data', (chunk: Buffer) => {
        pending += chunk.toString('utf8');
        const lines = pending.split('\n');
        pending = lines.pop() ?? '';
        // npm prints its own `> customer-graph@… start` lines; the server's are JSON.
        for (const line of lines.filter((l) => l.startsWith('{'))) {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          logs.push(parsed);
          if (String(parsed.msg).includes('ready at')) resolve(parsed.port as number);
        }
      });
      npm.on('exit', () => reject(new Error(`npm start exited before the server was ready: ${stderr}`)));
    });
    npm.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));

    const port = await ready;
    npm.kill('SIGTERM');
    const code = await exited;

    expect(logs.map((l) => l.msg)).toEqual(
      expect.arrayContaining(['draining in-flight requests, then exiting', 'stopped']),
    );
    expect(code, stderr).toBe(0);
    // Nothing of the group is left (node included), and nobody listens on the port any more.
    expect(groupAlive(group)).toBe(false);
    await expect(
      new Promise((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket.destroy()));
        socket.on('error', (err: NodeJS.ErrnoException) => reject(new Error(err.code)));
      }),
    ).rejects.toThrow('ECONNREFUSED');
  });
});
