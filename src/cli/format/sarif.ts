import type { Log, ReportingDescriptor, Result } from 'sarif';
import { allFindings, type FileReport, type Finding } from '../lint/findings.js';
import { type FormatContext, ruleKey } from './types.js';

/** What each kind of finding without a rule ID is about. */
const TYPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  SyntaxError: 'The document is not valid YAML or JSON, or cannot be read safely.',
  YamlWarning: 'A YAML construct that kubectl reads differently from what it looks like.',
  Warning: "A warning of cert-manager's admission webhook.",
  FieldValueUnknown: 'A field the schema of this API version does not declare; the API server would drop it or reject it.',
};

/**
 * SARIF 2.1.0, as GitHub code scanning ingests it: one run of the `cmapi` tool, a rule per rule ID
 * (or error type where a check has no ID), and a result per finding with its file, line and column.
 */
export function formatSarif(reports: readonly FileReport[], context: Pick<FormatContext, 'version' | 'release' | 'skippedFiles'>): string {
  const findings = allFindings(reports);
  const ids = [...new Set(findings.map(ruleKey))].sort();
  const rules = ids.map((id) => descriptor(id, findings.find((f) => ruleKey(f) === id) as Finding));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cmapi', version: context.version, semanticVersion: context.version, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { SRCROOT: { description: { text: 'The directory cmapi lint ran in.' } } },
        results: findings.map((f) => result(f, ids.indexOf(ruleKey(f)))),
        properties: { certManagerVersion: context.release, skippedFiles: context.skippedFiles },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** What each rule ID that `cmapi lint` itself reports (rather than validate) is about. */
const LINT_RULES: Readonly<Record<string, string>> = {
  'YAML-DUPLICATE-KEY': 'A mapping key repeats; kubectl keeps the last value and drops the earlier ones.',
  'YAML-TOO-DEEP': 'The document nests collections deeper than cmapi reads.',
  'OBJECT-TYPE-META': 'An object names its kind but not its apiVersion, or the reverse; kubectl refuses it.',
  'API-VERSION-NOT-SERVED': 'An API version no supported cert-manager release serves; kubectl apply fails with "no matches for kind".',
  'UNUSED-SUPPRESSION': 'A cmapi-disable comment that suppresses no finding.',
};

function descriptor(id: string, example: Finding): ReportingDescriptor {
  const text = example.rule
    ? (LINT_RULES[example.rule] ?? `cert-manager validation rule ${example.rule} (spec/validation.md).`)
    : (TYPE_DESCRIPTIONS[id] ?? `A field error of type ${id}, as the API server or cert-manager's webhook reports it.`);
  return {
    id,
    name: id,
    shortDescription: { text },
    defaultConfiguration: { level: example.severity === 'warning' && example.type !== 'FieldValueUnknown' ? 'warning' : 'error' },
  };
}

function result(f: Finding, ruleIndex: number): Result {
  return {
    ruleId: ruleKey(f),
    ruleIndex,
    level: f.severity,
    message: { text: f.field ? `${f.field}: ${f.message}` : f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.file), uriBaseId: 'SRCROOT' },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
    properties: { type: f.type, field: f.field, document: f.document },
  };
}

/** A relative URI reference for a file name (forward slashes, each segment percent-encoded). */
function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}
