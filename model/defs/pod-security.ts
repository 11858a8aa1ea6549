/**
 * The pod-level security context and resource requirements of the HTTP01 solver pod
 * template. Both exist only in v1 (they were added after the old versions were removed).
 */
import { bool, def, int64, intOrString, list, map, obj, ref, str } from '../dsl.js';

/** Kubernetes resource quantity syntax (e.g. `100m`, `1Gi`, `1e3`). Linear: no nested quantifiers. */
const QUANTITY = '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

/** A resource quantity: an integer or a quantity string. */
export const quantity = def('Quantity', intOrString({ pattern: QUANTITY, description: 'A resource quantity such as 100m or 64Mi.' }));

/** CPU and memory limits and requests of the solver pod. */
export const podResources = def(
  'SolverPodResources',
  obj(
    {
      limits: map(ref(quantity), { description: 'Most of each resource the pod may use.' }),
      requests: map(ref(quantity), { description: 'Amount of each resource the pod asks for.' }),
    },
    { description: 'Compute resources of the solver pod.' },
  ),
);

/** SELinux labels. */
export const seLinuxOptions = def(
  'SELinuxOptions',
  obj(
    {
      level: str({ description: 'SELinux level label.' }),
      role: str({ description: 'SELinux role label.' }),
      type: str({ description: 'SELinux type label.' }),
      user: str({ description: 'SELinux user label.' }),
    },
    { description: 'SELinux labels applied to the containers.' },
  ),
);

/** The seccomp profile of a pod. */
export const seccompProfile = def(
  'SeccompProfile',
  obj(
    {
      type: str({ description: 'Localhost, RuntimeDefault or Unconfined.' }),
      localhostProfile: str({ description: 'Path of a profile on the node, for type Localhost.' }),
    },
    { required: ['type'], description: 'Which seccomp profile to use.' },
  ),
);

/** The pod security context of the solver pod (v1 only). */
export const podSecurityContext = def(
  'SolverPodSecurityContext',
  obj(
    {
      seLinuxOptions: ref(seLinuxOptions),
      runAsUser: int64({ description: 'UID the containers run as.' }),
      runAsGroup: int64({ description: 'GID the containers run as.' }),
      runAsNonRoot: bool({ description: 'Refuse to start containers that would run as root.' }),
      supplementalGroups: list(int64(), { listType: 'atomic', description: 'Extra groups the containers belong to.' }),
      fsGroup: int64({ description: 'Group that owns mounted volumes.' }),
      sysctls: list(obj({ name: str(), value: str() }, { required: ['name', 'value'], description: 'A namespaced kernel parameter.' }), {
        listType: 'atomic',
        description: 'Kernel parameters set for the pod.',
      }),
      fsGroupChangePolicy: str({ description: 'OnRootMismatch or Always.' }),
      seccompProfile: ref(seccompProfile),
    },
    { description: 'Security settings of the solver pod.' },
  ),
);
