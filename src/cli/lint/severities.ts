import type { Finding } from './findings.js';

/** A rule's configured severity, as eslint spells it. */
export type RuleSetting = 'off' | 'warn' | 'error';

/** Severity overrides by rule ID, or by finding type for findings without a rule ID. */
export type RuleSeverities = Readonly<Record<string, RuleSetting>>;

/** The configured setting for a finding: its rule ID's, else its type's. */
export function settingOf(f: Pick<Finding, 'rule' | 'type'>, rules: RuleSeverities | undefined): RuleSetting | undefined {
  if (!rules) return undefined;
  if (f.rule !== undefined && Object.hasOwn(rules, f.rule)) return rules[f.rule];
  return Object.hasOwn(rules, f.type) ? rules[f.type] : undefined;
}

/** Applies configured severities: `off` drops a finding, `warn` and `error` set its severity. */
export function applySeverities(findings: readonly Finding[], rules: RuleSeverities | undefined): Finding[] {
  if (!rules || Object.keys(rules).length === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const s = settingOf(f, rules);
    if (s === 'off') continue;
    out.push(s === undefined ? f : { ...f, severity: s === 'warn' ? 'warning' : 'error' });
  }
  return out;
}
