import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, lintJson } from './harness.js';

const BAD = 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: x}\nspec: {bogus: 1}\n';

/** A scratch directory holding the given files (paths relative to it). */
function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cmapi-sources-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const files = async (argv: string[], cwd: string) => [...new Set((await lintJson(argv, { cwd })).report.findings.map((f) => f.file))];

describe('which files cmapi lint reads (issue 11 point 4, issue 15 point 10)', () => {
  test('.gitignore files (nested too, from the git root down) are respected; node_modules/ and .git/ are never searched', async () => {
    const dir = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.git/x.yaml': BAD,
      '.gitignore': 'build/\n',
      'build/a.yaml': BAD,
      'node_modules/p/a.yaml': BAD,
      'k8s/.gitignore': 'secret-*.yaml\n!secret-keep.yaml\n',
      'k8s/secret-a.yaml': BAD,
      'k8s/secret-keep.yaml': BAD,
      'k8s/a.yaml': BAD,
    });
    expect(await files(['.'], dir)).toEqual(['k8s/a.yaml', 'k8s/secret-keep.yaml']);
    // Linting a subdirectory still applies the .gitignore files above it, up to the git root.
    writeFileSync(join(dir, '.gitignore'), 'build/\nk8s/a.yaml\n');
    expect(await files(['k8s'], dir)).toEqual(['k8s/secret-keep.yaml']);
  });

  test('--exclude and --include take picomatch globs, repeatable; a glob without a slash matches base names', async () => {
    const dir = tree({ 'a/one.yaml': BAD, 'a/two.yml': BAD, 'b/three.yaml': BAD, 'b/four.yaml.txt': BAD });
    expect(await files(['--exclude', 'a/**', '.'], dir)).toEqual(['b/three.yaml']);
    expect(await files(['--exclude', '*.yml', '--exclude', 'b', '.'], dir)).toEqual(['a/one.yaml']);
    expect(await files(['--include', '**/*.yaml.txt', '.'], dir)).toEqual(['b/four.yaml.txt']);
    // A named file is excluded too (pre-commit passes file names).
    expect((await lintJson(['--exclude', 'a/**', 'a/one.yaml'], { cwd: dir })).report.findings).toEqual([]);
  });

  test('symbolic links are followed: each file once (the file itself over a link to it), cycles cut, broken links counted', async () => {
    const dir = tree({ 'real/a.yaml': BAD, 'other/b.yaml': BAD });
    symlinkSync('../real/a.yaml', join(dir, 'other/link-to-a.yaml'));
    symlinkSync('../other', join(dir, 'real/other-dir'));
    symlinkSync('.', join(dir, 'real/loop'));
    symlinkSync('missing.yaml', join(dir, 'other/broken.yaml'));
    const r = await lintJson(['real'], { cwd: dir });
    expect([...new Set(r.report.findings.map((f) => f.file))]).toEqual(['real/a.yaml', 'real/other-dir/b.yaml']);
    expect(r.report.summary.skippedFiles).toEqual({ 'broken-link': 1 });
    expect(await files(['other'], dir)).toEqual(['other/b.yaml', 'other/link-to-a.yaml']);
  });

  test('files that are not UTF-8 text are skipped and counted, not parsed', async () => {
    const dir = tree({
      'a.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      'b.json': Buffer.from([0xff, 0xfe, 0x41]),
      'c.yaml': BAD,
    });
    const r = await lintJson(['.'], { cwd: dir });
    expect(await files(['.'], dir)).toEqual(['c.yaml']);
    expect(r.report.summary.skippedFiles).toEqual({ binary: 2 });
  });

  test('Helm templates ({{ in a chart or under templates/) and Chart.yaml are skipped, counted, with one hint to pipe helm template', async () => {
    const dir = tree({
      'chart/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\n',
      'chart/values.yaml': 'enabled: yes\n',
      'chart/templates/cert.yaml': 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: {{ .Release.Name }}}\n',
      'other/templates/issuer.yaml': 'kind: Issuer\nname: {{ x }}\n',
      'other/templates/plain.yaml': BAD,
    });
    const r = await lintJson(['.'], { cwd: dir });
    expect(await files(['.'], dir)).toEqual(['other/templates/plain.yaml']);
    expect(r.report.summary.skippedFiles).toEqual({ helm: 3, 'no-objects': 1 });
    expect(r.stderr).toBe(
      'cmapi lint: 3 Helm chart file(s) skipped; to lint a chart, render it: helm template RELEASE CHART | cmapi lint -\n',
    );
  });

  test('a missing path is still an I/O error', async () => {
    expect((await cli(['lint', 'nowhere'], { cwd: tree({}) })).code).toBe(2);
  });
});
