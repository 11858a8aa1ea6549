/**
 * The packed tarball, as npm would publish it (issue 14 items 4, 6, 9): licence, metadata a
 * search finds, truthful engines, README links that resolve inside the tarball, source maps
 * without embedded sources, `@arethetypeswrong/cli` and `publint --strict` with no problems but
 * the two the README explains, and a Docker build that installs the server's peers. Packs the
 * built package (needs dist/: `npm run build`); no network.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cmapi-pack-'));
const pkgDir = join(dir, 'x', 'package');
let tarball = '';
let files: string[] = [];
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cmapi.js'))) throw new Error('dist/ is missing: run npm run build first');
  const [info] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(dir, info?.filename ?? '');
  files = (info?.files ?? []).map((f) => f.path).sort();
  mkdirSync(join(dir, 'x'));
  execFileSync('tar', ['-xzf', tarball, '-C', join(dir, 'x')]);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const shipped = (path: string) => files.includes(path) || files.some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`));

describe('metadata (issue 14 item 4)', () => {
  test('the Apache-2.0 licence ships in the tarball and is the one package.json names', () => {
    expect(files).toContain('LICENSE');
    const text = readFileSync(join(pkgDir, 'LICENSE'), 'utf8');
    expect(text).toMatch(/Apache License\s+Version 2\.0, January 2004/);
    expect(text).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toBe(text);
    expect(JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).license).toBe('Apache-2.0');
  });

  test('keywords and description for a search on the npm site; no runtime dependencies', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    for (const k of ['cert-manager', 'kubernetes', 'admission-webhook', 'validation', 'conversion', 'lint'])
      expect(pkg.keywords).toContain(k);
    expect(pkg.description).toMatch(/cert-manager/);
    expect(pkg.description).toMatch(/webhook/);
    expect(pkg.dependencies).toBeUndefined();
  });

  test('engines is where require() of the ES module works: ^20.19.0 || >=22.12.0, and this Node loads it both ways', () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    expect(pkg.engines).toEqual({ node: '^20.19.0 || >=22.12.0' });
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect(major === 20 ? minor >= 19 : major > 22 || (major === 22 && minor >= 12)).toBe(true);
    const viaRequire = spawnSync(process.execPath, ['-e', `console.log(typeof require(${JSON.stringify(pkgDir)}).validate)`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(viaRequire.stdout.trim()).toBe('function');
    const viaImport = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(join(pkgDir, 'dist', 'cmapi.js'))}); console.log(typeof m.validate)`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(viaImport.stdout.trim()).toBe('function');
  });
});

describe('contents (issue 14 item 6)', () => {
  test('every relative link of the shipped Markdown resolves to a file in the tarball', () => {
    const markdown = files.filter((f) => f.endsWith('.md'));
    expect(markdown).toEqual(expect.arrayContaining(['README.md', 'deploy/README.md', 'docs/conversion.md']));
    const broken: string[] = [];
    for (const md of markdown) {
      const text = readFileSync(join(pkgDir, md), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = (m[1] ?? '').split('#')[0] ?? '';
        if (target === '' || /^[a-z]+:/i.test(target)) continue;
        const path = posix.normalize(posix.join(posix.dirname(md), target));
        if (!shipped(path)) broken.push(`${md}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('what the README points users at ships: deploy/, docs/, the example manifests, the LICENSE', () => {
    for (const p of [
      'deploy/kustomization.yaml',
      'deploy/bootstrap-ca.mjs',
      'deploy/README.md',
      'docs/conversion.md',
      'examples/manifests.yaml',
    ])
      expect(files).toContain(p);
    // Repository-only files stay out.
    for (const p of ['ARCHITECTURE.md', 'Dockerfile', 'src/index.ts', 'test', 'etc/cmapi.api.md']) expect(shipped(p), p).toBe(false);
  });

  test('source maps carry no embedded sources', () => {
    const maps = files.filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const m of maps) {
      const map = JSON.parse(readFileSync(join(pkgDir, m), 'utf8'));
      expect(map.sourcesContent, m).toBeUndefined();
      expect(map.sources.length, m).toBeGreaterThan(0);
    }
  });
});

describe('package linters on the tarball (issue 14 item 9)', () => {
  test('publint --strict: no messages', () => {
    const r = spawnSync(bin('publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
    expect(r.stdout).toContain('All good!');
    expect(r.status).toBe(0);
  });

  test('@arethetypeswrong/cli: only the two problems the README explains (ESM only for require from CJS; no node10 resolution of cmapi/cli)', () => {
    const r = spawnSync(bin('attw'), [tarball, '--format', 'json'], { encoding: 'utf8' });
    const { problems } = JSON.parse(r.stdout) as {
      problems: Record<string, Array<{ kind: string; entrypoint: string; resolutionKind: string }>>;
    };
    const found = Object.values(problems)
      .flat()
      .map((p) => `${p.kind} ${p.entrypoint} ${p.resolutionKind}`)
      .sort();
    expect(found).toEqual(['CJSResolvesToESM ./cli node16-cjs', 'CJSResolvesToESM . node16-cjs', 'NoResolution ./cli node10'].sort());
    const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
    expect(readme).toMatch(/`@arethetypeswrong\/cli` reports exactly those two limits/);
  });
});

describe('the image', () => {
  test('the Dockerfile installs the packed package with every optional peer of the server', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/npm pack/);
    expect(dockerfile).toContain("require('./package.json').peerDependencies");
    expect(dockerfile).toMatch(/npm install --omit=dev[^\n]*\/tmp\/cmapi\.tgz \$\(cat \/tmp\/peers\.txt\)/);
    const entry = /ENTRYPOINT \["node", "\/app\/node_modules\/cmapi\/([^"]+)"\]/.exec(dockerfile)?.[1];
    expect(files).toContain(entry);
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n');
    for (const p of ['node_modules', 'dist', '.git']) expect(ignored).toContain(p);
  });

  test('deploy/ and the Dockerfile name the image the same way', () => {
    const image = /image: (\S+)/.exec(readFileSync(join(root, 'deploy', 'deployment.yaml'), 'utf8'))?.[1];
    expect(readFileSync(join(root, 'Dockerfile'), 'utf8')).toContain(`docker build -t ${image} .`);
    expect(readdirSync(join(root, 'deploy'))).not.toContain('Dockerfile');
  });
});
