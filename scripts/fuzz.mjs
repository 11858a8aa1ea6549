#!/usr/bin/env node
// The long fuzz run: the suite of test/fuzz with more runs, nesting past the documented depth
// limit and arrays of 150 000 items. `npm run fuzz -- --runs 2000 --seed 7`.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '500' },
    seed: { type: 'string', default: String(Date.now() % 2 ** 31) },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log('usage: npm run fuzz -- [--runs N] [--seed S]\n  runs per property (default 500); seed (default: from the clock, printed)');
  process.exit(0);
}
for (const [name, v] of Object.entries({ runs: values.runs, seed: values.seed })) {
  if (!/^[1-9]\d*$/.test(v)) {
    console.error(`--${name} must be a positive integer, not ${JSON.stringify(v)}`);
    process.exit(2);
  }
}
console.log(`fuzz: ${values.runs} runs per property, seed ${values.seed} (repeat with --seed ${values.seed})`);
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz', '--testTimeout', '0'], {
  stdio: 'inherit',
  env: { ...process.env, CMAPI_FUZZ_LONG: '1', CMAPI_FUZZ_RUNS: values.runs, CMAPI_FUZZ_SEED: values.seed },
});
process.exit(run.status ?? 1);
