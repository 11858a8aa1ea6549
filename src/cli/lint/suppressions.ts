import type { Finding } from './findings.js';

/** The rule ID of a suppression comment that suppressed nothing. */
export const UNUSED_SUPPRESSION_RULE = 'UNUSED-SUPPRESSION';

/** A `# cmapi-disable…` comment. */
export interface Suppression {
  /** `next-line` suppresses findings on the line below; `document`, in the whole document. */
  readonly scope: 'next-line' | 'document';
  /** The rule IDs (or finding types) it names; empty for every rule. */
  readonly rules: readonly string[];
  readonly line: number;
  readonly column: number;
  /** Offset of the comment in the text it was read from. */
  readonly offset: number;
}

/** A comment (`#` at a line start or after a blank) starting `cmapi-disable` or `cmapi-disable-next-line`. */
const DIRECTIVE = /(^|[ \t])#[ \t]*cmapi-disable(-next-line)?(?=[ \t\r]|$)([^\r\n]*)/gm;

/**
 * Finds the suppression comments of a text: `# cmapi-disable-next-line RULE[, RULE] -- reason`
 * and `# cmapi-disable RULE[, RULE] -- reason` (for the document it is in).
 * @param firstLine - the line number of the text's first line
 */
export function readSuppressions(text: string, firstLine: number): Suppression[] {
  if (!text.includes('cmapi-disable')) return [];
  const out: Suppression[] = [];
  let line = firstLine;
  let counted = 0;
  let lineStart = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const offset = m.index + (m[1] ?? '').length;
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
      counted = nl + 1;
    }
    const body = (m[3] ?? '').split(/\s--(?:\s|$)/)[0] ?? '';
    const rules = body.split(/[\s,]+/).filter((r) => r !== '');
    out.push({ scope: m[2] ? 'next-line' : 'document', rules, line, column: offset - lineStart + 1, offset });
  }
  return out;
}

/**
 * Drops the findings the suppressions cover and reports each suppression that covered none
 * (UNUSED-SUPPRESSION, a warning), as eslint reports unused disable directives.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  file: string,
  document: number,
): Finding[] {
  if (suppressions.length === 0) return [...findings];
  const used = new Set<Suppression>();
  const kept = findings.filter((f) => {
    const by = suppressions.find((s) => (s.scope === 'document' || s.line + 1 === f.line) && covers(s, f));
    if (by) used.add(by);
    return by === undefined;
  });
  for (const s of suppressions) {
    if (used.has(s)) continue;
    const what = s.rules.length > 0 ? s.rules.join(', ') : 'every rule';
    const where = s.scope === 'document' ? 'in this document' : 'on the next line';
    kept.push({
      file,
      document,
      line: s.line,
      column: s.column,
      severity: 'warning',
      type: 'Warning',
      field: '',
      message: `unused suppression: no finding of ${what} ${where}; remove the comment`,
      rule: UNUSED_SUPPRESSION_RULE,
    });
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}

function covers(s: Suppression, f: Finding): boolean {
  return s.rules.length === 0 || s.rules.some((r) => r === f.rule || r === f.type);
}
