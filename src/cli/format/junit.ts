import { type DocumentReport, type FileReport, type Finding, totals } from '../lint/findings.js';

/**
 * JUnit XML, as CI systems show test results: a test suite per file and a test case per document.
 * A document with errors fails (a syntax error is an `<error>`, field errors a `<failure>`), a
 * document with no cert-manager object is skipped, and warnings go to the case's `<system-out>`.
 */
export function formatJunit(reports: readonly FileReport[]): string {
  const t = totals(reports);
  const docs = reports.flatMap((r) => r.documents);
  const count = (f: (d: DocumentReport) => boolean) => docs.filter(f).length;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cmapi lint" tests="${t.documents}" failures="${count(failed)}" errors="${count(broken)}" skipped="${count(skipped)}">`,
  ];
  for (const r of reports) {
    const n = (f: (d: DocumentReport) => boolean) => r.documents.filter(f).length;
    out.push(
      `  <testsuite name="${attr(r.file)}" tests="${r.documents.length}" failures="${n(failed)}" errors="${n(broken)}" skipped="${n(skipped)}">`,
    );
    for (const d of r.documents) out.push(...testCase(r.file, d));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

const isError = (f: Finding) => f.severity === 'error';
const broken = (d: DocumentReport) => d.findings.some((f) => isError(f) && f.type === 'SyntaxError');
const failed = (d: DocumentReport) => !broken(d) && d.findings.some(isError);
const skipped = (d: DocumentReport) => !broken(d) && d.checked === 0;

function testCase(file: string, d: DocumentReport): string[] {
  const name = `${d.title} (document ${d.index}, line ${d.start.line})`;
  const open = `    <testcase name="${attr(name)}" classname="${attr(file)}">`;
  const errors = d.findings.filter(isError);
  const warnings = d.findings.filter((f) => !isError(f));
  const body: string[] = [];
  if (broken(d)) body.push(`      <error message="${attr(errors[0]?.message ?? '')}" type="SyntaxError">${text(lines(errors))}</error>`);
  else if (errors.length > 0)
    body.push(
      `      <failure message="${attr(`${errors.length} error(s)`)}" type="${attr(errors[0]?.type ?? '')}">${text(lines(errors))}</failure>`,
    );
  else if (skipped(d)) body.push('      <skipped message="no cert-manager object in this document"/>');
  if (warnings.length > 0) body.push(`      <system-out>${text(lines(warnings))}</system-out>`);
  return body.length === 0 ? [`${open.slice(0, -1)}/>`] : [open, ...body, '    </testcase>'];
}

function lines(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.field ? `${f.field}: ` : ''}${f.message} [${f.rule ?? f.type}]`)
    .join('\n');
}

/** Escapes text content; characters XML 1.0 cannot hold at all are dropped. */
function text(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** Escapes an attribute value (in double quotes). */
function attr(s: string): string {
  return text(s).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;');
}
