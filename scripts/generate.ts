/**
 * `npm run generate`: writes the JSON Schemas, TypeScript types, type guards, precompiled
 * validators and shape table from the model in model/.
 * `npm run generate:check` (`--check`): regenerates in memory and exits 1 naming every
 * generated file that is stale.
 */
import { fileURLToPath } from 'node:url';
import { staleFiles, writeOutputs } from './generate/files.js';
import { generateAll } from './generate/outputs.js';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const outputs = generateAll();

if (process.argv.includes('--check')) {
  const stale = staleFiles(rootDir, outputs);
  if (stale.length > 0) {
    console.error(`Generated files are stale; run \`npm run generate\` and commit the result:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`All ${outputs.size} generated files are up to date.`);
} else {
  const changed = writeOutputs(rootDir, outputs);
  console.log(changed.length === 0 ? `Nothing to do: ${outputs.size} files up to date.` : `Wrote:\n  ${changed.join('\n  ')}`);
}
