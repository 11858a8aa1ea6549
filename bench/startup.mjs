// Start-up benchmark: a fresh `node` process that imports cmapi (the built package) and validates
// one Certificate, against a bare `node -e 0`. Target: within 1.5x of the bare start.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 30);
const certificate = {
  apiVersion: 'cert-manager.io/v1',
  kind: 'Certificate',
  metadata: { name: 'web', namespace: 'default' },
  spec: { secretName: 'web-tls', dnsNames: ['web.example.com'], issuerRef: { name: 'letsencrypt', kind: 'ClusterIssuer' } },
};
const script = `import { validate } from 'cmapi'; const r = validate(${JSON.stringify(certificate)}); if (!Array.isArray(r.errors)) process.exit(1);`;

function once(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// Bare and cmapi runs alternate, so that background noise on the machine hits both alike.
const bareArgs = ['-e', '0'];
const cmapiArgs = ['--input-type=module', '-e', script];
// Warm the file cache.
for (let i = 0; i < 3; i++) {
  once(bareArgs);
  once(cmapiArgs);
}
const bare = [];
const cmapi = [];
for (let i = 0; i < runs; i++) {
  bare.push(once(bareArgs));
  cmapi.push(once(cmapiArgs));
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0] };
};
const b = stats(bare);
const c = stats(cmapi);
const ratio = c.median / b.median;
console.log(`startup: bare node -e 0 median ${b.median.toFixed(1)} ms (min ${b.min.toFixed(1)}), ${runs} runs interleaved`);
console.log(`startup: import cmapi + validate one Certificate median ${c.median.toFixed(1)} ms (min ${c.min.toFixed(1)})`);
console.log(`startup: ratio of medians ${ratio.toFixed(2)}x, of minimums ${(c.min / b.min).toFixed(2)}x`);
console.log(
  `target: cold start to the first result ÷ bare node = ${ratio.toFixed(2)}x (goal at most 1.5x) ${ratio <= 1.5 ? 'OK' : 'MISS'}`,
);
