/**
 * The plugin chain (spec/admission.md §1.5): built from plugin names, it handles an operation
 * when any plugin does; validation runs every handling validator, mutation stops at the first
 * error.
 */
import type { JsonObject } from '../util/json.js';
import { approvalPlugin } from './approval.js';
import { defaultsPlugin } from './defaults-plugin.js';
import { identityPlugin } from './identity.js';
import type { PluginError } from './message.js';
import type { MutationOutcome, Plugin, ValidationInput, ValidationOutcome } from './plugin.js';
import { validationPlugin } from './resource-validation.js';
import type { AdmissionRequestView } from './review.js';
import type { AdmissionOptions, PluginName } from './types.js';
import { appendAll } from '../util/append.js';

const PLUGINS: Readonly<Record<PluginName, Plugin>> = {
  identity: identityPlugin,
  approval: approvalPlugin,
  validation: validationPlugin,
  defaults: defaultsPlugin,
};

/** The default validation chain: cert-manager's production chain. */
export const DEFAULT_VALIDATION_PLUGINS: readonly PluginName[] = ['identity', 'approval', 'validation'];
/** The default mutation chain: cert-manager's (identity only; `defaults` is opt-in). */
export const DEFAULT_MUTATION_PLUGINS: readonly PluginName[] = ['identity'];

/**
 * The plugins named in `options.plugins` (or the defaults), in order; unknown names are skipped.
 * @param names - the caller's list, any JSON
 * @param defaults - the list to use when `names` is not an array
 */
export function buildChain(names: unknown, defaults: readonly PluginName[]): readonly Plugin[] {
  if (!Array.isArray(names)) return defaultChain(defaults);
  return pluginsNamed(names);
}

function pluginsNamed(names: readonly unknown[]): Plugin[] {
  return names.filter((n): n is PluginName => typeof n === 'string' && Object.hasOwn(PLUGINS, n)).map((n) => PLUGINS[n]);
}

/** The chain of each default list, built once: most requests run a default chain. */
const DEFAULT_CHAINS = new WeakMap<readonly PluginName[], readonly Plugin[]>();

function defaultChain(defaults: readonly PluginName[]): readonly Plugin[] {
  const known = DEFAULT_CHAINS.get(defaults);
  if (known !== undefined) return known;
  const chain = Object.freeze(pluginsNamed(defaults));
  DEFAULT_CHAINS.set(defaults, chain);
  return chain;
}

/** Whether any plugin of the chain handles the operation. */
export function chainHandles(chain: readonly Plugin[], operation: string): boolean {
  return chain.some((p) => p.handles(operation));
}

/** Errors (in chain order) and warnings (concatenated) of a validation run. */
export interface ChainValidation {
  readonly errors: PluginError[];
  readonly warnings: string[];
}

/**
 * Runs every validating plugin that handles the operation, in order, even after an error. The
 * run stays synchronous while the plugins answer synchronously (the usual case, which then costs
 * no promise) and continues asynchronously from the first plugin that answers with a promise.
 */
export function runValidation(chain: readonly Plugin[], input: ValidationInput): ChainValidation | Promise<ChainValidation> {
  const run: ChainValidation = { errors: [], warnings: [] };
  for (let i = 0; i < chain.length; i++) {
    const plugin = chain[i] as Plugin;
    if (plugin.validate === undefined || !plugin.handles(input.request.operation)) continue;
    const out = plugin.validate(input);
    if (out instanceof Promise) return finishValidation(chain, i, out, input, run);
    record(run, out);
  }
  return run;
}

/** The rest of {@link runValidation} from plugin `i`, whose answer is `pending`. */
async function finishValidation(
  chain: readonly Plugin[],
  i: number,
  pending: Promise<ValidationOutcome>,
  input: ValidationInput,
  run: ChainValidation,
): Promise<ChainValidation> {
  record(run, await pending);
  for (const plugin of chain.slice(i + 1)) {
    if (plugin.validate === undefined || !plugin.handles(input.request.operation)) continue;
    record(run, await plugin.validate(input));
  }
  return run;
}

function record(run: ChainValidation, out: ValidationOutcome): void {
  if (out.error !== undefined) run.errors.push(out.error);
  if (out.warnings !== undefined) appendAll(run.warnings, out.warnings);
}

/** Runs the mutating plugins that handle the operation, in order; the first error stops. */
export function runMutation(
  chain: readonly Plugin[],
  request: AdmissionRequestView,
  object: JsonObject,
  options: AdmissionOptions,
): MutationOutcome {
  let current = object;
  for (const plugin of chain) {
    if (plugin.mutate === undefined || !plugin.handles(request.operation)) continue;
    const out = plugin.mutate(request, current, options);
    if ('error' in out) return out;
    current = out.object;
  }
  return { object: current };
}
