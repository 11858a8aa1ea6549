// After `tsc`: put the generated (minified) validator module and its declarations into dist/
// unchanged — tsc would otherwise re-print the JavaScript and infer its own declarations.
import { copyFileSync } from 'node:fs';

for (const f of ['validators.js', 'validators.d.ts']) {
  copyFileSync(new URL(`../src/schema/generated/${f}`, import.meta.url), new URL(`../dist/schema/generated/${f}`, import.meta.url));
}
