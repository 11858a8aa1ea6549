import { type FeatureGates, identify, renderFieldError, validate } from '../../index.js';
import { preservationProblems } from '../../conversion/problems.js';
import { isNotServedWarning, NOT_SERVED_RULE } from '../../validation/served.js';
import type { LintDocument } from '../source/read-documents.js';
import { type DocumentReport, type Finding, ruleOf } from './findings.js';
import type { RuleSeverities } from './severities.js';

/** Options of `cmapi lint` that reach the checks. Plain data: they travel to worker threads. */
export interface LintOptions {
  readonly featureGates?: FeatureGates;
  /** Report fields the schema does not know as warnings rather than errors. */
  readonly allowUnknownFields?: boolean;
  /** The cert-manager release to check against (`v1.14`, `master`); validate's default when absent. */
  readonly certManagerVersion?: string;
  /** Severity overrides by rule ID (or finding type), from the configuration file. */
  readonly rules?: RuleSeverities;
}

/** The rule ID of an object that names its kind but not its apiVersion, or the reverse. */
export const TYPE_META_RULE = 'OBJECT-TYPE-META';

/**
 * Lints one parsed document: its own problems (syntax, YAML surprises), then each cert-manager
 * object in it (the document, or the items of a core `v1 List`). Other kinds are counted as
 * skipped. A document with neither `apiVersion` nor `kind` (a workflow, a compose file, Helm
 * values) is not a Kubernetes object: only what stops it being read is reported.
 * @param file - the file name findings carry
 * @param index - the document's number in its file, from 1
 */
export function lintDocument(file: string, index: number, doc: LintDocument, options: LintOptions): DocumentReport {
  const kubernetes = doc.value === undefined || isKubernetesLike(doc.value);
  const findings: Finding[] = doc.problems
    .filter((p) => kubernetes || p.severity === 'error')
    .map((p) => ({
      file,
      document: index,
      ...p.position,
      severity: p.severity,
      type: p.type,
      field: '',
      message: p.message,
      ...(p.rule ? { rule: p.rule } : {}),
    }));
  let checked = 0;
  let skipped = 0;
  if (kubernetes && !doc.problems.some((p) => p.severity === 'error')) {
    for (const { value, prefix } of units(doc.value)) {
      const missing = missingTypeMeta(value);
      if (missing) {
        // OBJECT-TYPE-META: kubectl refuses an object without apiVersion or kind.
        const field = joinPath(prefix, missing.absent);
        const message = `${missing.present} is set but ${missing.absent} is not: kubectl cannot tell what object this is`;
        findings.push({
          file,
          document: index,
          ...doc.locate(joinPath(prefix, missing.present)),
          severity: 'error',
          type: 'FieldValueRequired',
          field,
          message,
          rule: TYPE_META_RULE,
        });
        continue;
      }
      if (!identify(value).ok && !claimsCertManager(value)) {
        skipped++;
        continue;
      }
      checked++;
      const r = validate(value, {
        featureGates: options.featureGates ?? {},
        ...(options.certManagerVersion ? { certManagerVersion: options.certManagerVersion } : {}),
      });
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
      for (const p of preservationProblems(value)) findings.push(ignoredRecord(file, index, doc, p, prefix));
      for (const w of r.warnings) {
        if (isNotServedWarning(w)) findings.push(notServed(file, index, doc, value, prefix));
        else
          findings.push({ file, document: index, ...doc.locate(prefix), severity: 'warning', type: 'Warning', field: prefix, message: w });
      }
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  return { index, start: doc.start, title: title(doc.value), checked, skipped, kubernetes, findings };
}

/**
 * API-VERSION-NOT-SERVED: validate warns (a conversion webhook still reads these versions), but
 * `kubectl apply` of the manifest fails, so lint makes it an error at the apiVersion line, with
 * the command that fixes the file.
 */
function notServed(file: string, index: number, doc: LintDocument, value: unknown, prefix: string): Finding {
  const apiVersion = String((value as { apiVersion?: unknown }).apiVersion);
  const group = apiVersion.slice(0, apiVersion.indexOf('/'));
  const field = joinPath(prefix, 'apiVersion');
  const target = file === '<stdin>' ? '-' : shellWord(file);
  return {
    file,
    document: index,
    ...doc.locate(field),
    severity: 'error',
    type: 'FieldValueNotSupported',
    field,
    message:
      `${apiVersion} is not served by cert-manager since v1.6 and not in its CRDs since v1.7: kubectl apply fails with ` +
      `"no matches for kind". Fix: cmapi convert --to ${group}/v1 ${target}`,
    rule: NOT_SERVED_RULE,
  };
}

/** The rule ID of a preservation record that conversion would ignore. */
export const IGNORED_RECORD_RULE = 'PRESERVATION-RECORD-IGNORED';

/**
 * PRESERVATION-RECORD-IGNORED: a `conversion.cmapi.io/…` annotation that conversion would not
 * use (stale, malformed, touching fields a record may never touch, or not bound to this object),
 * as a warning at the annotation's key.
 */
function ignoredRecord(file: string, index: number, doc: LintDocument, problem: string, prefix: string): Finding {
  const m = /^((?:items\[\d+\]: )?)(metadata\.annotations\[[^\]]*\]): /.exec(problem);
  const item = m?.[1] ? m[1].slice(0, -2) : '';
  const field = m ? joinPath(joinPath(prefix, item), m[2] as string) : prefix;
  const message = m ? problem.slice(m[0].length) : problem;
  return { file, document: index, ...doc.locate(field), severity: 'warning', type: 'Warning', field, message, rule: IGNORED_RECORD_RULE };
}

/** A file name as one shell word (single-quoted when it holds anything but safe characters). */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

/** A mapping with an `apiVersion` or a `kind` that looks like Kubernetes': meant as a Kubernetes object. */
function isKubernetesLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (typeof v.apiVersion === 'string' && API_VERSION.test(v.apiVersion)) || (typeof v.kind === 'string' && KIND.test(v.kind));
}

/** What a Kubernetes kind (`Certificate`) and apiVersion (`v1`, `cert-manager.io/v1alpha2`) look like. */
const KIND = /^[A-Z][A-Za-z0-9]*$/;
const API_VERSION = /^([a-z0-9][a-z0-9.-]*\/)?v[0-9]+((alpha|beta)[0-9]+)?$/;

/**
 * For an object with exactly one of `apiVersion` and `kind`, the one present looking like a
 * Kubernetes one: which it has and which it lacks. Other files that use a `kind` key for their own
 * purposes (`kind: conversion`) are not Kubernetes objects.
 */
function missingTypeMeta(value: unknown): { present: string; absent: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const has = (k: string) => Object.hasOwn(v, k) && v[k] !== null && v[k] !== '';
  if (has('apiVersion') === has('kind')) return undefined;
  if (has('kind')) return typeof v.kind === 'string' && KIND.test(v.kind) ? { present: 'kind', absent: 'apiVersion' } : undefined;
  return typeof v.apiVersion === 'string' && API_VERSION.test(v.apiVersion) ? { present: 'apiVersion', absent: 'kind' } : undefined;
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
