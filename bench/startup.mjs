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

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0] };
}

// Interleave warm-up so both see a warm file cache.
time(['-e', '0']);
time(['--input-type=module', '-e', script]);
const bare = time(['-e', '0']);
const cmapi = time(['--input-type=module', '-e', script]);
const ratio = cmapi.median / bare.median;
console.log(`startup: bare node -e 0 median ${bare.median.toFixed(1)} ms (min ${bare.min.toFixed(1)})`);
console.log(`startup: import cmapi + validate one Certificate median ${cmapi.median.toFixed(1)} ms (min ${cmapi.min.toFixed(1)})`);
console.log(`startup: ratio ${ratio.toFixed(2)}x (target <= 1.5x) ${ratio <= 1.5 ? 'OK' : 'OVER TARGET'}`);
