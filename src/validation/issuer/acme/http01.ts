import { type FieldError, fe, withRule } from '../../../field/field-error.js';
import type { Path } from '../../../field/path.js';
import { arr, field, obj, str } from '../../../util/json.js';
import { dns1123SubdomainProblems, isDns1123Subdomain } from '../../../go/apimachinery/dns1123.js';
import type { CertManagerRelease } from '../../../release/release.js';
import { hasRule } from '../../release-rules.js';
import { appendAll } from '../../../util/append.js';

const SERVICE_TYPE_DETAIL = 'must be empty, "ClusterIP" or "NodePort"';
const isServiceType = (t: string) => t === '' || t === 'ClusterIP' || t === 'NodePort';

/**
 * HTTP01 solver rules (spec/validation.md §4.2.2): exactly one of `ingress` and
 * `gatewayHTTPRoute`; both are validated when both are set.
 * @param http01 - the `http01` object of a solver (any JSON)
 * @param at - the path of `http01`
 * @param release - the cert-manager release
 * @returns the errors in rule order
 */
export function validateHttp01Solver(http01: unknown, at: Path, release: CertManagerRelease = 'master'): FieldError[] {
  const errors: FieldError[] = [];
  const ingress = obj(http01, 'ingress');
  const gateway = obj(http01, 'gatewayHTTPRoute');
  if (ingress !== undefined) appendAll(errors, ingressErrors(ingress, at.child('ingress'), release));
  // Upstream names the gatewayHTTPRoute section `gateway` in its paths.
  if (gateway !== undefined) appendAll(errors, gatewayErrors(gateway, at.child('gateway'), release));
  // ISS-ACME-HTTP01-TYPE-REQUIRED
  if (ingress === undefined && gateway === undefined)
    errors.push(withRule('ISS-ACME-HTTP01-TYPE-REQUIRED', fe.required(at, 'configure an HTTP01 solver type: ingress or gatewayHTTPRoute')));
  // ISS-ACME-HTTP01-TYPE-MULTIPLE (upstream's type is Required although the problem is "too many")
  if (ingress !== undefined && gateway !== undefined)
    errors.push(
      withRule('ISS-ACME-HTTP01-TYPE-MULTIPLE', fe.required(at, 'configure only one HTTP01 solver type: ingress or gatewayHTTPRoute')),
    );
  return errors;
}

function ingressErrors(ingress: unknown, at: Path, release: CertManagerRelease): FieldError[] {
  const errors: FieldError[] = [];
  const className = field(ingress, 'ingressClassName');
  const set =
    (typeof field(ingress, 'class') === 'string' ? 1 : 0) + (typeof className === 'string' ? 1 : 0) + (str(ingress, 'name') !== '' ? 1 : 0);
  // ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE: presence decides, so `class: ""` counts as set; any two
  // from v1.19, all three before.
  if (set > (hasRule('ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE#anyTwo', release) ? 1 : 2)) {
    errors.push(
      withRule('ISS-ACME-HTTP01-INGRESS-CLASS-EXCLUSIVE', fe.forbidden(at, "set only one of 'ingressClassName', 'name' or 'class'")),
    );
  }
  // ISS-ACME-HTTP01-INGRESSCLASSNAME-INVALID
  if (typeof className === 'string' && !isDns1123Subdomain(className)) {
    const problems = dns1123SubdomainProblems(className);
    if (problems.length > 0) {
      errors.push(
        withRule(
          'ISS-ACME-HTTP01-INGRESSCLASSNAME-INVALID',
          fe.invalid(at.child('ingressClassName'), className, `must be a valid IngressClass name: ${problems.join(', ')}`),
        ),
      );
    }
  }
  // ISS-ACME-HTTP01-INGRESS-SERVICETYPE
  const serviceType = str(ingress, 'serviceType');
  if (!isServiceType(serviceType))
    errors.push(withRule('ISS-ACME-HTTP01-INGRESS-SERVICETYPE', fe.invalid(at.child('serviceType'), serviceType, SERVICE_TYPE_DETAIL)));
  return errors;
}

function gatewayErrors(gateway: unknown, at: Path, release: CertManagerRelease): FieldError[] {
  const errors: FieldError[] = [];
  // ISS-ACME-HTTP01-GATEWAY-SERVICETYPE
  const serviceType = str(gateway, 'serviceType');
  if (!isServiceType(serviceType))
    errors.push(withRule('ISS-ACME-HTTP01-GATEWAY-SERVICETYPE', fe.invalid(at.child('serviceType'), serviceType, SERVICE_TYPE_DETAIL)));
  const parentRefs = arr(gateway, 'parentRefs') ?? [];
  // ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED (until v1.20, which replaced it by the per-entry rules)
  if (hasRule('ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED', release)) {
    if (parentRefs.length === 0)
      errors.push(
        withRule(
          'ISS-ACME-HTTP01-GATEWAY-PARENTREFS-REQUIRED',
          fe.required(at.child('parentRefs'), 'at least one parentRef (the Gateway to attach the HTTPRoute to) is required'),
        ),
      );
    return errors;
  }
  // Upstream stops at the first offending parentRef, so at most one of these is reported.
  for (let j = 0; j < parentRefs.length; j++) {
    const ref = parentRefs[j];
    const hasKind = typeof field(ref, 'kind') === 'string';
    const name = str(ref, 'name');
    // ISS-ACME-HTTP01-GATEWAY-PARENTREF-NAME-REQUIRED
    if (hasKind && name === '') {
      errors.push(
        withRule(
          'ISS-ACME-HTTP01-GATEWAY-PARENTREF-NAME-REQUIRED',
          fe.required(at.child('parentRefs').index(j).child('name'), 'name is required when kind is set'),
        ),
      );
      break;
    }
    // ISS-ACME-HTTP01-GATEWAY-PARENTREF-KIND-REQUIRED
    if (name !== '' && !hasKind) {
      errors.push(
        withRule(
          'ISS-ACME-HTTP01-GATEWAY-PARENTREF-KIND-REQUIRED',
          fe.required(at.child('parentRefs').index(j).child('kind'), 'kind is required when name is set, e.g. Gateway'),
        ),
      );
      break;
    }
  }
  return errors;
}
