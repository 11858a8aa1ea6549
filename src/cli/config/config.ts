import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { RuleSeverities, RuleSetting } from '../lint/severities.js';
import { closest } from '../suggest.js';
import { UsageError } from '../options.js';

/** The settings of a configuration file (`.cmapi.yaml`, or the `cmapi` key of package.json). */
export interface LintConfig {
  /** The file it was read from. */
  readonly file: string;
  /** The directory its globs are relative to. */
  readonly dir: string;
  readonly exclude: readonly string[];
  readonly include: readonly string[];
  readonly format?: string;
  readonly rules: RuleSeverities;
  readonly allowUnknownFields?: boolean;
  readonly featureGates?: Readonly<Record<string, boolean>>;
  readonly certManagerVersion?: string;
  readonly maxWarnings?: number;
}

/** The names a configuration file may have, looked for in this order in each directory. */
export const CONFIG_FILES = ['.cmapi.yaml', '.cmapi.yml'] as const;

const KEYS = ['exclude', 'include', 'format', 'rules', 'allowUnknownFields', 'featureGates', 'certManagerVersion', 'maxWarnings'];
const SETTINGS: readonly RuleSetting[] = ['off', 'warn', 'error'];

/**
 * Finds the configuration that applies in `cwd`: the first `.cmapi.yaml` (or `.cmapi.yml`), or
 * `package.json` with a `cmapi` key, in `cwd` or a directory above it.
 * @returns the configuration, or undefined when there is none
 */
export async function findConfig(cwd: string): Promise<LintConfig | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILES) {
      const text = await readIfPresent(join(dir, name));
      if (text !== undefined) return fromYaml(join(dir, name), text);
    }
    const pkg = await readIfPresent(join(dir, 'package.json'));
    if (pkg !== undefined) {
      const settings = fromPackageJson(join(dir, 'package.json'), pkg);
      if (settings) return settings;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads a configuration file named with `--config` (YAML, or package.json's `cmapi` key). */
export async function loadConfig(path: string): Promise<LintConfig> {
  const text = await readIfPresent(path);
  if (text === undefined) throw new UsageError(`--config: cannot read ${path}`);
  if (path.endsWith('package.json')) {
    const settings = fromPackageJson(path, text);
    if (!settings) throw new UsageError(`--config: ${path} has no "cmapi" key`);
    return settings;
  }
  return fromYaml(path, text);
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function fromYaml(file: string, text: string): LintConfig {
  let value: unknown;
  try {
    value = parse(text) ?? {};
  } catch (err) {
    throw new UsageError(`${file}: not valid YAML: ${(err as Error).message}`);
  }
  return check(file, value);
}

function fromPackageJson(file: string, text: string): LintConfig | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined; // a broken package.json is not ours to report
  }
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, 'cmapi')) return undefined;
  return check(`${file} ("cmapi" key)`, (value as { cmapi: unknown }).cmapi, file);
}

/** Checks the settings' names and types: a mistake is a usage error naming the file and key. */
function check(source: string, value: unknown, path = source): LintConfig {
  const bad = (key: string, what: string) => new UsageError(`${source}: ${key} must be ${what}`);
  if (!isObject(value)) throw new UsageError(`${source}: the configuration must be a mapping`);
  for (const key of Object.keys(value)) {
    if (!KEYS.includes(key)) {
      const hint = closest(key, KEYS);
      throw new UsageError(`${source}: unknown setting "${key}"${hint ? `; did you mean "${hint}"?` : ''} (known: ${KEYS.join(', ')})`);
    }
  }
  const strings = (key: string): string[] => {
    const v = value[key];
    if (v === undefined) return [];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v;
    throw bad(key, 'a glob or a list of globs');
  };
  const rules: Record<string, RuleSetting> = {};
  if (value.rules !== undefined) {
    if (!isObject(value.rules)) throw bad('rules', 'a mapping of rule IDs to off, warn or error');
    for (const [id, s] of Object.entries(value.rules)) {
      if (!SETTINGS.includes(s as RuleSetting)) throw bad(`rules.${id}`, 'off, warn or error');
      rules[id] = s as RuleSetting;
    }
  }
  const gates = value.featureGates;
  if (gates !== undefined && (!isObject(gates) || !Object.values(gates).every((g) => typeof g === 'boolean')))
    throw bad('featureGates', 'a mapping of gate names to true or false');
  for (const key of ['format', 'certManagerVersion'] as const)
    if (value[key] !== undefined && typeof value[key] !== 'string') throw bad(key, 'a string');
  if (value.allowUnknownFields !== undefined && typeof value.allowUnknownFields !== 'boolean')
    throw bad('allowUnknownFields', 'true or false');
  const mw = value.maxWarnings;
  if (mw !== undefined && !(typeof mw === 'number' && Number.isSafeInteger(mw) && mw >= 0)) throw bad('maxWarnings', 'a whole number');
  return {
    file: path,
    dir: dirname(path),
    exclude: strings('exclude'),
    include: strings('include'),
    rules,
    ...(typeof value.format === 'string' ? { format: value.format } : {}),
    ...(typeof value.allowUnknownFields === 'boolean' ? { allowUnknownFields: value.allowUnknownFields } : {}),
    ...(isObject(gates) ? { featureGates: gates as Record<string, boolean> } : {}),
    ...(typeof value.certManagerVersion === 'string' ? { certManagerVersion: value.certManagerVersion } : {}),
    ...(typeof mw === 'number' ? { maxWarnings: mw } : {}),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
