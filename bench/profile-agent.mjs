// Preloaded (`node --import ./bench/profile-agent.mjs`) into the benchmark's profiling server only; the
// measured servers run `node dist/main.js` with nothing preloaded. Reads commands from stdin, one a line:
//   start          CPU profile + sampling heap profile (objects later collected included) + GC profile
//   stop <prefix>  writes <prefix>.cpuprofile and <prefix>.heapprofile, prints `bench-profile {json}`
// Allocation is counted exactly from the GC profile (V8 heap used before each GC minus after the previous
// one, plus the growth since the last), not sampled.
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { createInterface } from 'node:readline';
import v8 from 'node:v8';

const session = new Session();
session.connect();
let state = null;

async function start() {
  // With --enable-source-maps (npm start's flag), the first error stack formatted parses dist/main.js.map
  // (~4 MB allocated, once); wrk closing connections mid-request causes such errors. Parse it before the
  // window, not inside it.
  if (process.argv[1]) findSourceMap(process.argv[1]);
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('HeapProfiler.enable');
  const gc = new v8.GCProfiler();
  gc.start();
  state = { gc, usedAtStart: v8.getHeapStatistics().used_heap_size, cpu: process.cpuUsage(), at: performance.now() };
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await session.post('Profiler.start');
  process.stdout.write('bench-profile {"started":true}\n');
}

async function stop(prefix) {
  const { profile } = await session.post('Profiler.stop');
  const { profile: heap } = await session.post('HeapProfiler.stopSampling');
  const usedAtEnd = v8.getHeapStatistics().used_heap_size;
  const { statistics } = state.gc.stop();
  const cpu = process.cpuUsage(state.cpu);
  let allocated = 0;
  let previousAfter = state.usedAtStart;
  let gcMs = 0;
  for (const s of statistics) {
    allocated += Math.max(0, s.beforeGC.heapStatistics.usedHeapSize - previousAfter);
    previousAfter = s.afterGC.heapStatistics.usedHeapSize;
    gcMs += s.cost / 1000;
  }
  allocated += Math.max(0, usedAtEnd - previousAfter);
  writeFileSync(`${prefix}.cpuprofile`, JSON.stringify(profile));
  writeFileSync(`${prefix}.heapprofile`, JSON.stringify(heap));
  const result = {
    allocatedBytes: allocated,
    gcCount: statistics.length,
    gcMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: performance.now() - state.at,
  };
  state = null;
  process.stdout.write(`bench-profile ${JSON.stringify(result)}\n`);
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, arg] = line.trim().split(/\s+/, 2);
  const run = command === 'start' ? start() : command === 'stop' && state ? stop(arg) : null;
  run?.catch((err) => process.stdout.write(`bench-profile ${JSON.stringify({ error: String(err) })}\n`));
});
