import { identify, renderFieldError, validate, type FeatureGates } from '../../index.js';
import type { SourceDocument } from '../source/documents.js';

/** One thing `cmapi lint` reports, at a place in a file. */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: 'error' | 'warning';
  /** A Kubernetes error type, or `SyntaxError` / `Warning` for problems of the file itself. */
  readonly type: string;
  readonly field: string;
  readonly message: string;
}

/** What linting one file found. */
export interface FileReport {
  readonly file: string;
  readonly findings: Finding[];
  /** cert-manager documents checked. */
  readonly checked: number;
  /** Documents of other kinds, skipped. */
  readonly skipped: number;
}

export interface LintOptions {
  readonly featureGates?: FeatureGates;
  readonly allowUnknownFields?: boolean;
}

/** Lint the documents of one file. */
export function lintDocuments(file: string, docs: readonly SourceDocument[], options: LintOptions): FileReport {
  const findings: Finding[] = [];
  let checked = 0;
  let skipped = 0;
  for (const doc of docs) {
    for (const p of doc.problems) {
      findings.push({ file, ...p.position, severity: p.severity, type: p.severity === 'error' ? 'SyntaxError' : 'Warning', field: '', message: p.message });
    }
    if (doc.problems.some((p) => p.severity === 'error')) continue;
    for (const { value, prefix } of units(doc.value)) {
      if (!identify(value).ok && !claimsCertManager(value)) {
        skipped++;
        continue;
      }
      checked++;
      const r = validate(value, { featureGates: options.featureGates ?? {} });
      for (const e of r.errors) {
        const field = joinPath(prefix, e.field);
        const unknownAsWarning = options.allowUnknownFields && e.type === 'FieldValueUnknown';
        findings.push({ file, ...doc.locate(field), severity: unknownAsWarning ? 'warning' : 'error', type: e.type, field, message: renderFieldError({ ...e, field: '' }) });
      }
      for (const w of r.warnings) findings.push({ file, ...doc.locate(prefix), severity: 'warning', type: 'Warning', field: prefix, message: w });
    }
  }
  return { file, findings, checked, skipped };
}

/** A document, or the items of a core `v1 List` (whose items may be of any kind). */
function units(value: unknown): { value: unknown; prefix: string }[] {
  const v = value as { apiVersion?: unknown; kind?: unknown; items?: unknown } | null;
  if (v && v.apiVersion === 'v1' && v.kind === 'List' && Array.isArray(v.items)) {
    return v.items.map((item, i) => ({ value: item, prefix: `items[${i}]` }));
  }
  return [{ value, prefix: '' }];
}

function joinPath(prefix: string, field: string): string {
  if (!prefix) return field;
  return field ? `${prefix}.${field}` : prefix;
}

/** A document whose apiVersion names a cert-manager group: checked even when its version or kind is unknown. */
function claimsCertManager(value: unknown): boolean {
  const apiVersion = (value as { apiVersion?: unknown } | null)?.apiVersion;
  return typeof apiVersion === 'string' && /^(acme\.)?cert-manager\.io\//.test(apiVersion);
}
