import { describe, expect, test } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

function harness(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (s: string) => out.push(s),
    stderr: (s: string) => err.push(s),
    readStdin: async () => stdin,
    cwd: new URL('../..', import.meta.url).pathname,
    isTTY: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const mixed = `apiVersion: v1
kind: ConfigMap
metadata: {name: other}
---
apiVersion: cert-manager.io/v3
kind: Certificate
metadata: {name: web}
---
apiVersion: cert-manager.io/v1
kind: Flower
`;

describe('runCli', () => {
  test('--help and --version exit 0; no command is a usage error', async () => {
    const h = harness();
    expect(await runCli(['--help'], h.io)).toBe(0);
    expect(h.out()).toContain('lint');
    const v = harness();
    expect(await runCli(['--version'], v.io, '1.2.3')).toBe(0);
    expect(v.out()).toBe('1.2.3\n');
    expect(await runCli([], harness().io)).toBe(2);
  });

  test('unknown commands and options are usage errors (exit 2)', async () => {
    const h = harness();
    expect(await runCli(['frobnicate'], h.io)).toBe(2);
    expect(h.err()).toContain('unknown command');
    const o = harness();
    expect(await runCli(['lint', '--nope', '-'], o.io)).toBe(2);
    expect(o.err()).toContain('--nope');
  });

  test('lint reads stdin, skips other kinds and reports apiVersion/kind problems at their lines', async () => {
    const h = harness(mixed);
    expect(await runCli(['lint', '--format', 'json', '-'], h.io)).toBe(1);
    const report = JSON.parse(h.out()) as {
      findings: { line: number; column: number; type: string; field: string }[];
      summary: Record<string, number>;
    };
    expect(report.findings.map((f) => [f.line, f.column, f.type, f.field])).toEqual([
      [5, 1, 'FieldValueNotSupported', 'apiVersion'],
      [10, 1, 'FieldValueNotSupported', 'kind'],
    ]);
    expect(report.summary).toMatchObject({ files: 1, documents: 3, checked: 2, skipped: 1, errors: 2, warnings: 0 });
  });

  test('lint reports YAML syntax errors with a position and does not crash', async () => {
    const h = harness('apiVersion: cert-manager.io/v1\nkind: Certificate\nspec: [unclosed\n');
    expect(await runCli(['lint', '-'], h.io)).toBe(1);
    expect(h.out()).toMatch(/<stdin>\n {2}\d+:\d+ +error/);
    expect(h.out()).toContain('SyntaxError');
  });

  test('lint reports duplicate keys (YAML-DUPLICATE-KEY)', async () => {
    const h = harness('apiVersion: cert-manager.io/v1\nkind: Certificate\nkind: Certificate\n');
    expect(await runCli(['lint', '--format', 'json', '-'], h.io)).toBe(1);
    expect(JSON.parse(h.out()).findings.find((f: { rule?: string }) => f.rule === 'YAML-DUPLICATE-KEY')).toMatchObject({
      line: 3,
      column: 1,
      severity: 'warning',
      type: 'YamlWarning',
      rule: 'YAML-DUPLICATE-KEY',
    });
  });

  test('--feature-gates must be NAME=true|false', async () => {
    const h = harness('');
    expect(await runCli(['lint', '--feature-gates', 'OtherNames=maybe', '-'], h.io)).toBe(2);
    expect(h.err()).toContain('NAME=true');
  });

  test('a missing path is an I/O error (exit 2)', async () => {
    const h = harness();
    expect(await runCli(['lint', 'no/such/file.yaml'], h.io)).toBe(2);
  });
});
