// `npm run bench`: the start-up benchmark, then every bench/*.bench.ts in turn (each prints its figures).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const scripts = [
  'startup.mjs',
  ...readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort(),
].filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
let failed = 0;
for (const script of scripts) {
  console.log(`\n== ${script}`);
  const args = script.endsWith('.ts') ? ['--import', 'tsx', script] : [script];
  const r = spawnSync(process.execPath, args, { cwd: here, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
