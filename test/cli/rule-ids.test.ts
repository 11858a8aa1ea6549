import { describe, expect, test } from 'vitest';
import { formatGithub } from '../../src/cli/format/github.js';
import { formatSarif } from '../../src/cli/format/sarif.js';
import { formatText } from '../../src/cli/format/text.js';
import { type FileReport, ruleOf } from '../../src/cli/lint/findings.js';
import type { FieldError } from '../../src/index.js';

/** A report as lint builds it, with one finding that carries a rule ID and one that does not. */
const reports: FileReport[] = [
  {
    file: 'a.yaml',
    documents: [
      {
        index: 1,
        start: { line: 1, column: 1 },
        title: 'Certificate/web',
        checked: 1,
        skipped: 0,
        kubernetes: true,
        findings: [
          {
            file: 'a.yaml',
            document: 1,
            line: 6,
            column: 3,
            severity: 'error',
            type: 'FieldValueRequired',
            field: 'spec.secretName',
            message: 'Required value',
            rule: 'CERT-SECRETNAME-REQUIRED',
          },
          {
            file: 'a.yaml',
            document: 1,
            line: 9,
            column: 3,
            severity: 'error',
            type: 'FieldValueUnknown',
            field: 'spec.bogus',
            message: 'Unknown field',
          },
        ],
      },
    ],
  },
];

describe('rule IDs travel from field errors to every format', () => {
  test('ruleOf reads an optional rule property of a FieldError', () => {
    const e: FieldError = { type: 'FieldValueRequired', field: 'spec.secretName', detail: 'x' };
    expect(ruleOf(e)).toBeUndefined();
    expect(ruleOf({ ...e, rule: 'CERT-SECRETNAME-REQUIRED' } as FieldError)).toBe('CERT-SECRETNAME-REQUIRED');
    expect(ruleOf({ ...e, rule: 42 } as unknown as FieldError)).toBeUndefined();
  });

  test('SARIF files results under the rule ID, or the error type where there is none', () => {
    const log = JSON.parse(formatSarif(reports, { version: '1.0.0', release: 'master', skippedFiles: {} })) as {
      runs: {
        tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } };
        results: { ruleId: string; ruleIndex: number }[];
      }[];
    };
    const run = log.runs[0];
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(['CERT-SECRETNAME-REQUIRED', 'FieldValueUnknown']);
    expect(run?.tool.driver.rules[0]?.shortDescription.text).toContain('CERT-SECRETNAME-REQUIRED');
    expect(run?.results.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['CERT-SECRETNAME-REQUIRED', 0],
      ['FieldValueUnknown', 1],
    ]);
  });

  test('text and github output name the rule beside the error type', () => {
    expect(formatText(reports, { colour: false, release: 'master', skippedFiles: {} })).toContain(
      'spec.secretName: Required value  CERT-SECRETNAME-REQUIRED FieldValueRequired\n',
    );
    expect(formatGithub(reports, { release: 'master', skippedFiles: {} })).toContain(
      'title=CERT-SECRETNAME-REQUIRED (FieldValueRequired)::spec.secretName: Required value\n',
    );
  });
});
