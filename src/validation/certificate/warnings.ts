import { type JsonObject, obj, str } from '../../util/json.js';
import { hasRule } from '../release-rules.js';
import type { RuleContext } from '../types.js';

/** The warning of WARN-CERT-ROTATIONPOLICY-DEFAULT (v1.18 and v1.19, CREATE only). */
export const ROTATION_POLICY_DEFAULT_WARNING =
  'spec.privateKey.rotationPolicy is not set: since cert-manager v1.18 it defaults to Always (it was Never); set it explicitly to keep the private key';

/**
 * The warnings of a Certificate: WARN-CERT-ROTATIONPOLICY-DEFAULT when a v1.18 or v1.19 webhook
 * creates a Certificate without `spec.privateKey.rotationPolicy`.
 * @param spec - the v1 `spec`
 * @param ctx - operation and release
 */
export function certificateWarnings(spec: JsonObject, ctx: RuleContext): string[] {
  // WARN-CERT-ROTATIONPOLICY-DEFAULT
  if (ctx.operation !== 'CREATE' || !hasRule('WARN-CERT-ROTATIONPOLICY-DEFAULT', ctx.release)) return [];
  return str(obj(spec, 'privateKey'), 'rotationPolicy') === '' ? [ROTATION_POLICY_DEFAULT_WARNING] : [];
}
