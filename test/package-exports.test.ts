// The package surface as consumers resolve it (through the exports map of the built package; run
// after `npm run build`, as `npm test` does): the two entry points and package.json are reachable,
// internals are not.
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const run = (code: string) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();

test('the main entry exports the documented API and nothing from Node', () => {
  const names = JSON.parse(run(`import * as m from 'cmapi'; console.log(JSON.stringify(Object.keys(m).sort()))`));
  expect(names).toEqual([
    'CERT_MANAGER_RELEASES',
    'VERSIONS',
    'applyDefaults',
    'convert',
    'handleConversion',
    'handleMutation',
    'handleValidation',
    'identify',
    'renderFieldError',
    'v1',
    'v1alpha2',
    'v1alpha3',
    'v1beta1',
    'validate',
  ]);
});

test('the cli entry exports runCli and ExitCode; package.json is reachable', () => {
  expect(run(`import { runCli, ExitCode } from 'cmapi/cli'; console.log(typeof runCli, JSON.stringify(ExitCode))`)).toBe(
    'function {"Clean":0,"Findings":1,"Usage":2}',
  );
  expect(run(`import { createRequire } from 'node:module'; console.log(createRequire(import.meta.url)('cmapi/package.json').name)`)).toBe(
    'cmapi',
  );
});

test('internal modules are not reachable', () => {
  expect(() => run(`await import('cmapi/dist/validation/validate.js')`)).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED|not exported/);
});
