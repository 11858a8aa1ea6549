import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintJson, ROOT } from './harness.js';

const DIR = join(ROOT, 'fixtures/lint');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

/** The findings a corpus file expects, from its `#@ COLUMN SEVERITY TYPE [FIELD]` comments. */
function expectations(text: string): string[] {
  const out: string[] = [];
  let target = 0;
  text.split('\n').forEach((line, i) => {
    const m = /^#@ (\d+) (\S+) (\S+)(?: (\S+))?\s*$/.exec(line);
    if (!m) {
      target = i + 1;
      return;
    }
    out.push(`${target}:${m[1]} ${m[2]} ${m[3]} ${m[4] ?? ''}`.trim());
  });
  return out.sort();
}

describe('lint corpus (fixtures/lint): every finding at its expected line and column', () => {
  test('the corpus has files, and each file expects findings', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
    for (const f of FILES) expect(expectations(readFileSync(join(DIR, f), 'utf8')).length, f).toBeGreaterThan(0);
  });

  test.each(FILES)('%s', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    const { report } = await lintJson([`fixtures/lint/${file}`]);
    const found = report.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.type} ${f.field}`.trim()).sort();
    expect(found).toEqual(expectations(text));
    for (const f of report.findings) expect(f.file).toBe(`fixtures/lint/${file}`);
  });

  test('linting the whole directory gives the same findings as linting each file', async () => {
    const all = await lintJson(['fixtures/lint']);
    const each = await Promise.all(FILES.map((f) => lintJson([`fixtures/lint/${f}`])));
    expect(all.report.findings).toEqual(each.flatMap((r) => r.report.findings));
  });
});
