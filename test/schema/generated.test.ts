/** The committed generated files match the model (the same check as `npm run generate:check`). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { staleFiles } from '../../scripts/generate/files.js';
import { generateAll } from '../../scripts/generate/outputs.js';

test('generated files are up to date (run `npm run generate` if this fails)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  expect(staleFiles(root, generateAll())).toEqual([]);
});

test('the generated validators compile nothing at run time and import only our run-time module', () => {
  const code = readFileSync(new URL('../../src/schema/generated/validators.js', import.meta.url), 'utf8');
  expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(/);
  const imports = [...code.matchAll(/\bfrom\s*"([^"]+)"/g)].map((m) => m[1]);
  expect(imports).toEqual(['../ajv-runtime.js']);
});
