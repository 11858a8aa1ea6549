/** The committed generated files match the model (the same check as `npm run generate:check`). */
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { staleFiles } from '../../scripts/generate/files.js';
import { generateAll } from '../../scripts/generate/outputs.js';

test('generated files are up to date (run `npm run generate` if this fails)', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  expect(staleFiles(root, generateAll())).toEqual([]);
});
