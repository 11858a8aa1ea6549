import type { FeatureGates } from '../index.js';
import { DEFAULT_FEATURE_GATES } from '../validation/feature-gates.js';

/** A mistake in how the CLI was called (exit code 2). */
export class UsageError extends Error {}

/** `A=true,B=false` → feature gates; unknown gates and other values are usage errors. */
export function parseFeatureGates(text: string | undefined): FeatureGates {
  const gates: Record<string, boolean> = {};
  for (const part of (text ?? '').split(',').filter((p) => p.trim() !== '')) {
    const [name, value, extra] = part.split('=').map((s) => s.trim());
    if (!name || (value !== 'true' && value !== 'false') || extra !== undefined) {
      throw new UsageError(`--feature-gates: "${part}" is not NAME=true or NAME=false`);
    }
    if (!Object.hasOwn(DEFAULT_FEATURE_GATES, name)) {
      throw new UsageError(`--feature-gates: unknown gate "${name}"; known gates: ${Object.keys(DEFAULT_FEATURE_GATES).join(', ')}`);
    }
    gates[name] = value === 'true';
  }
  return gates as FeatureGates;
}

/** A whole number option at least `min`; `fallback` when absent. */
export function parseCount(name: string, text: string | undefined, min: number, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} needs a whole number of at least ${min}, not "${text}"`);
  return n;
}

/** One of a fixed set of values. */
export function parseChoice<T extends string>(name: string, text: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(text)) throw new UsageError(`unknown --${name} ${text}; use one of: ${choices.join(', ')}`);
  return text as T;
}
