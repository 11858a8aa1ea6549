import { type FieldError, fe, withRule } from '../../field/field-error.js';
import type { Path } from '../../field/path.js';
import { arr, bool, field, type JsonObject, obj } from '../../util/json.js';
import type { RuleContext } from '../types.js';
import { isCidr } from '../../go/net/ip.js';
import { hasRule } from '../release-rules.js';

const present = (v: unknown): boolean => v !== undefined && v !== null;

/** CERT-NAMECONSTRAINTS-*: checks a present `spec.nameConstraints`. */
export function validateNameConstraints(spec: JsonObject, path: Path, ctx: RuleContext): FieldError[] {
  const nc = obj(spec, 'nameConstraints');
  // The field and its rules appeared in v1.14 (CERT-NAMECONSTRAINTS-GATE)
  if (nc === undefined || !hasRule('CERT-NAMECONSTRAINTS-GATE', ctx.release)) return [];
  const at = path.child('nameConstraints');
  // CERT-NAMECONSTRAINTS-GATE: then the only nameConstraints error
  if (!ctx.gates.NameConstraints)
    return [
      withRule('CERT-NAMECONSTRAINTS-GATE', fe.forbidden(at, 'the NameConstraints feature gate must be enabled to use nameConstraints')),
    ];
  const out: FieldError[] = [];
  // CERT-NAMECONSTRAINTS-REQUIRES-ISCA
  if (!bool(spec, 'isCA'))
    out.push(
      withRule(
        'CERT-NAMECONSTRAINTS-REQUIRES-ISCA',
        fe.invalid(at, nc, 'name constraints can only be set on a CA certificate: set isCA to true'),
      ),
    );
  // CERT-NAMECONSTRAINTS-EMPTY
  if (!present(field(nc, 'permitted')) && !present(field(nc, 'excluded'))) {
    out.push(withRule('CERT-NAMECONSTRAINTS-EMPTY', fe.invalid(at, nc, 'at least one of permitted or excluded must be set')));
  }
  // CERT-NAMECONSTRAINTS-IPRANGE-CIDR (master only)
  if (!hasRule('CERT-NAMECONSTRAINTS-IPRANGE-CIDR', ctx.release)) return out;
  for (const side of ['permitted', 'excluded']) {
    (arr(nc, side, 'ipRanges') ?? []).forEach((r, i) => {
      if (typeof r !== 'string' || !isCidr(r)) {
        out.push(
          withRule(
            'CERT-NAMECONSTRAINTS-IPRANGE-CIDR',
            fe.invalid(at.child(side, 'ipRanges').index(i), r, 'must be a CIDR range such as 10.0.0.0/8 or 2001:db8::/32'),
          ),
        );
      }
    });
  }
  return out;
}
