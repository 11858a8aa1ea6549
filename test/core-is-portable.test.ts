// The core (src/ minus cli/ and server/) runs in browsers: it must not import Node built-ins.
// (tsconfig.core.json also type-checks it without Node's globals.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return ['cli', 'server'].includes(f) && dir === join(src, '.') ? [] : files(p);
    return /\.(ts|js)$/.test(f) ? [p] : [];
  });
}

test('no core module imports a node: built-in', () => {
  const offenders = files(join(src, '.')).filter((f) => /from\s+['"](node:|fs['"]|path['"]|crypto['"])/.test(readFileSync(f, 'utf8')));
  expect(offenders).toEqual([]);
});
