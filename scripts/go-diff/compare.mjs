// Runs the inputs through both harnesses and compares the answers.
//   node compare.mjs <inputs.jsonl> <go-harness> <node-harness.mjs> <out-dir>
// Writes <out-dir>/summary.md (one row per function) and <out-dir>/differences.json, and prints
// the summary. An accept/reject difference is a disagreement on `ok` or on the failure kind; a
// value difference is a disagreement on the normalised value of an input both accept. Inputs in
// one of the known non-differences (see README.md) are counted in their own column.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [inputsFile, goHarness, nodeHarness, outDir] = process.argv.slice(2);
const inputs = readFileSync(inputsFile, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const stdin = readFileSync(inputsFile);

function answers(cmd, args) {
  const r = spawnSync(cmd, args, { input: stdin, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const byN = new Map();
  for (const line of r.stdout.toString('utf8').split('\n')) if (line !== '') byN.set(JSON.parse(line).n, JSON.parse(line));
  return byN;
}
const go = answers(goHarness, []);
const node = answers(process.execPath, [nodeHarness]);

// Go reads a lone surrogate in the JSON input as U+FFFD: compare strings in that form.
const wellFormed = (_, v) => (typeof v === 'string' ? v.toWellFormed() : v);
const same = (a, b) => JSON.stringify(a ?? null, wellFormed) === JSON.stringify(b ?? null, wellFormed);

/** The known non-differences: each a test on (input, Go's answer, cmapi's answer). */
/** Go's quoted text with the escapes of characters that cmapi printed as they are undone. */
function unescapeWhereRaw(goQuoted, cmapiQuoted) {
  return goQuoted.replace(/\\u([0-9a-f]{4})|\\U([0-9a-f]{8})/g, (whole, u, big) => {
    const ch = String.fromCodePoint(Number.parseInt(u ?? big, 16));
    return cmapiQuoted.includes(ch) ? ch : whole;
  });
}

/** The known non-differences: each a test on (input, Go's answer, cmapi's answer). */
const KNOWN = [
  {
    // Go's time.LoadLocation opens files (posixrules, localtime, right/UTC, ./UTC); cmapi knows IANA names.
    name: 'time-zone names that exist only as files',
    test: (i, g, c) => g.ok && !c.ok && (i.fn === 'tz' || (i.fn === 'cron' && /TZ=/.test(i.text ?? ''))),
  },
  {
    // Go 1.26's unicode tables are Unicode 15.0; the JavaScript runtime's are newer.
    name: 'characters newer than Unicode 15.0 in strconv.Quote',
    test: (i, g, c) => i.fn === 'quote' && g.ok && c.ok && unescapeWhereRaw(String(g.value), String(c.value)) === c.value,
  },
  {
    name: 'Latin-1 decoding of a host only tested for emptiness',
    test: (i, g, c) =>
      i.fn === 'url' &&
      g.ok &&
      c.ok &&
      g.value?.[0] === c.value?.[0] &&
      g.value?.[2] === c.value?.[2] &&
      (g.value?.[1] === '') === (c.value?.[1] === '') &&
      /%[89a-fA-F]/.test(i.text ?? ''),
  },
  {
    name: 'a PEM header value trimmed of a lone 0xA0 byte',
    test: (i, g, c) => i.fn === 'pem' && g.ok && c.ok && /a0/.test(String(g.value?.[1] ?? '')) && g.value?.[2] === c.value?.[2],
  },
];

const rows = new Map();
const differences = [];
for (const input of inputs) {
  const g = go.get(input.n) ?? { ok: false, kind: 'missing' };
  const c = node.get(input.n) ?? { ok: false, kind: 'missing' };
  const row = rows.get(input.fn) ?? { inputs: 0, acceptReject: 0, value: 0, known: 0 };
  rows.set(input.fn, row);
  row.inputs++;
  const verdict =
    g.ok !== c.ok || (!g.ok && (g.kind ?? '') !== (c.kind ?? '')) ? 'accept/reject' : g.ok && !same(g.value, c.value) ? 'value' : undefined;
  if (verdict === undefined) continue;
  const known = KNOWN.find((k) => k.test(input, g, c));
  if (known !== undefined) row.known++;
  else if (verdict === 'accept/reject') row.acceptReject++;
  else row.value++;
  differences.push({ fn: input.fn, verdict, known: known?.name, input: input.text ?? { base64: input.bytes }, go: g, cmapi: c });
}

const table = [
  '| function | inputs | accept/reject differences | value differences | known non-differences |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...[...rows].map(([fn, r]) => `| ${fn} | ${r.inputs} | ${r.acceptReject} | ${r.value} | ${r.known} |`),
].join('\n');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'summary.md'), `${table}\n`);
writeFileSync(join(outDir, 'differences.json'), `${JSON.stringify(differences, null, 1)}\n`);
process.stdout.write(`${table}\n`);
