import type { FieldError } from '../field/field-error.js';
import type { JsonObject } from '../util/json.js';
import type { CertManagerRelease } from '../release/release.js';
import type { FeatureGate } from './feature-gates.js';

/** The admission operation a validation runs for. @public */
export type Operation = 'CREATE' | 'UPDATE';

/** What every semantic rule may look at besides the object. */
export interface RuleContext {
  readonly operation: Operation;
  /** The previous object (v1 form) on UPDATE, when one was given and is an object. */
  readonly oldObject: JsonObject | undefined;
  readonly gates: Readonly<Record<FeatureGate, boolean>>;
  /** The cert-manager release whose webhook rules apply. */
  readonly release: CertManagerRelease;
}

/** What a validator returns. */
export interface Findings {
  errors: FieldError[];
  warnings: string[];
}

/**
 * The semantic rules of one kind, run on a v1 object (already converted from older versions).
 * Must never throw, whatever the object holds: wrong types read as absent (see util/json.ts).
 */
export type KindValidator = (object: JsonObject, ctx: RuleContext) => Findings;
