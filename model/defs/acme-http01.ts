/**
 * The ACME HTTP01 solver: the ingress solver and the Gateway API HTTPRoute solver. v1 adds a
 * pod template to the Gateway solver; both solvers share the pod template definition.
 */
import { def, obj, ref, since, str, stringMap } from '../dsl.js';
import { parentReference } from './gateway.js';
import { byEra, variantDef } from './issuer-variants.js';
import { solverObjectMeta, solverPodTemplate } from './pod-template.js';
import { isLegacy, versionList } from './refs.js';

/** The template of the Ingress the solver creates. */
export const solverIngressTemplate = def(
  'SolverIngressTemplate',
  obj({ metadata: ref(solverObjectMeta) }, { description: 'Overrides for the Ingress that routes HTTP01 challenges.' }),
);

const serviceType = () => str({ description: 'Type of the solver Service: NodePort (the default) or ClusterIP.' });

/** The ingress-based HTTP01 solver. */
export const http01Ingress = variantDef('ACMEChallengeSolverHTTP01Ingress', byEra, (version) =>
  obj(
    {
      serviceType: serviceType(),
      ingressClassName: str({ description: 'IngressClass of the created Ingress (spec.ingressClassName).' }),
      class: str({ description: 'Ingress class set through the kubernetes.io/ingress.class annotation.' }),
      name: str({ description: 'An existing Ingress to add the challenge path to.' }),
      podTemplate: ref(solverPodTemplate(version)),
      ingressTemplate: ref(solverIngressTemplate),
    },
    { description: 'Solve HTTP01 through an Ingress.' },
  ),
);

/** The Gateway API HTTPRoute-based HTTP01 solver. */
export const http01GatewayHTTPRoute = variantDef('ACMEChallengeSolverHTTP01GatewayHTTPRoute', byEra, (version) =>
  obj(
    {
      serviceType: serviceType(),
      labels: stringMap({ description: 'Labels added to the created HTTPRoute.' }),
      parentRefs: versionList(version, ref(parentReference(version)), 'Gateways (or other parents) the HTTPRoute attaches to.'),
      ...(isLegacy(version) ? {} : { podTemplate: since('v1.16', ref(solverPodTemplate(version))) }),
    },
    { description: 'Solve HTTP01 through a Gateway API HTTPRoute.' },
  ),
);

/** The HTTP01 solver: exactly one of `ingress` or `gatewayHTTPRoute` (checked semantically). */
export const http01Solver = variantDef('ACMEChallengeSolverHTTP01', byEra, (version) =>
  obj(
    {
      ingress: ref(http01Ingress(version)),
      gatewayHTTPRoute: ref(http01GatewayHTTPRoute(version)),
    },
    { description: 'Solve challenges by serving the key over HTTP.' },
  ),
);
