// CLI benchmark: `cmapi lint` with the built bin (run `npm run build` first; `npm run bench`
// does), in documents per second for --jobs 1 and --jobs 2, over 10,000 generated cert-manager
// documents as one file and as 10,000 small files in 100 directories, and over a large tree (the
// small files and four copies of the large file) for the --jobs 2 / --jobs 1 ratio; then the wall
// time of linting one small file in a fresh process. Times include the process's start-up.
// Run with `npx tsx bench/cli.bench.ts` (BENCH_DOCS and BENCH_RUNS change the sizes).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { target } from './lib/target.js';

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
  const texts = Array.from({ length: docs }, (_, i) => document(i));
  const big = join(dir, 'big.yaml');
  writeFileSync(big, texts.join('---\n'));
  const many = join(dir, 'many');
  texts.forEach((t, i) => {
    const sub = join(many, `d${String(i % 100).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `f${i}.yaml`), t);
  });
  const tree = join(dir, 'tree');
  mkdirSync(tree);
  for (const copy of [1, 2, 3, 4]) writeFileSync(join(tree, `big-${copy}.yaml`), texts.join('---\n'));
  const small = join(dir, 'small.yaml');
  writeFileSync(small, [0, 1, 2, 3].map(document).join('---\n'));
  console.log(`cores: ${availableParallelism()}`);
  lint([small]); // warm the file cache
  const rates = new Map<string, number>();
  for (const [what, path, n] of [
    [`${docs} documents in one file`, big, docs],
    [`${docs} documents in ${docs} files`, many, docs],
    [`a tree of ${5 * docs} documents (${docs} small files, 4 large ones)`, [many, tree], 5 * docs],
  ] as const) {
    // Rounds alternate --jobs 1 and --jobs 2 (the machine may be shared); medians of 3.
    const samples = new Map<number, number[]>([
      [1, []],
      [2, []],
    ]);
    for (let round = 0; round < 3; round++)
      for (const jobs of [1, 2]) samples.get(jobs)?.push(lint(['--jobs', String(jobs), ...[path].flat()]));
    for (const jobs of [1, 2]) {
      const ms = median(samples.get(jobs) ?? []);
      const rate = (n / ms) * 1000;
      rates.set(`${what} ${jobs}`, rate);
      console.log(`lint ${what}, --jobs ${jobs}: ${ms.toFixed(0)} ms, ${Math.round(rate)} documents/s (median of 3)`);
    }
    const ratio = (rates.get(`${what} 2`) ?? 0) / (rates.get(`${what} 1`) ?? 1);
    console.log(`  --jobs 2 / --jobs 1: ${ratio.toFixed(2)}x`);
    const one = rates.get(`${what} 1`) ?? 0;
    if (what.startsWith('a tree')) target(`lint --jobs 2 ÷ --jobs 1, ${what}`, ratio, 'at least 1.6x', ratio >= 1.6);
    else target(`lint --jobs 1, ${what}`, one, 'at least 10,000 documents/s', one >= 10_000, 'documents/s');
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
