// `npm run bench`: the start-up benchmark, then every bench/*.bench.ts in turn (each prints its
// figures), then a summary of every `target:` line they printed. `npm run bench -- peer cli`
// runs only the scripts whose names contain one of the words.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const scripts = [
  'startup.mjs',
  ...readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort(),
].filter((f) => only.length === 0 || only.some((o) => f.includes(o)));

/** Runs one script, echoing its output, and resolves to its exit code and `target:` lines. */
function run(script) {
  const args = script.endsWith('.ts') ? ['--expose-gc', '--import', 'tsx', script] : [script];
  const child = spawn(process.execPath, args, { cwd: here, stdio: ['ignore', 'pipe', 'inherit'] });
  const targets = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    console.log(line);
    if (line.startsWith('target: ')) targets.push(line.slice('target: '.length));
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, targets })));
}

let failed = 0;
const summary = [];
for (const script of scripts) {
  console.log(`\n== ${script}`);
  const { code, targets } = await run(script);
  if (code !== 0) failed++;
  for (const t of targets) summary.push(`${script.replace(/\.(bench\.ts|mjs)$/, '').padEnd(16)} ${t}`);
}
console.log(`\n== targets (${summary.filter((t) => t.endsWith(' OK')).length} of ${summary.length} met)`);
for (const line of summary) console.log(line);
process.exitCode = failed === 0 ? 0 : 1;
