import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/cli/source/documents.js';
import { lintJson } from './harness.js';

const cert = (spec: string) =>
  `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: c}\nspec:\n  secretName: c-tls\n  issuerRef: {name: ca}\n${spec}`;

describe('YAML as kubectl reads it', () => {
  test('yes/no/on/off/y/n are booleans (YAML 1.1); 0777 is octal; base-60 numbers and timestamps stay strings', () => {
    const [doc] = parseDocuments('a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: n\ng: 0777\nh: 1:30\ni: 2024-01-01\nj: 0o17\nk: "yes"\n');
    expect(doc?.value).toEqual({
      a: true,
      b: false,
      c: true,
      d: false,
      e: true,
      f: false,
      g: 511,
      h: '1:30',
      i: '2024-01-01',
      j: '0o17',
      k: 'yes',
    });
  });

  test('plain scalars that YAML 1.2 tools read differently are warned about at their position', () => {
    const [doc] = parseDocuments('a: yes\nb: 0777\nc: 0o17\nd: "no"\ne: true\nf: 12\n');
    const warnings = doc?.problems.map((p) => [p.position.line, p.position.column, p.severity, p.type]);
    expect(warnings).toEqual([
      [1, 4, 'warning', 'YamlWarning'],
      [2, 4, 'warning', 'YamlWarning'],
      [3, 4, 'warning', 'YamlWarning'],
    ]);
    expect(doc?.problems[0]?.message).toContain('the boolean true');
    expect(doc?.problems[0]?.message).toContain('the string "yes"');
    expect(doc?.problems[1]?.message).toContain('the number 511');
    expect(doc?.problems[1]?.message).toContain('the number 777');
  });

  test('a boolean where a string belongs is a type error at that item, with the YAML warning beside it', async () => {
    const { report } = await lintJson(['-'], { stdin: cert('  dnsNames: [a.example.com]\n  subject:\n    countries: [NO]\n') });
    expect(report.findings.map((f) => [f.line, f.column, f.type, f.field])).toEqual([
      [9, 17, 'YamlWarning', ''],
      [9, 17, 'FieldValueTypeInvalid', 'spec.subject.countries[0]'],
    ]);
  });

  test('YAML-DUPLICATE-KEY: a repeated key is a warning at the repeat, the last value is checked; syntax errors are errors; other documents are still checked', async () => {
    const text = `${cert('  dnsNames: [a.example.com]\n  privateKey: {size: 4096}\n  privateKey: {size: 1024}\n')}---\n${cert('  dnsNames: {a: [}\n')}---\n${cert('  dnsNames: [ok.example.com]\n  bogus: 1\n')}`;
    const { code, report } = await lintJson(['-'], { stdin: text });
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.document, f.line, f.column, f.severity, f.type, f.rule ?? f.field])).toEqual([
      [1, 9, 3, 'warning', 'YamlWarning', 'YAML-DUPLICATE-KEY'],
      [1, 9, 16, 'error', 'FieldValueInvalid', 'CERT-PRIVATEKEY-RSA-SIZE'],
      [2, 17, 13, 'error', 'SyntaxError', ''],
      [2, 17, 17, 'error', 'SyntaxError', ''],
      [3, 26, 3, 'error', 'FieldValueUnknown', 'spec.bogus'],
    ]);
    expect(report.findings[0]?.message).toContain('line 8');
  });

  test('alias bombs are refused quickly; a few aliases and merge keys are fine', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const start = performance.now();
    const { report } = await lintJson(['-'], { stdin: `${levels.join('\n')}\n` });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ type: 'SyntaxError', line: 1, column: 1, message: expect.stringContaining('alias') });
    const merged = await lintJson(['-'], { stdin: cert('  dnsNames: &names [a.example.com]\n  uris: []\n') });
    expect(merged.report.findings).toEqual([]);
  });

  test('empty files, empty documents and comment-only files have nothing to report', async () => {
    for (const stdin of ['', '---\n---\n', '# just a comment\n', '---\n...\n']) {
      const { code, report } = await lintJson(['-'], { stdin });
      expect(code).toBe(0);
      expect(report.summary).toMatchObject({ documents: 0, errors: 0, warnings: 0 });
    }
  });

  test('JSON manifests are read too, with positions', async () => {
    const json = '{\n  "apiVersion": "cert-manager.io/v1",\n  "kind": "Issuer",\n  "metadata": {"name": "j"},\n  "spec": {"ca": {}}\n}\n';
    const { report } = await lintJson(['-'], { stdin: json });
    expect(report.findings.map((f) => [f.line, f.column, f.type, f.field])).toEqual([[5, 12, 'FieldValueRequired', 'spec.ca.secretName']]);
  });
});
