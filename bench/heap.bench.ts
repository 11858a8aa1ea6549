// Heap benchmark: 100,000 validations (valid and invalid Certificates, an ACME ClusterIssuer)
// must leave the heap flat: the used heap after a full GC is compared before and after.
// Run: `node --expose-gc --import tsx bench/heap.bench.ts` (`npm run bench` passes the flag).
import { validate } from '../src/index.js';
import { acmeClusterIssuer, certificateWithMistakes, typicalCertificate } from './lib/objects.js';
import { target } from './lib/target.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  console.error('heap.bench: run with --expose-gc');
  process.exit(1);
}
const calls = Number(process.env.BENCH_CALLS ?? 100_000);
const objects = [typicalCertificate, certificateWithMistakes, acmeClusterIssuer];

/** Used heap after two full collections (the second frees what the first's finalisers released). */
function settledHeap(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

// Warm up first, so that compiled code and lazily built tables count as the baseline.
for (let i = 0; i < 5000; i++) validate(objects[i % objects.length]);
const before = settledHeap();
const start = performance.now();
for (let i = 0; i < calls; i++) validate(objects[i % objects.length]);
const seconds = (performance.now() - start) / 1000;
const after = settledHeap();
const growth = (after - before) / before;
const mib = (n: number) => `${(n / 1048576).toFixed(2)} MiB`;
console.log(
  `heap: ${calls.toLocaleString('en-US')} validations in ${seconds.toFixed(1)} s; used heap after GC ${mib(before)} before, ${mib(after)} after (${(growth * 100).toFixed(2)}%)`,
);
target('heap growth over 100,000 validations', growth * 100, 'within 5%', Math.abs(growth) <= 0.05, '%');
