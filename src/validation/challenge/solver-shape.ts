/**
 * The Go type of an ACME solver (`ACMEChallengeSolver`) as far as H-DEEPEQUAL needs it
 * (spec/validation.md §1.8): which nested objects are held by value (absent equals `{}`),
 * which scalars are pointers (absent differs from `""`/`0`), and which fields are opaque JSON.
 * Parts not described here compare as `auto` (objects as pointers, scalars by value).
 */
import type { Shape } from '../helpers/deep-equal.js';

type StructShape = Extract<Shape, { struct: unknown }>;

/** An open struct: the listed fields get their shape, any other field compares as `auto`. */
const struct = (fields: Readonly<Record<string, Shape>>, pointer: boolean): StructShape => ({ struct: fields, pointer, closed: false });

/** `cmmeta.SecretKeySelector` embedded by value. */
const SECRET_KEY_SELECTOR = struct({ name: 'scalar', key: 'scalar' }, false);

/** A pod template: a pointer whose `metadata` and `spec` are value structs. */
const POD_TEMPLATE = struct({ metadata: struct({}, false), spec: struct({}, false) }, true);

/** Gateway API `ParentReference`: everything but `name` is a pointer. */
const PARENT_REF = struct({ group: 'optional', kind: 'optional', namespace: 'optional', sectionName: 'optional', port: 'optional' }, false);

const HTTP01 = struct(
  {
    ingress: struct(
      {
        class: 'optional',
        ingressClassName: 'optional',
        podTemplate: POD_TEMPLATE,
        ingressTemplate: struct({ metadata: struct({}, false) }, true),
      },
      true,
    ),
    gatewayHTTPRoute: struct({ parentRefs: { list: PARENT_REF }, podTemplate: POD_TEMPLATE }, true),
  },
  true,
);

const DNS01 = struct(
  {
    akamai: struct(
      { accessTokenSecretRef: SECRET_KEY_SELECTOR, clientSecretSecretRef: SECRET_KEY_SELECTOR, clientTokenSecretRef: SECRET_KEY_SELECTOR },
      true,
    ),
    digitalocean: struct({ tokenSecretRef: SECRET_KEY_SELECTOR }, true),
    route53: struct({ secretAccessKeySecretRef: SECRET_KEY_SELECTOR }, true),
    acmeDNS: struct({ accountSecretRef: SECRET_KEY_SELECTOR }, true),
    rfc2136: struct({ tsigSecretSecretRef: SECRET_KEY_SELECTOR }, true),
    // An `apiextensionsv1.JSON` pointer: compared as (canonical) raw JSON.
    webhook: struct({ config: 'optional' }, true),
  },
  true,
);

/** `ACMEChallengeSolver`, held by value in a Challenge spec. */
export const SOLVER_SHAPE: Shape = struct({ http01: HTTP01, dns01: DNS01, waitInsteadOfSelfCheck: 'duration' }, false);
