import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitChunks } from '../../src/cli/lint/chunks.js';
import { lintSources } from '../../src/cli/lint/pool.js';
import { cli } from './harness.js';

/** A generated manifest: `n` documents, every seventh with a mistake, every fifth of another kind. */
function manifest(n: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 5 === 4) {
      docs.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  enabled: yes\n`);
      continue;
    }
    const size = i % 7 === 3 ? 1024 : 2048;
    docs.push(
      `# document ${i}\napiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web-${i}\nspec:\n  secretName: web-${i}-tls\n  dnsNames:\n    - web-${i}.example.com\n  privateKey:\n    algorithm: RSA\n    size: ${size}\n  issuerRef:\n    name: ca\n`,
    );
  }
  return docs.join('---\n');
}

describe('--jobs', () => {
  test('the output is the same for one job and for several worker threads', async () => {
    const n = 900;
    const stdin = manifest(n);
    expect(stdin.length).toBeGreaterThan(2 * 64 * 1024); // large enough to be cut into chunks
    for (const format of ['json', 'text']) {
      const one = await cli(['lint', '--format', format, '-'], { stdin });
      const three = await cli(['lint', '--format', format, '--jobs', '3', '-'], { stdin });
      expect(three.code).toBe(1);
      expect(three.stdout).toBe(one.stdout);
    }
    const json = JSON.parse((await cli(['lint', '--format', 'json', '--jobs', '2', '-'], { stdin })).stdout) as {
      findings: { document: number; line: number }[];
      summary: Record<string, number>;
    };
    const ids = [...Array(n).keys()];
    const others = ids.filter((i) => i % 5 === 4).length;
    const bad = ids.filter((i) => i % 5 !== 4 && i % 7 === 3).length;
    expect(json.summary).toMatchObject({ documents: n, checked: n - others, skipped: others, errors: bad, warnings: others });
    // The last document's finding is at its line in the whole file, not in a chunk.
    const last = json.findings.at(-1);
    expect(last?.document).toBe(n);
    expect(stdin.split('\n')[(last?.line ?? 0) - 1]).toBe('  enabled: yes');
  }, 60_000);

  test('several files on several jobs keep the file order', async () => {
    const paths = ['fixtures/lint', 'fixtures/lint/certificates.yaml'];
    const one = await cli(['lint', '--format', 'json', ...paths]);
    const two = await cli(['lint', '--format', 'json', '--jobs', '2', ...paths]);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  test('work is shared by bytes: small files batched, a large one cut, reports in input order', async () => {
    const files = [
      { name: 'big.yaml', text: manifest(300) },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `small-${i}.yaml`, text: manifest(1 + (i % 3)) })),
      { name: 'big-2.yaml', text: manifest(200) },
    ];
    const one = await lintSources(files, {}, 1);
    // Forced onto a worker thread even though this is little text (a real run this small stays on one thread).
    const two = await lintSources(files, {}, 2, 0);
    expect(two).toStrictEqual(one);
    expect(one.map((r) => r.file)).toEqual(files.map((f) => f.name));
    expect(one[0]?.documents.map((d) => d.index)).toEqual([...Array(300).keys()].map((i) => i + 1));
  }, 60_000);

  test('--jobs must be a whole number of at least 1', async () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const r = await cli(['lint', `--jobs=${bad}`, 'fixtures/lint']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--jobs needs a whole number of at least 1');
    }
  });
});

describe('splitChunks', () => {
  test('chunks join back into the file, start at document starts, and carry their first line', () => {
    const text = manifest(40);
    const chunks = splitChunks(text, 6);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    let line = 1;
    chunks.forEach((c, i) => {
      expect(c.firstLine).toBe(line);
      if (i > 0) expect(c.text.startsWith('---\n')).toBe(true);
      line += c.text.split('\n').length - 1;
    });
  });

  test('never cuts inside a document, for any text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a: 1\n', '---\n', '--- x\n', '----\n', ' ---\n', 'b: |\n  ---x\n', '\n', '# c\n')),
        fc.integer({ min: 1, max: 8 }),
        (parts, n) => {
          const text = parts.join('');
          const chunks = splitChunks(text, n);
          expect(chunks.map((c) => c.text).join('')).toBe(text);
          for (const c of chunks.slice(1)) expect(/^---(\s|$)/.test(c.text)).toBe(true);
        },
      ),
    );
  });

  test('files with directives stay whole', () => {
    const text = `%YAML 1.1\n---\n${manifest(10)}`;
    expect(splitChunks(text, 4)).toEqual([{ text, firstLine: 1 }]);
  });
});
