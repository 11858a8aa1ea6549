import { identify, renderFieldError, validate, type FeatureGates } from '../../index.js';
import { isNotServedWarning } from '../../validation/served.js';
import type { SourceDocument } from '../source/documents.js';
import { type DocumentReport, type Finding, ruleOf } from './findings.js';

/** Options of `cmapi lint` that reach the checks. Plain data: they travel to worker threads. */
export interface LintOptions {
  readonly featureGates?: FeatureGates;
  /** Report fields the schema does not know as warnings rather than errors. */
  readonly allowUnknownFields?: boolean;
}

/**
 * Lints one parsed document: its own problems (syntax, YAML surprises), then each cert-manager
 * object in it (the document, or the items of a core `v1 List`). Other kinds are counted as skipped.
 * @param file - the file name findings carry
 * @param index - the document's number in its file, from 1
 */
export function lintDocument(file: string, index: number, doc: SourceDocument, options: LintOptions): DocumentReport {
  const findings: Finding[] = doc.problems.map((p) => ({
    file,
    document: index,
    ...p.position,
    severity: p.severity,
    type: p.type,
    field: '',
    message: p.message,
  }));
  let checked = 0;
  let skipped = 0;
  if (!doc.problems.some((p) => p.severity === 'error')) {
    for (const { value, prefix } of units(doc.value)) {
      if (!identify(value).ok && !claimsCertManager(value)) {
        skipped++;
        continue;
      }
      checked++;
      const r = validate(value, { featureGates: options.featureGates ?? {} });
      for (const e of r.errors) {
        const field = joinPath(prefix, e.field);
        const unknownAsWarning = options.allowUnknownFields === true && e.type === 'FieldValueUnknown';
        const rule = ruleOf(e);
        findings.push({
          file,
          document: index,
          ...doc.locate(field),
          severity: unknownAsWarning ? 'warning' : 'error',
          type: e.type,
          field,
          message: renderFieldError({ ...e, field: '' }),
          ...(rule ? { rule } : {}),
        });
      }
      // API-VERSION-NOT-SERVED is reported by lint itself (as an error at apiVersion): not here.
      for (const w of r.warnings.filter((x) => !isNotServedWarning(x))) {
        findings.push({ file, document: index, ...doc.locate(prefix), severity: 'warning', type: 'Warning', field: prefix, message: w });
      }
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { index, start: doc.start, title: title(doc.value), checked, skipped, findings };
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

/** `Certificate/web`, `List`, or `document` when the document has no kind. */
function title(value: unknown): string {
  const v = value as { kind?: unknown; metadata?: { name?: unknown } } | null;
  const kind = v && typeof v.kind === 'string' ? v.kind : '';
  const name = v && typeof v.metadata === 'object' && v.metadata && typeof v.metadata.name === 'string' ? v.metadata.name : '';
  if (kind && name) return `${kind}/${name}`;
  return kind || name || 'document';
}
