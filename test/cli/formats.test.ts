import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { cli, lintJson, ROOT } from './harness.js';

const CORPUS = ['fixtures/lint'];

// Both packages are CommonJS whose module.exports is the class/plugin itself.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

function sarifValidator() {
  const schema = JSON.parse(readFileSync(`${ROOT}test/cli/sarif/sarif-2.1.0-rtm.5.json`, 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

describe('--format sarif', () => {
  test('validates against the SARIF 2.1.0 schema and holds every finding with its location and rule', async () => {
    const { report } = await lintJson(CORPUS);
    const r = await cli(['lint', '--format', 'sarif', ...CORPUS]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema does catch mistakes: a run without its tool is not SARIF.
    expect(validate({ ...log, runs: [{ results: [] }] })).toBe(false);
    const run = log.runs[0];
    expect(run?.tool.driver).toMatchObject({ name: 'cmapi', version: '9.9.9' });
    expect(run?.results).toHaveLength(report.findings.length);
    run?.results.forEach((res, i) => {
      const f = report.findings[i];
      const loc = res.locations[0]?.physicalLocation;
      expect([loc?.artifactLocation.uri, loc?.region.startLine, loc?.region.startColumn, res.level]).toEqual([
        f?.file,
        f?.line,
        f?.column,
        f?.severity,
      ]);
      expect(run.tool.driver.rules[res.ruleIndex]?.id).toBe(res.ruleId);
      expect(res.ruleId).toBe(f?.rule ?? f?.type);
    });
  });

  test('a clean run is a valid log with no results; stdin gets an encoded URI', async () => {
    const clean = 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: s}\nspec: {selfSigned: {}}\n';
    const r = await cli(['lint', '--format', 'sarif', '-'], { stdin: clean });
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]?.results).toEqual([]);
    const bad = await cli(['lint', '--format', 'sarif', '-'], { stdin: clean.replace('selfSigned: {}', '') });
    const uri = (JSON.parse(bad.stdout) as SarifLog).runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri;
    expect(uri).toBe('%3Cstdin%3E');
  });
});

describe('--format junit', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['testsuite', 'testcase'].includes(name),
  });

  test('parses as XML with a suite per file and a case per document, with the expected counts', async () => {
    const { report } = await lintJson(CORPUS);
    const r = await cli(['lint', '--format', 'junit', ...CORPUS]);
    expect(r.code).toBe(1);
    const xml = parser.parse(r.stdout, true) as {
      testsuites: {
        tests: string;
        failures: string;
        errors: string;
        skipped: string;
        testsuite: { name: string; testcase: Record<string, unknown>[] }[];
      };
    };
    const suites = xml.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual([
      'fixtures/lint/alias-bomb.yaml',
      'fixtures/lint/certificates.yaml',
      'fixtures/lint/issuers-and-acme.yaml',
      'fixtures/lint/lists-and-yaml.yaml',
    ]);
    const cases = suites.flatMap((s) => s.testcase);
    expect(Number(xml.testsuites.tests)).toBe(report.summary.documents);
    expect(cases).toHaveLength(report.summary.documents ?? -1);
    // Documents with field errors fail; syntax errors (unclosed flow, alias bomb) are errors; a
    // repeated key is a warning (YAML-DUPLICATE-KEY).
    expect(cases.filter((c) => 'failure' in c)).toHaveLength(Number(xml.testsuites.failures));
    expect(cases.filter((c) => 'error' in c)).toHaveLength(2);
    expect(Number(xml.testsuites.errors)).toBe(2);
    const failedDocs = new Set(
      report.findings.filter((f) => f.severity === 'error' && f.type !== 'SyntaxError').map((f) => `${f.file}#${f.document}`),
    );
    expect(Number(xml.testsuites.failures)).toBe(failedDocs.size);
    // The Deployment is skipped; the document with only warnings passes with them in system-out.
    expect(cases.filter((c) => 'skipped' in c).map((c) => c.name)).toEqual(['Deployment/web (document 5, line 60)']);
    expect(Number(xml.testsuites.skipped)).toBe(1);
  });

  test('escapes what XML cannot hold as is', async () => {
    const r = await cli(['lint', '--format', 'junit', '-'], {
      stdin: 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: "a<&>\\"b\\u0001"}\nspec: {}\n',
    });
    const xml = parser.parse(r.stdout, true) as { testsuites: { testsuite: { testcase: { name: string; failure: unknown }[] }[] } };
    const tc = xml.testsuites.testsuite[0]?.testcase[0];
    expect(tc?.name).toBe('Issuer/a<&>"b (document 1, line 1)');
    expect(tc?.failure).toBeDefined();
  });
});

describe('--format github', () => {
  test('one workflow annotation per finding, escaped, then the summary', async () => {
    const { report } = await lintJson(['fixtures/lint/certificates.yaml']);
    const r = await cli(['lint', '--format', 'github', 'fixtures/lint/certificates.yaml']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines[0]).toBe(
      '::error file=fixtures/lint/certificates.yaml,line=8,col=1,title=CERT-SECRETNAME-REQUIRED (FieldValueRequired)::spec.secretName: Required value: the name of the Secret to store the certificate in must be specified',
    );
    expect(lines.at(-1)).toMatch(/^10 errors, 0 warnings in 5 cert-manager objects of 1 file; checked against cert-manager master$/);
    const odd = await cli(['lint', '--format', 'github', '-'], { stdin: 'a: 1\nb: [\n' });
    expect(odd.stdout).toMatch(/^::error file=<stdin>,line=\d+,col=\d+,title=SyntaxError::/);
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-cli-'));
    writeFileSync(join(dir, 'x,y:z.yaml'), 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: comma}\nspec: {}\n');
    const props = await cli(['lint', '--format', 'github', 'x,y:z.yaml'], { cwd: dir });
    expect(props.stdout).toContain('file=x%2Cy%3Az.yaml,');
  });
});

describe('--format text and json', () => {
  test('text groups by file, colours only on a terminal, and ends with a summary', async () => {
    const plain = await cli(['lint', 'fixtures/lint/certificates.yaml']);
    expect(plain.stdout.startsWith('fixtures/lint/certificates.yaml\n  8:1     error    spec.secretName: Required value:')).toBe(true);
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await cli(['lint', 'fixtures/lint/certificates.yaml'], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[31merror  \u001b[0m');
    const json = await cli(['lint', '--format', 'json', 'fixtures/lint/certificates.yaml'], { isTTY: true });
    expect(json.stdout).not.toContain('\u001b[');
  });

  test('json carries file, document, line, column, severity, type, field, message and rule, and totals', async () => {
    const { report } = await lintJson(['fixtures/lint/issuers-and-acme.yaml']);
    expect(report.findings[0]).toEqual({
      file: 'fixtures/lint/issuers-and-acme.yaml',
      document: 1,
      line: 15,
      column: 11,
      severity: 'error',
      type: 'FieldValueForbidden',
      field: 'spec.acme.solvers[0].http01.ingress',
      message: expect.stringMatching(/^Forbidden: /),
      rule: 'ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE',
    });
    expect(report.summary).toEqual({
      files: 1,
      documents: 3,
      checked: 3,
      skipped: 0,
      errors: 5,
      warnings: 0,
      skippedFiles: {},
      certManagerVersion: 'master',
    });
  });
});
