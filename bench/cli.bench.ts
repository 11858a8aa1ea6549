// CLI benchmark: `cmapi lint` over one generated file of 10,000 cert-manager documents with the
// built bin (run `npm run build` first; `npm run bench` does), in documents per second for
// --jobs 1 and --jobs 2, and the wall time of linting one small file in a fresh process.
// Run with `npx tsx bench/cli.bench.ts` (BENCH_DOCS and BENCH_RUNS change the sizes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/cmapi.js');
const docs = Number(process.env.BENCH_DOCS ?? 10_000);
const runs = Number(process.env.BENCH_RUNS ?? 15);

if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('cli.bench: dist/cli.js is missing; run `npm run build` first');
  process.exit(1);
}

/** A typical Certificate; every tenth has a mistake (a too-small RSA key), every fifth is another kind. */
function document(i: number): string {
  if (i % 5 === 4) return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  key: value\n`;
  return `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: web-${i}
  namespace: team-${i % 13}
  labels:
    app.kubernetes.io/name: web-${i}
spec:
  secretName: web-${i}-tls
  commonName: web-${i}.example.com
  dnsNames:
    - web-${i}.example.com
    - www.web-${i}.example.com
  duration: 2160h
  renewBefore: 360h
  privateKey:
    algorithm: RSA
    size: ${i % 10 === 3 ? 1024 : 2048}
    rotationPolicy: Always
  usages: [server auth, client auth]
  issuerRef:
    name: letsencrypt
    kind: ClusterIssuer
`;
}

function lint(args: string[]): number {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`cmapi lint ${args.join(' ')} exited with ${r.status}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const dir = mkdtempSync(join(tmpdir(), 'cmapi-cli-bench-'));
try {
  const big = join(dir, 'big.yaml');
  writeFileSync(big, Array.from({ length: docs }, (_, i) => document(i)).join('---\n'));
  const small = join(dir, 'small.yaml');
  writeFileSync(small, [0, 1, 2, 3].map(document).join('---\n'));
  console.log(`cores: ${availableParallelism()}`);
  lint([small]); // warm the file cache
  for (const jobs of [1, 2]) {
    const samples = [0, 1, 2].map(() => lint(['--jobs', String(jobs), big]));
    const ms = median(samples);
    console.log(`lint ${docs} documents, --jobs ${jobs}: ${ms.toFixed(0)} ms, ${Math.round((docs / ms) * 1000)} documents/s (median of 3)`);
  }
  const starts = Array.from({ length: runs }, () => lint([small]));
  const bare = median(
    Array.from({ length: runs }, () => {
      const t = process.hrtime.bigint();
      spawnSync(process.execPath, ['-e', '0']);
      return Number(process.hrtime.bigint() - t) / 1e6;
    }),
  );
  console.log(
    `lint one small file (4 documents) in a fresh process: ${median(starts).toFixed(0)} ms median of ${runs} (bare node -e 0: ${bare.toFixed(0)} ms)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
