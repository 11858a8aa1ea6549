// Defaulting benchmark: applyDefaults on a typical Certificate (all three sets, and a
// Certificate already defaulted so that the patch is empty), in objects per second, beside the
// figures measured before issue 16's work ("today", median of 5 × 1 s on a quiet machine; the
// target is 3× for the 3-op row) and beside validate on the same object in the same run.
// Run with `npx tsx bench/defaults.bench.ts`.
import { applyDefaults } from '../src/defaults/apply.js';
import { validate } from '../src/validation/validate.js';
import { typicalCertificate } from './lib/objects.js';
import { rate } from './lib/rate.js';
import { medianRate } from './lib/rounds.js';
import { target } from './lib/target.js';

// The typical Certificate before defaulting: issuerRef without kind/group, no rotation policy.
const certificate = {
  ...typicalCertificate,
  spec: { ...typicalCertificate.spec, issuerRef: { name: 'letsencrypt' }, privateKey: { algorithm: 'ECDSA', size: 256 } },
};

const defaulted = applyDefaults(certificate).object;
const check = applyDefaults(certificate);
if (check.errors.length > 0 || check.patch.length !== 3) throw new Error(`unexpected defaulting result: ${JSON.stringify(check)}`);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(10);
const againstToday: [string, number, () => unknown][] = [
  ['applyDefaults (all sets, 3 ops)', 51_500, () => applyDefaults(certificate)],
  ['applyDefaults (already defaulted, 0 ops)', 150_000, () => applyDefaults(defaulted)],
];
for (const [name, today, fn] of againstToday) {
  const r = medianRate(fn);
  console.log(`defaults-bench: ${name.padEnd(42)} ${fmt(r)} objects/s   today ${fmt(today)}/s   ×${(r / today).toFixed(2)}`);
  if (name.includes('3 ops')) target(`${name} ÷ before issue 16`, r / today, 'at least 3x', r / today >= 3);
}

const rows: [string, number][] = [
  ["applyDefaults (defaults: ['scheme'])", rate(() => applyDefaults(certificate, { defaults: ['scheme'] }))],
  ['validate (schema + semantic)', rate(() => validate(certificate))],
  ['validate (schema: false)', rate(() => validate(certificate, { schema: false }))],
];
for (const [name, perSecond] of rows)
  console.log(`defaults-bench: ${name.padEnd(42)} ${Math.round(perSecond).toLocaleString('en-US').padStart(10)} objects/s`);
