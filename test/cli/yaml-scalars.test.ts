// lint reads documents with js-yaml first and falls back to the `yaml` package (which positions
// findings); both must read every YAML 1.1 scalar as kubectl does, the same way.
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/cli/source/documents.js';
import { readFast } from '../../src/cli/source/fast-read.js';
import { readLintDocuments } from '../../src/cli/source/read-documents.js';

/** Plain scalars of every YAML 1.1 family, and strings that look like them. */
const PLAIN = [
  // booleans, every spelling YAML 1.1 has, and near misses
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'],
  ...['on', 'On', 'ON', 'off', 'Off', 'OFF', 'yES', 'tRUE', 'oN', 'nO', 'yess', 'truee', 'offf', 'e', 'E'],
  // nulls
  ...['~', 'null', 'Null', 'NULL', 'nULL', 'nil', 'None'],
  // integers in every base, with signs and separators
  ...[
    '0',
    '-0',
    '+0',
    '7',
    '-7',
    '+7',
    '42',
    '1_000',
    '1__0',
    '007',
    '0777',
    '-0777',
    '+0777',
    '08',
    '09',
    '0_7',
    '0b1010',
    '-0b1',
    '0b1_0',
  ],
  ...['0b2', '0x1F', '0xff', '-0x1f', '+0x_1', '0x', '0xg', '0o17', '-0o17', '0o8', '12345678901234567890', '9007199254740993'],
  // floats, special values and near misses
  ...['1.5', '-1.5', '+1.5', '1.', '.5', '-.5', '1e3', '1E3', '1e+3', '1.5e-3', '-1.5E-3', '1_000.5', '1.2.3', '1e', 'e5', '.e5'],
  ...['.', '-.', '._', '.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan', '.NaN', '.NAN', '.iNf', 'inf', 'nan', 'NaN', 'Infinity'],
  // sexagesimal numbers and timestamps, which kubectl reads as strings
  ...['1:30', '190:20:30.15', '-1:30', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2002-12-14T00:00:00Z'],
  // strings that look like numbers, durations and versions
  ...['2160h', '90m', '1h30m', '1_', '_1', '+', '-', '0.0.0.0', '10.0.0.1', '1e3x', 'v1', '1.21', '1.20', '3.10'],
  // ordinary strings
  ...['web', 'cert-manager.io/v1', 'a b c', "it's", 'x: y', 'a#b', 'trailing # comment'],
];

/** Scalars that are not plain: quoted and block forms, which are always strings. */
const OTHER = [
  `'yes'`,
  `"yes"`,
  `'0777'`,
  `"0x1F"`,
  `'it''s'`,
  `"tab\\tand\\nnewline \\u00e9 \\x41"`,
  `"~"`,
  `''`,
  `""`,
  `"multi\n  line"`,
  `'multi\n\n  line'`,
  `|\n  line 1\n  line 2\n`,
  `|-\n  kept\n\n`,
  `|+\n  kept\n\n`,
  `>\n  folded\n  text\n\n  para\n`,
  `>-\n  folded\n`,
  `|2\n    indented\n`,
  `plain\n  continued\n  lines`,
];

/** Each scalar as a mapping value, a list item, a flow list item and a mapping key. */
function texts(scalar: string): string[] {
  const out = [`value: ${scalar}\n`, `- ${scalar}\n`];
  if (!scalar.includes('\n')) out.push(`list: [${scalar}]\n`, `${scalar}: value\n`);
  return out;
}

function slowValue(text: string): unknown {
  const docs = parseDocuments(text, 1, { lastKeyWins: true });
  return docs.length === 0 ? undefined : docs[0]?.value;
}

describe('YAML 1.1 scalars', () => {
  test('the fast reader and the yaml reader read every scalar of the corpus the same way', () => {
    let fast = 0;
    let total = 0;
    for (const scalar of [...PLAIN, ...OTHER]) {
      for (const text of texts(scalar)) {
        total++;
        const slow = parseDocuments(text, 1, { lastKeyWins: true });
        const read = readFast(text);
        if (read === undefined) {
          // Left to the yaml reader: only for what it reports or reads specially.
          continue;
        }
        fast++;
        expect(read.kind, text).toBe(slow.length === 0 ? 'empty' : 'value');
        if (read.kind === 'value') {
          expect(slow[0]?.problems, text).toEqual([]);
          expect(read.value, text).toStrictEqual(slow[0]?.value);
        }
        // and lint's reader gives what the yaml reader gives, whichever reads it
        const docs = readLintDocuments(text, 1);
        expect(docs.map((d) => d.value)).toStrictEqual(slow.map((d) => d.value));
        expect(docs.map((d) => d.problems)).toStrictEqual(slow.map((d) => d.problems));
      }
    }
    // The fast reader handles all but the scalars that YAML 1.2 reads differently (warned about).
    expect(fast).toBeGreaterThan(total * 0.75);
  });

  test('numbers keep their sign and value exactly (-0, NaN, large integers)', () => {
    for (const scalar of ['-0', '+0', '.nan', '-.inf', '12345678901234567890', '1e3', '1.5']) {
      const text = `value: ${scalar}\n`;
      const read = readFast(text);
      expect(read?.kind, scalar).toBe('value');
      const v = (read as { value: { value: unknown } }).value.value;
      expect(Object.is(v, (slowValue(text) as { value: unknown }).value), scalar).toBe(true);
    }
  });

  test('scalars that YAML 1.2 reads differently are left to the yaml reader, which warns', () => {
    for (const scalar of ['yes', 'off', 'y', '0777', '0o17', '0b11', '1_000']) {
      expect(readFast(`value: ${scalar}\n`), scalar).toBeUndefined();
      const [doc] = readLintDocuments(`value: ${scalar}\n`, 1);
      expect(
        doc?.problems.map((p) => p.type),
        scalar,
      ).toEqual(['YamlWarning']);
    }
  });
});
