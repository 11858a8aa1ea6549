import { describe, expect, test } from 'vitest';
import { cli, lintJson, ROOT } from './harness.js';

const REPO = `${ROOT}fixtures/repo`;

describe('cmapi lint . on a small application repository (fixtures/repo, issue 11 acceptance)', () => {
  test('exactly the expected findings: META-NAME, YAML-DUPLICATE-KEY, API-VERSION-NOT-SERVED; the suppressed one is not reported', async () => {
    const { code, report, stderr } = await lintJson(['.'], { cwd: REPO });
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule ?? f.type} ${f.field}`)).toEqual([
      'deploy/base/bad-name.yaml:4:3 error META-NAME metadata.name',
      'deploy/overlays/prod/issuer.yaml:9:3 warning YAML-DUPLICATE-KEY ',
      'legacy/old-certificate.yaml:1:1 error API-VERSION-NOT-SERVED apiVersion',
    ]);
    expect(report.findings[2]?.message).toContain('cmapi convert --to cert-manager.io/v1 legacy/old-certificate.yaml');
    // node_modules/, dist/ (.gitignore) and *.local.yaml (.gitignore) are never read; the workflow,
    // compose file, Helm values, package.json and the JSON patch hold no Kubernetes object.
    expect(report.summary).toEqual({
      files: 7,
      documents: 7,
      checked: 5,
      skipped: 2,
      errors: 2,
      warnings: 1,
      skippedFiles: { 'no-objects': 5, helm: 2, binary: 1 },
      certManagerVersion: 'master',
    });
    expect(stderr).toBe(
      'cmapi lint: 2 Helm chart file(s) skipped; to lint a chart, render it: helm template RELEASE CHART | cmapi lint -\n',
    );
  });

  test('the text summary counts skipped files by reason and names the release', async () => {
    const r = await cli(['lint', '--cert-manager-version', '1.14.7', '.'], { cwd: REPO });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '2 errors, 1 warning in 5 cert-manager objects of 7 files (2 objects of other kinds skipped; 8 files skipped: 5 without Kubernetes objects, 2 Helm chart, 1 not text); checked against cert-manager v1.14',
    );
  });
});
