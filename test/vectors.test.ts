import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ENABLED_VECTOR_FILES } from './vectors/enabled.js';
import { RUNNERS } from './vectors/harness.js';

const dir = new URL('../fixtures/vectors/', import.meta.url);
const extra = (process.env.CMAPI_VECTORS ?? '').split(',').filter(Boolean);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .filter((f) => ENABLED_VECTOR_FILES.includes(f) || extra.some((x) => f.includes(x)))
  .sort();

test('the enabled vector files exist', () => {
  for (const f of ENABLED_VECTOR_FILES) expect(readdirSync(dir)).toContain(f);
});

for (const file of files) {
  const doc = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { kind: string; cases: { name: string }[] };
  const run = RUNNERS[doc.kind];
  if (doc.cases.length === 0) continue; // a file with no cases yet (e.g. validation-clusterissuer.json)
  describe(file, () => {
    test.each(doc.cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      expect(run, `no runner for vector kind ${doc.kind}`).toBeDefined();
      expect(await run!(c as never)).toEqual([]);
    });
  });
}
