/**
 * Benchmark: `convert` of the typical Certificate (bench/lib/objects.ts) in both directions and
 * to its own version, in objects per second beside the figures measured before issue 16's
 * work (the target is 3× those); then one ConversionReview of 1,000 mixed objects (every kind,
 * every old version, from the conversion vectors), converted by handleConversion in one call,
 * next to JSON.parse of the same review body. Run: `npx tsx bench/conversion.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { handleConversion } from '../src/admission/conversion-review.js';
import { convert } from '../src/conversion/convert.js';
import { typicalCertificate } from './lib/objects.js';
import { medianRate } from './lib/rounds.js';
import { target } from './lib/target.js';

// One object at a time. "today": median of 5 × 1 s on a quiet machine before issue 16's work.
{
  const v1alpha2 = convert(typicalCertificate, 'cert-manager.io/v1alpha2').object;
  if (v1alpha2 === undefined || convert(v1alpha2, 'cert-manager.io/v1').errors.length > 0) throw new Error('benchmark conversion failed');
  const rows: [string, number, () => unknown][] = [
    ['convert typical Certificate v1 → v1alpha2', 35_800, () => convert(typicalCertificate, 'cert-manager.io/v1alpha2')],
    ['convert typical Certificate v1alpha2 → v1', 33_800, () => convert(v1alpha2, 'cert-manager.io/v1')],
    ['convert typical Certificate v1 → v1 (same)', 78_000, () => convert(typicalCertificate, 'cert-manager.io/v1')],
  ];
  console.log('single objects (median of BENCH_ROUNDS rounds)');
  for (const [name, today, fn] of rows) {
    const r = medianRate(fn);
    const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);
    console.log(`conversion-bench: ${name.padEnd(44)} ${fmt(r)} objects/s   today ${fmt(today)}/s   ×${(r / today).toFixed(2)}`);
    if (!name.endsWith('(same)')) target(`${name} ÷ before issue 16`, r / today, 'at least 3x', r / today >= 3);
  }
}

type Obj = { apiVersion: string; kind: string };
const vectors = JSON.parse(readFileSync(new URL('../fixtures/vectors/conversion.json', import.meta.url), 'utf8')) as {
  cases: { object: Obj; expect: { object: Obj } }[];
};
const samples = vectors.cases.flatMap((c) => [c.object, c.expect.object]);

function reviewBody(group: string, n: number): string {
  const pool = samples.filter((o) => o.apiVersion.startsWith(`${group}/`) && !o.apiVersion.endsWith('/v1'));
  const objects = Array.from({ length: n }, (_, i) => pool[i % pool.length]);
  const request = { uid: 'bench', desiredAPIVersion: `${group}/v1`, objects };
  return JSON.stringify({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'ConversionReview', request });
}

function time(label: string, runs: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn(); // warm up
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - t) / runs;
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms/review  ${((ms * 1000) / 1000).toFixed(1).padStart(7)} µs/object`);
  return ms;
}

for (const group of ['cert-manager.io', 'acme.cert-manager.io']) {
  const body = reviewBody(group, 1000);
  console.log(`\n${group}: 1,000 objects, ${(body.length / 1024).toFixed(0)} KiB review`);
  const parse = time('JSON.parse(review)', 20, () => JSON.parse(body));
  const conv = time('handleConversion(parsed review)', 20, () => handleConversion(JSON.parse(body)) && undefined);
  const r = handleConversion(JSON.parse(body));
  if (r.response.result.status !== 'Success' || r.response.convertedObjects?.length !== 1000) throw new Error('benchmark review failed');
  console.log(`handleConversion (incl. parse) / JSON.parse: ${(conv / parse).toFixed(1)}x`);
}

// Nested core v1 Lists (issue 15 §2): a CertificateList of five Lists nested d deep, at three
// depths up to the limit; the time should grow linearly with d (it grew quadratically).
{
  const { convert, MAX_LIST_DEPTH } = await import('../src/conversion/convert.js');
  const cert = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'c' },
    spec: { secretName: 's', duration: '2160h' },
  };
  const nest = (depth: number): unknown => {
    let v: unknown = cert;
    for (let i = 0; i < depth; i++) v = { apiVersion: 'v1', kind: 'List', items: [v] };
    return v;
  };
  console.log('\nnested core v1 Lists (5 × depth d)');
  const times: number[] = [];
  for (const d of [MAX_LIST_DEPTH / 4, MAX_LIST_DEPTH / 2, MAX_LIST_DEPTH]) {
    const list = { apiVersion: 'cert-manager.io/v1', kind: 'CertificateList', items: [0, 1, 2, 3, 4].map(() => nest(d - 1)) };
    times.push(time(`convert, d = ${d}`, 10, () => convert(list, 'cert-manager.io/v1beta1')));
  }
  const growth = (times[2] ?? 0) / Math.max(times[0] ?? 1, 1e-3);
  console.log(`4× the depth took ${growth.toFixed(1)}× the time${growth > 8 ? '  <-- super-linear' : ''}`);
}
