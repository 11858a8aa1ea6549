/**
 * Issue 15 §3: `cmapi convert`/`default` matched `/\s*$/` and `/\n*$/` against whole
 * documents; both are tried at every position, so a document with a long run of blank lines
 * or spaces inside took quadratic time (80 KB: 7–17 s). The ends are now found by a scan
 * from the end (timings in the report of the fix; no timed unit test).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { trailingNewlines } from '../../src/cli/rewrite/rewrite-file.js';
import { cli } from '../cli/harness.js';

describe('whitespace inside a rewritten document', () => {
  test('trailingNewlines counts only the newlines that end the text', () => {
    expect(trailingNewlines('')).toBe(0);
    expect(trailingNewlines('a\n\n')).toBe(2);
    expect(trailingNewlines('\n\n \n')).toBe(1);
    expect(trailingNewlines(`${'\n'.repeat(80_000)}x`)).toBe(0);
    expect(trailingNewlines('a\r\n')).toBe(1);
  });
  test('a YAML document with 80 KB of blank lines inside converts, keeping its blank lines at the end', async () => {
    const yaml = `apiVersion: cert-manager.io/v1alpha2\nkind: Certificate\nmetadata:\n  name: c\n${'\n'.repeat(80_000)}spec:\n  keySize: 2048\n\n\n`;
    const r = await cli(['convert', '--to', 'v1', '-'], { stdin: yaml });
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('spec:\n  privateKey:\n    size: 2048\n\n\n')).toBe(true);
  });
  test('a JSON document with 80 KB of spaces inside converts, keeping what surrounds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cmapi-ws-'));
    const json = `  {"apiVersion": "cert-manager.io/v1alpha2", "kind": "Certificate",${' '.repeat(80_000)}"spec": {"keySize": 2048}} \n\n`;
    writeFileSync(join(dir, 'c.json'), json);
    for (const command of [['convert', '--to', 'v1'], ['default']]) {
      const r = await cli([...command, 'c.json'], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('  {\n')).toBe(true);
      expect(r.stdout.endsWith('}\n} \n\n')).toBe(true);
    }
  });
});
