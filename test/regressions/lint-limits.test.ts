// What broke (issue 15 points 5 and 14): `cmapi lint --jobs 1` exited 2 on a file of 130k tiny
// documents (an array spread of every document overflowed the stack); YAML nested ~400 levels
// deep failed with "Maximum call stack size exceeded"; file names were printed raw, so escape
// sequences and newlines in a name reached the terminal and forged GitHub annotation lines.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { MAX_DEPTH } from '../../src/cli/source/structure.js';
import { cli, lintJson } from '../cli/harness.js';

describe('lint limits and file names', () => {
  test('130k tiny documents with --jobs 1: exit 0, the file read to the end', async () => {
    const r = await lintJson(['--jobs', '1', '-'], { stdin: `${'---\na: 1\n'.repeat(130_000)}---\nkind: Certificate\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.report.findings.map((f) => `${f.document} ${f.line} ${f.rule}`)).toEqual(['130001 260002 OBJECT-TYPE-META']);
  }, 120_000);

  test(`YAML-TOO-DEEP: nesting past ${MAX_DEPTH} levels is one clear error at the collection, in flow and block style, never a crash`, async () => {
    const flow = `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(300)}${']'.repeat(300)}\n`;
    const f = await lintJson(['-'], { stdin: flow });
    expect(f.code).toBe(1);
    expect(f.report.findings.map((x) => `${x.line}:${x.column} ${x.rule}`)).toEqual([`3:${7 + MAX_DEPTH - 1} YAML-TOO-DEEP`]);
    expect(f.report.findings[0]?.message).toContain(`more than ${MAX_DEPTH} levels deep`);
    const lines = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    const b = await lintJson(['-'], { stdin: `${lines}\n${' '.repeat(1000)}v\n` });
    expect(b.code).toBe(1);
    expect(b.report.findings.map((x) => x.rule)).toEqual(['YAML-TOO-DEEP']);
    // Just inside the limit is read normally.
    const ok = await lintJson(['-'], {
      stdin: `apiVersion: v1\nkind: ConfigMap\ndata: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`,
    });
    expect(ok.report.findings).toEqual([]);
  });

  test('control characters in file names are escaped in text, github, junit and sarif output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-names-'));
    const name = 'evil\u001b[31m\n::error file=x::forged\u202e.yaml';
    writeFileSync(join(dir, name), 'apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: a}\nspec: {}\n');
    const text = await cli(['lint', '.'], { cwd: dir });
    expect(text.stdout).not.toContain('\u001b');
    expect(text.stdout).not.toContain('\u202e');
    expect(text.stdout).toContain('evil\\u001b[31m\\n::error file=x::forged\\u202e.yaml');
    const gh = await cli(['lint', '--format', 'github', '.'], { cwd: dir });
    expect(gh.stdout.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
    expect(gh.stdout).not.toContain('\u001b');
    expect(gh.stdout).not.toContain('\u202e');
    const junit = await cli(['lint', '--format', 'junit', '.'], { cwd: dir });
    expect(junit.stdout).not.toContain('\u001b');
    const sarif = JSON.parse((await cli(['lint', '--format', 'sarif', '.'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(encodeURIComponent(name));
  });
});
