/**
 * Kubernetes scheduling affinity as the ACME HTTP01 solver pod template carries it (node
 * affinity, pod affinity and anti-affinity). v1 marks the lists atomic and the selector
 * objects map-atomic, and adds `matchLabelKeys`/`mismatchLabelKeys` to pod affinity terms.
 */
import type { Version } from '../../src/scheme/kinds.js';
import { int32, obj, type ObjectSchema, present, ref, str, stringMap } from '../dsl.js';
import { isLegacy, stringList, versionList } from './refs.js';
import { byEra, variantDef } from './issuer-variants.js';

const atomic = (version: Version): Pick<ObjectSchema, 'mapType'> => (isLegacy(version) ? {} : { mapType: 'atomic' });

/** A `key operator values` requirement (label selectors and node selectors share the shape). */
export const selectorRequirement = variantDef('SelectorRequirement', byEra, (version) =>
  obj(
    {
      key: str({ description: 'The label or field key the requirement applies to.' }),
      operator: str({ description: 'How the key relates to the values, e.g. In, NotIn, Exists.' }),
      values: stringList(version, 'Values for In/NotIn (and Gt/Lt for node selectors).'),
    },
    { required: ['key', 'operator'], description: 'One selector requirement.' },
  ),
);

/** A Kubernetes label selector. */
export const labelSelector = variantDef('LabelSelector', byEra, (version) =>
  obj(
    {
      matchExpressions: versionList(version, ref(selectorRequirement(version)), 'Requirements that must all hold.'),
      matchLabels: stringMap({ description: 'Labels that must all match exactly.' }),
    },
    { ...atomic(version), description: 'Selects objects by their labels.' },
  ),
);

/** A node selector term: requirements on node labels and fields. */
export const nodeSelectorTerm = variantDef('NodeSelectorTerm', byEra, (version) =>
  obj(
    {
      matchExpressions: versionList(version, ref(selectorRequirement(version)), 'Requirements on node labels.'),
      matchFields: versionList(version, ref(selectorRequirement(version)), 'Requirements on node fields.'),
    },
    { ...atomic(version), description: 'Node requirements that must all hold.' },
  ),
);

/** The node affinity of a pod. */
export const nodeAffinity = variantDef('NodeAffinity', byEra, (version) =>
  obj(
    {
      requiredDuringSchedulingIgnoredDuringExecution: obj(
        { nodeSelectorTerms: versionList(version, ref(nodeSelectorTerm(version)), 'Terms of which at least one must hold.') },
        { required: ['nodeSelectorTerms'], ...atomic(version), description: 'Hard node requirements.' },
      ),
      preferredDuringSchedulingIgnoredDuringExecution: versionList(
        version,
        obj(
          { preference: ref(nodeSelectorTerm(version)), weight: int32({ description: 'Weight, 1-100.' }) },
          { required: ['preference', 'weight'], description: 'A weighted node preference.' },
        ),
        'Soft node preferences.',
      ),
    },
    { description: 'Node affinity rules.' },
  ),
);

/** A pod affinity term: pods matching a selector within a topology domain. */
export const podAffinityTerm = variantDef('PodAffinityTerm', byEra, (version) =>
  obj(
    {
      labelSelector: ref(labelSelector(version)),
      namespaceSelector: ref(labelSelector(version)),
      namespaces: stringList(version, 'Namespaces the selector applies to.'),
      topologyKey: str({ description: 'Node label that defines the topology domain.' }),
      ...(isLegacy(version)
        ? {}
        : {
            // The newest v1.13 patch's CRD lacks both (v1.12's has them).
            matchLabelKeys: present(
              { absentIn: ['v1.13'] },
              stringList(version, 'Label keys whose values are copied from the incoming pod into the selector.'),
            ),
            mismatchLabelKeys: present(
              { absentIn: ['v1.13'] },
              stringList(version, 'Label keys whose values must differ from the incoming pod.'),
            ),
          }),
    },
    { required: ['topologyKey'], description: 'Pods to be (or not be) co-located with.' },
  ),
);

/** Pod affinity or anti-affinity (the two share the shape). */
export const podAffinity = variantDef('PodAffinity', byEra, (version) =>
  obj(
    {
      requiredDuringSchedulingIgnoredDuringExecution: versionList(version, ref(podAffinityTerm(version)), 'Hard requirements.'),
      preferredDuringSchedulingIgnoredDuringExecution: versionList(
        version,
        obj(
          { podAffinityTerm: ref(podAffinityTerm(version)), weight: int32({ description: 'Weight, 1-100.' }) },
          { required: ['podAffinityTerm', 'weight'], description: 'A weighted pod affinity term.' },
        ),
        'Soft preferences.',
      ),
    },
    { description: 'Pod (anti-)affinity rules.' },
  ),
);

/** The affinity section of a pod spec. */
export const affinity = variantDef('Affinity', byEra, (version) =>
  obj(
    {
      nodeAffinity: ref(nodeAffinity(version)),
      podAffinity: ref(podAffinity(version)),
      podAntiAffinity: ref(podAffinity(version)),
    },
    { description: 'Scheduling constraints of the solver pod.' },
  ),
);
