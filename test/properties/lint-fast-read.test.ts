// Property: lint's fast reader (js-yaml first, the `yaml` package's tree only where needed) reads
// every document as the straightforward reader (the `yaml` package for every document) does: the
// same values, problems, positions, text ranges and located fields, and the same lint output, on
// the manifest fixtures, on generated manifests in many YAML styles, and on texts mutated with the
// constructs the fast reader leaves to the `yaml` reader (anchors, tags, merge keys, tabs, ...).
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import type { DocumentReport } from '../../src/cli/lint/findings.js';
import { lintDocument } from '../../src/cli/lint/lint-document.js';
import { type LintJob, lintJob } from '../../src/cli/lint/lint-text.js';
import { applySeverities } from '../../src/cli/lint/severities.js';
import { applySuppressions, readSuppressions } from '../../src/cli/lint/suppressions.js';
import { parseDocuments } from '../../src/cli/source/documents.js';
import { readLintDocuments, readLintTexts } from '../../src/cli/source/read-documents.js';

const root = new URL('../../fixtures/manifests/', import.meta.url);
const FIXTURES = ['valid/', 'invalid/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => readFileSync(new URL(dir + f, root), 'utf8')),
);

/** lintJob as it was before the fast reader: the `yaml` package reads every document. */
function referenceLint(job: LintJob): DocumentReport[] {
  const suppressions = readSuppressions(job.text, job.firstLine);
  return parseDocuments(job.text, job.firstLine, { lastKeyWins: true }).map((doc, i) => {
    const report = lintDocument(job.file, i + 1, doc, job.options);
    const mine = suppressions.filter((s) => s.offset >= doc.from && s.offset < doc.to);
    const findings = applySeverities(
      applySuppressions(applySeverities(report.findings, job.options.rules), mine, job.file, i + 1),
      job.options.rules,
    );
    return { ...report, findings };
  });
}

/** Printed field paths to every node of a value, and a missing child of each. */
function fieldPaths(v: unknown, at = ''): string[] {
  const join = (k: string) => (at === '' ? k : `${at}.${k}`);
  if (Array.isArray(v)) return [`${at}[${v.length}]`, ...v.flatMap((x, i) => [`${at}[${i}]`, ...fieldPaths(x, `${at}[${i}]`)])];
  if (v && typeof v === 'object')
    return [join('missing'), ...Object.entries(v).flatMap(([k, x]) => [join(k), join(k.toUpperCase()), ...fieldPaths(x, join(k))])];
  return [];
}

/** Both readers agree on everything lint uses of a document. */
function expectSameDocuments(text: string, firstLine = 1): void {
  const slow = parseDocuments(text, firstLine, { lastKeyWins: true });
  const fast = readLintDocuments(text, firstLine);
  expect(fast.length).toBe(slow.length);
  fast.forEach((d, i) => {
    const s = slow[i] as (typeof slow)[number];
    expect(d.value).toStrictEqual(s.value);
    expect(d.problems).toStrictEqual(s.problems);
    expect([d.start, d.from, d.to]).toStrictEqual([s.start, s.from, s.to]);
    for (const path of ['', ...fieldPaths(s.value)]) expect(d.locate(path), path).toStrictEqual(s.locate(path));
  });
}

function expectSameLint(text: string): void {
  const job: LintJob = { file: 'm.yaml', text, firstLine: 3, options: {} };
  expect(lintJob(job)).toStrictEqual(referenceLint(job));
}

/** Manifest-like values: Kubernetes-ish keys, scalars of every kind, nested lists and maps. */
const scalar = fc.oneof(
  fc.constantFrom('yes', 'no', 'on', '0777', '0o17', '1_000', '1:30', '2001-12-14', '~', '', 'null', '*.example.com', '- x', '#', 'a: b'),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.constantFrom('apiVersion', 'kind', 'metadata', 'name', 'spec', 'dnsNames', 'a.b/c', 'yes', '1', '<<'),
  fc.string({ maxLength: 8 }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).node;
const certificate = fc.record({
  apiVersion: fc.constantFrom('cert-manager.io/v1', 'cert-manager.io/v1alpha2', 'v1'),
  kind: fc.constantFrom('Certificate', 'Issuer', 'ConfigMap', 'List'),
  metadata: fc.record({
    name: fc.constantFrom('web', 'a b', ''),
    annotations: fc.dictionary(key, fc.string({ maxLength: 6 }), { maxKeys: 2 }),
  }),
  spec: fc.record({ secretName: scalar, dnsNames: fc.array(scalar, { maxLength: 3 }), extra: value }, { requiredKeys: [] }),
});
/** One document's text, in one of the styles YAML writers produce. */
const documentText = fc
  .tuple(
    fc.oneof(certificate, value),
    fc.record({
      indent: fc.integer({ min: 1, max: 4 }),
      flowLevel: fc.constantFrom(-1, 1, 2),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      indentSeq: fc.boolean(),
    }),
  )
  .map(([v, o]) =>
    stringify(v, {
      version: '1.1',
      indent: o.indent,
      indentSeq: o.indentSeq,
      defaultStringType: o.defaultStringType as 'PLAIN',
      ...(o.flowLevel >= 0 ? { collectionStyle: 'block' as const } : {}),
    }),
  );
const separator = fc.constantFrom('---\n', '--- # next\n', '\n---\n', '# comment\n---\n', '---\n# cmapi-disable\n', '---\n\n');
const manifest = fc
  .tuple(fc.array(fc.tuple(separator, documentText), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([docs, leading]) => docs.map(([sep, d], i) => (i === 0 && !leading ? d : sep + d)).join(''));

/** What the fast reader leaves to the `yaml` reader, and plain text that could confuse a splitter. */
const TRICKY = [
  '&a ',
  '*a',
  '!!str ',
  '!custom ',
  '<<: ',
  '? ',
  '\t',
  '\r\n',
  '[',
  ']',
  '{',
  '}',
  '#',
  "'",
  '"',
  '|',
  '>',
  ': ',
  '- ',
  '---',
  '...',
  '%YAML 1.1\n',
  'yes',
  '0777',
  '~',
  '\n',
  '\n  ',
  '\ufeff',
  '# cmapi-disable-next-line\n',
  'a: [b,\nc]\n',
];
const mutated = fc
  .tuple(manifest, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TRICKY)), { minLength: 1, maxLength: 3 }))
  .map(([text, edits]) => {
    let out = text;
    for (const [at, token] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + token + out.slice(i);
    }
    return out;
  });

/** Reading several texts together (joined for js-yaml) gives what reading each alone with the yaml reader does. */
function expectSameTexts(texts: readonly string[]): void {
  const read = readLintTexts(texts.map((text, i) => ({ text, firstLine: 1 + i })));
  texts.forEach((text, i) => {
    const slow = parseDocuments(text, 1 + i, { lastKeyWins: true });
    const fast = read[i] ?? [];
    expect(fast.map((d) => [d.value, d.problems, d.start, d.from, d.to])).toStrictEqual(
      slow.map((d) => [d.value, d.problems, d.start, d.from, d.to]),
    );
    fast.forEach((d, j) => {
      const s = slow[j] as (typeof slow)[number];
      for (const path of ['', ...fieldPaths(s.value)]) expect(d.locate(path), path).toStrictEqual(s.locate(path));
    });
  });
}

describe('lint reads documents fast and the same', () => {
  test('on many files read together, whatever each holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(manifest, manifest, mutated, fc.constantFrom('', '\n', 'a: 1', 'k: |+\n  x\n\n', '# only\n')), { maxLength: 8 }),
        (texts) => expectSameTexts(texts),
      ),
      { seed: 16, numRuns: 200 },
    );
    expectSameTexts(FIXTURES);
  });

  test('on every manifest fixture, whole and as one multi-document file', () => {
    for (const text of FIXTURES) {
      expectSameDocuments(text);
      expectSameLint(text);
    }
    const all = FIXTURES.join('---\n');
    expectSameDocuments(all, 7);
    expectSameLint(all);
  });

  test('on generated manifests in many YAML styles', () => {
    fc.assert(
      fc.property(manifest, (text) => {
        expectSameDocuments(text);
        expectSameLint(text);
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  test('on manifests mutated with what only the yaml reader reads', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expectSameDocuments(text);
        expectSameLint(text);
      }),
      { seed: 16, numRuns: 400 },
    );
  });
});
