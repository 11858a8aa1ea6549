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
  // what js-yaml reads differently from the yaml reader, which the fast reader must notice
  '"x"#c',
  ']#c',
  '{a, ~}',
  '[a]: b\n',
  '~: x\n',
  '---k',
  '--- k: v\n',
  '|2\n',
  '-\n',
  'k:\n',
  'k: v\nk: w\n',
  '<<: *a\n',
  '?\n',
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

/**
 * Block-style YAML as people write it by hand, which a YAML writer does not produce: comments at
 * line ends, blank lines, compact and unindented lists, multi-line plain and quoted scalars, block
 * scalars with indicators, flow collections within a line, empty values, spaced `:`.
 */
const handPlain = fc.constantFrom(
  'a',
  'web-1',
  '2048',
  '1.5',
  '-0',
  '~',
  'null',
  'true',
  'yes',
  '0777',
  'a b',
  'a#b',
  'x:y',
  '*.example.com',
  'http://x/?a=b&c',
  'é',
  '---x',
  'a...',
  '<<',
);
const handQuoted = fc.constantFrom(
  '"a"',
  "'a'",
  '"yes"',
  '"a\\tb"',
  "'it''s'",
  '""',
  '"a # b"',
  '"multi\n  line"',
  "'two\n\n  lines'",
  '"x\\\n  y"',
);
const handFlow = fc.constantFrom(
  '[]',
  '{}',
  '[a, b]',
  '[a,b]',
  '{a: b, c: [d]}',
  '{a:b}',
  '{"a":b}',
  '[a: b]',
  '{a, b}',
  '[ a , "b" ]',
  '{a: {b: c}}',
);
const handComment = fc.constantFrom('', '', '', ' # c', '  #c');
const handKey = fc.constantFrom('a', 'b', 'name', 'spec', 'dnsNames', 'a b', '"a"', "'k'", '1', 'yes', '__proto__', 'a.b/c');
const handBlank = fc.constantFrom('', '', '', '\n', '\n# comment\n', '\n   \n');
const handBlockScalar = (ind: number) =>
  fc
    .tuple(
      fc.constantFrom('|', '>', '|-', '>-', '|+', '>+', '|2', '>1-'),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom('text', 'more text', '', '# not a comment', '---', 'a: b')), {
        minLength: 1,
        maxLength: 4,
      }),
      handComment,
    )
    .map(([h, lines, c]) => ` ${h}${c}\n${lines.map(([extra, t]) => (t === '' ? '' : ' '.repeat(ind + 2 + extra) + t)).join('\n')}\n`);
/** What follows `key:` or `- ` at indentation `ind`: a value on the same line, or block lines below. */
const handNode = (ind: number, depth: number): fc.Arbitrary<string> => {
  const pad = (n: number) => ' '.repeat(Math.max(0, n));
  const leaves = [
    fc.tuple(handPlain, handComment).map(([p, c]) => ` ${p}${c}\n`),
    fc.tuple(handQuoted, handComment).map(([q, c]) => ` ${q.replace(/\n/g, `\n${pad(ind + 1)}`)}${c}\n`),
    fc.tuple(handFlow, handComment).map(([f, c]) => ` ${f}${c}\n`),
    fc.constantFrom('\n', ' \n', ' # empty\n'),
    handBlockScalar(ind),
    fc.tuple(handPlain, handPlain).map(([a, b]) => ` ${a}\n${pad(ind + 2)}${b}\n`),
  ];
  if (depth <= 0) return fc.oneof(...leaves);
  const sub = ind + 2;
  const map = fc
    .array(fc.tuple(handBlank, handKey, fc.constantFrom(':', ' :'), handNode(sub, depth - 1)), { minLength: 1, maxLength: 4 })
    .map((es) => `\n${es.map(([b, k, colon, v]) => `${b}${pad(sub)}${k}${colon}${v}`).join('')}`);
  const list = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(handBlank, handNode(sub, depth - 1)), { minLength: 1, maxLength: 4 }))
    .map(([unindented, es]) => `\n${es.map(([b, v]) => `${b}${pad(unindented ? ind : sub)}-${v}`).join('')}`);
  const compact = fc
    .array(fc.tuple(handKey, handNode(sub + 2, depth - 1)), { minLength: 1, maxLength: 3 })
    .map((kvs) => `\n${pad(sub)}- ${kvs.map(([k, v], i) => `${i === 0 ? '' : pad(sub + 2)}${k}:${v}`).join('')}`);
  return fc.oneof(...leaves, map, map, list, compact);
};
const handDocument = fc
  .tuple(
    fc.constantFrom('', '# head\n', '--- # x\n'),
    fc.array(fc.tuple(handBlank, handKey, handNode(0, 3)), { minLength: 1, maxLength: 5 }),
  )
  .map(([head, es]) => head + es.map(([b, k, v]) => `${b}${k}:${v}`).join(''));
const handWritten = fc
  .array(fc.tuple(separator, handDocument), { minLength: 1, maxLength: 3 })
  .map((docs) => docs.map(([sep, d], i) => (i === 0 ? d : sep + d)).join(''));

/** Texts the fast reader once read differently from the yaml reader, each found by generating. */
const EDGE_CASES = [
  'a: "x"# c\n',
  'a: [x]# c\n',
  '--- a: b\n',
  '--- [a]\n---\n- [b, c]\n',
  '# comment\n---k:\n',
  `${'k'.repeat(1030)}: v\n`,
  'a: |2\n   text\n  text\n\n   \nb: 1\n',
  '-\n---\n--\ntrue\n',
  'a:\n---\nb: 1\n',
  '"a":\n# comment\n---\na: "a"\n',
  'a:\n# c\n\n# d\n\n---\nb: 1\n',
  '"a":\n-\n  -\n-\n    a: a\n      a\n',
  '{a, ~}\n',
  '{[a]}\n',
  '[: b]\n',
  '{: b}\n',
  '~: x\n',
  '[a]: b\n',
  '- {a: 1}\n- [b]\n',
  '[]\n---\n[]\n# comment\n\n---\n4.5e-244\n',
  '---\n{}\n\n\n---\nb: 1\n',
  'k: "\\\n \n "\nz: 1\n',
  'k: >+\n   \n #\nz: 1\n',
  '# c\n---k: v\n',
  'k: [a,#c]\n',
  'k: [a,#c\n  ]\n',
  'k: [a,\nb]\n',
];

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

  test('on hand-written block-style YAML, alone and mutated', () => {
    fc.assert(
      fc.property(handWritten, (text) => {
        expectSameDocuments(text);
        expectSameLint(text);
      }),
      { seed: 16, numRuns: 300 },
    );
    const handMutated = fc
      .tuple(handWritten, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TRICKY)), { minLength: 1, maxLength: 2 }))
      .map(([text, edits]) =>
        edits.reduce((out, [at, token]) => out.slice(0, at % (out.length + 1)) + token + out.slice(at % (out.length + 1)), text),
      );
    fc.assert(
      fc.property(handMutated, (text) => expectSameDocuments(text)),
      { seed: 16, numRuns: 300 },
    );
  });

  test('on the texts js-yaml reads differently from the yaml reader', () => {
    for (const text of EDGE_CASES) {
      expectSameDocuments(text);
      expectSameLint(text);
    }
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

// The one layout found where the two readers differ and the `yaml` package is the one that is
// wrong: a comment line, less indented than the value and after a blank line, between a key and
// its plain value. YAML (and js-yaml) read `{k: v, z: 1}`; the `yaml` package reads `v z` as a
// key and reports a syntax error. The fast reader keeps the correct reading (unless the document
// holds something else it leaves to the `yaml` package); should that package be fixed, the second
// expectation fails and this case joins the comparisons above.
test('a comment less indented than a value after a blank line: read as YAML says, where the yaml package alone fails', () => {
  const text = 'k:\n\n# comment\n  v\nz: 1\n';
  const [fast] = readLintDocuments(text, 1);
  expect(fast?.value).toStrictEqual({ k: 'v', z: 1 });
  expect(fast?.problems).toStrictEqual([]);
  const [slow] = parseDocuments(text, 1, { lastKeyWins: true });
  expect(slow?.problems.map((p) => p.type)).toStrictEqual(['SyntaxError']);
});
