// Regression: `cmapi convert` rewrote a document that only held `.` into `.nan`. Two causes:
// the `yaml` package's YAML 1.1 float tag reads `.`, `-.`, `._` and `.e5` as NaN, where go-yaml
// (kubectl) keeps them as strings; and the "document unchanged?" check compared NaN with NaN as
// different. Found by the CLI robustness property test (counterexample ".").
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { KUBECTL_YAML } from '../../src/cli/source/yaml-options.js';
import { jsonEqual } from '../../src/util/json.js';
import { cli } from '../cli/harness.js';

test('plain scalars without a mantissa digit stay strings, as kubectl reads them', () => {
  expect(parse('a: .\nb: -.\nc: ._\nd: .e5\ne: ._5\nf: 1.\ng: 1.5e3\nh: .nan', KUBECTL_YAML)).toEqual({
    a: '.',
    b: '-.',
    c: '._',
    d: '.e5',
    e: 0.5,
    f: 1,
    g: 1500,
    h: Number.NaN,
  });
});

test('NaN equals NaN when deciding whether a document changed', () => {
  expect(jsonEqual({ x: [Number.NaN] }, { x: [Number.NaN] })).toBe(true);
  expect(jsonEqual(Number.NaN, 1)).toBe(false);
});

test('convert leaves such documents byte for byte', async () => {
  for (const stdin of ['.', 'x: .nan\n', 'a: -.\n']) {
    expect((await cli(['convert', '--to', 'v1', '-'], { stdin })).stdout).toBe(stdin);
  }
});
