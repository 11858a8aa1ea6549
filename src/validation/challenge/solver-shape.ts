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

/** `map[string]string`: a missing key differs from `""`; absent differs from `{}`. */
const STRING_MAP: Shape = { map: 'scalar' };
const STRINGS: Shape = { list: 'scalar' };

/** Object metadata of the solver's pod and ingress templates: two maps. */
const TEMPLATE_METADATA = struct({ annotations: STRING_MAP, labels: STRING_MAP }, false);

/** core/v1 `NodeSelectorRequirement` / `LabelSelectorRequirement`. */
const REQUIREMENT = struct({ key: 'scalar', operator: 'scalar', values: STRINGS }, false);
/** core/v1 `NodeSelectorTerm`, held by value in a `PreferredSchedulingTerm`. */
const NODE_SELECTOR_TERM = struct({ matchExpressions: { list: REQUIREMENT }, matchFields: { list: REQUIREMENT } }, false);
/** meta/v1 `LabelSelector`, always behind a pointer. */
const LABEL_SELECTOR = struct({ matchLabels: STRING_MAP, matchExpressions: { list: REQUIREMENT } }, true);
/** core/v1 `PodAffinityTerm`, held by value in a `WeightedPodAffinityTerm`. */
const POD_AFFINITY_TERM = struct(
  {
    labelSelector: LABEL_SELECTOR,
    namespaces: STRINGS,
    topologyKey: 'scalar',
    namespaceSelector: LABEL_SELECTOR,
    matchLabelKeys: STRINGS,
    mismatchLabelKeys: STRINGS,
  },
  false,
);
const POD_AFFINITY = struct(
  {
    requiredDuringSchedulingIgnoredDuringExecution: { list: POD_AFFINITY_TERM },
    preferredDuringSchedulingIgnoredDuringExecution: { list: struct({ weight: 'scalar', podAffinityTerm: POD_AFFINITY_TERM }, false) },
  },
  true,
);
/** core/v1 `Affinity`: value structs inside the scheduling terms (absent equals `{}`). */
const AFFINITY = struct(
  {
    nodeAffinity: struct(
      {
        requiredDuringSchedulingIgnoredDuringExecution: struct({ nodeSelectorTerms: { list: NODE_SELECTOR_TERM } }, true),
        preferredDuringSchedulingIgnoredDuringExecution: { list: struct({ weight: 'scalar', preference: NODE_SELECTOR_TERM }, false) },
      },
      true,
    ),
    podAffinity: POD_AFFINITY,
    podAntiAffinity: POD_AFFINITY,
  },
  true,
);

const POD_SPEC = struct(
  {
    nodeSelector: STRING_MAP,
    affinity: AFFINITY,
    tolerations: {
      list: struct({ key: 'scalar', operator: 'scalar', value: 'scalar', effect: 'scalar', tolerationSeconds: 'optional' }, false),
    },
    priorityClassName: 'scalar',
    serviceAccountName: 'scalar',
    imagePullSecrets: { list: struct({ name: 'scalar' }, false) },
    securityContext: struct(
      {
        runAsUser: 'optional',
        runAsGroup: 'optional',
        runAsNonRoot: 'optional',
        supplementalGroups: STRINGS,
        fsGroup: 'optional',
        sysctls: { list: struct({ name: 'scalar', value: 'scalar' }, false) },
        fsGroupChangePolicy: 'optional',
        seccompProfile: struct({ type: 'scalar', localhostProfile: 'optional' }, true),
      },
      true,
    ),
    // `ResourceList` values are quantities: compared as written.
    resources: struct({ limits: { map: 'optional' }, requests: { map: 'optional' } }, true),
  },
  false,
);

/** A pod template: a pointer whose `metadata` and `spec` are value structs. */
const POD_TEMPLATE = struct({ metadata: TEMPLATE_METADATA, spec: POD_SPEC }, true);

/** Gateway API `ParentReference`: everything but `name` is a pointer. */
const PARENT_REF = struct({ group: 'optional', kind: 'optional', namespace: 'optional', sectionName: 'optional', port: 'optional' }, false);

const HTTP01 = struct(
  {
    ingress: struct(
      {
        class: 'optional',
        ingressClassName: 'optional',
        podTemplate: POD_TEMPLATE,
        ingressTemplate: struct({ metadata: TEMPLATE_METADATA }, true),
      },
      true,
    ),
    gatewayHTTPRoute: struct({ labels: STRING_MAP, parentRefs: { list: PARENT_REF }, podTemplate: POD_TEMPLATE }, true),
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
    nameservers: STRINGS,
    // An `apiextensionsv1.JSON` pointer: compared as (canonical) raw JSON.
    webhook: struct({ config: 'optional' }, true),
  },
  true,
);

/** `ACMEChallengeSolver`, held by value in a Challenge spec. */
export const SOLVER_SHAPE: Shape = struct(
  {
    selector: struct({ matchLabels: STRING_MAP, dnsNames: STRINGS, dnsZones: STRINGS }, true),
    http01: HTTP01,
    dns01: DNS01,
    waitInsteadOfSelfCheck: 'duration',
  },
  false,
);
