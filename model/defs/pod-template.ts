/**
 * The pod template of the ACME HTTP01 solver (ingress and Gateway API solvers share it), and
 * the small object metadata used by the solver's pod and ingress templates.
 */
import { def, int64, list, obj, ref, since, str, stringMap } from '../dsl.js';
import { affinity } from './affinity.js';
import { byEra, variantDef } from './issuer-variants.js';
import { podResources, podSecurityContext } from './pod-security.js';
import { isLegacy, versionList } from './refs.js';

/** Labels and annotations for an object the solver creates. */
export const solverObjectMeta = def(
  'SolverObjectMeta',
  obj(
    {
      annotations: stringMap({ description: 'Annotations added to the created object.' }),
      labels: stringMap({ description: 'Labels added to the created object.' }),
    },
    { description: 'Metadata added to an object the solver creates.' },
  ),
);

/** A Kubernetes toleration. */
export const toleration = def(
  'Toleration',
  obj(
    {
      key: str({ description: 'Taint key the toleration applies to; empty matches all keys.' }),
      operator: str({ description: 'Exists or Equal (the default).' }),
      value: str({ description: 'Taint value to match with Equal.' }),
      effect: str({ description: 'Taint effect to match: NoSchedule, PreferNoSchedule or NoExecute.' }),
      tolerationSeconds: int64({ description: 'How long a NoExecute taint is tolerated.' }),
    },
    { description: 'Lets the solver pod run on nodes with a matching taint.' },
  ),
);

/**
 * An image pull secret reference. v1 gives `name` the default `""` and marks the object
 * map-atomic; the legacy variant has neither.
 */
export const imagePullSecret = variantDef('ImagePullSecret', byEra, (version) =>
  obj(
    {
      name: str({
        description: 'Name of a Secret holding registry credentials.',
        ...(isLegacy(version) ? {} : { default: '', history: [{ until: 'v1.15', was: { default: undefined } }] }),
      }),
    },
    { ...(isLegacy(version) ? {} : { mapType: 'atomic' as const }), description: 'A Secret used to pull the solver image.' },
  ),
);

/** The spec of the solver pod template. */
export const solverPodSpec = variantDef('SolverPodSpec', byEra, (version) =>
  obj(
    {
      affinity: ref(affinity(version)),
      nodeSelector: stringMap({ description: 'Node labels the solver pod must run on.' }),
      priorityClassName: str({ description: 'Priority class of the solver pod.' }),
      serviceAccountName: str({ description: 'Service account the solver pod runs as.' }),
      tolerations: versionList(version, ref(toleration), 'Taints the solver pod tolerates.'),
      imagePullSecrets: list(ref(imagePullSecret(version)), {
        ...(isLegacy(version)
          ? {}
          : {
              listType: 'map' as const,
              listMapKeys: ['name'],
              history: [{ until: 'v1.19', was: { listType: undefined, listMapKeys: undefined } }],
            }),
        description: 'Secrets used to pull the solver image.',
      }),
      ...(isLegacy(version)
        ? {}
        : { securityContext: since('v1.16', ref(podSecurityContext)), resources: since('v1.19', ref(podResources)) }),
    },
    { description: 'Pod settings of the HTTP01 solver.' },
  ),
);

/** The solver pod template: metadata and spec overrides. */
export const solverPodTemplate = variantDef('SolverPodTemplate', byEra, (version) =>
  obj(
    {
      metadata: ref(solverObjectMeta),
      spec: ref(solverPodSpec(version)),
    },
    { description: 'Overrides for the pod that serves HTTP01 challenges.' },
  ),
);
