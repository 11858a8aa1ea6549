/**
 * Kubernetes object metadata and the root shape shared by every kind.
 *
 * Upstream CRDs declare `metadata` only as `type: object`; the API server validates it
 * separately. cmapi declares the real ObjectMeta fields on purpose, so that a linter catches
 * typos in metadata (`metdata.lables`) the same way it catches them in `spec`.
 */
import { any, bool, type Change, def, int64, list, type ObjectSchema, obj, ref, type Schema, str, stringMap, time } from '../dsl.js';

/** A reference from an object to the object that owns it. */
export const ownerReference = def(
  'OwnerReference',
  obj(
    {
      apiVersion: str({ description: 'API version of the owner.' }),
      kind: str({ description: 'Kind of the owner.' }),
      name: str({ description: 'Name of the owner.' }),
      uid: str({ description: 'UID of the owner.' }),
      controller: bool({ description: 'True when the owner is the managing controller.' }),
      blockOwnerDeletion: bool({ description: 'True when the owner cannot be deleted before this object.' }),
    },
    { required: ['apiVersion', 'kind', 'name', 'uid'], description: 'Identifies an object that owns this one.' },
  ),
);

/** One entry of server-side apply field ownership. Its contents are kept as they are. */
export const managedFieldsEntry = def(
  'ManagedFieldsEntry',
  obj(
    {
      apiVersion: str({ description: 'Version of the fields described by fieldsV1.' }),
      fieldsType: str({ description: 'Format of the fields description, normally FieldsV1.' }),
      fieldsV1: any({ description: 'The set of fields this manager owns.' }),
      manager: str({ description: 'Name of the manager (workflow) owning the fields.' }),
      operation: str({ description: 'The operation that last changed the fields: Apply or Update.' }),
      subresource: str({ description: 'The subresource the fields were changed through, if any.' }),
      time: time({ description: 'When the fields were last changed.' }),
    },
    { preserveUnknownFields: true, description: 'Which fields a manager owns (server-side apply bookkeeping).' },
  ),
);

/** Kubernetes ObjectMeta: the metadata every persisted object carries. */
export const objectMeta = def(
  'ObjectMeta',
  obj(
    {
      name: str({ description: 'Name of the object, unique within its namespace.' }),
      generateName: str({ description: 'Prefix the server uses to generate a unique name when name is empty.' }),
      namespace: str({ description: 'Namespace of the object; empty for cluster-scoped kinds.' }),
      selfLink: str({ description: 'Deprecated URL of the object; not set by current servers.' }),
      uid: str({ description: 'Unique id the server assigns at creation.' }),
      resourceVersion: str({ description: 'Opaque version of the object, used for optimistic concurrency.' }),
      generation: int64({ description: 'Sequence number of the desired state, set by the server.' }),
      creationTimestamp: time({ description: 'When the object was created (set by the server).' }),
      deletionTimestamp: time({ description: 'When the object will be deleted (set by the server).' }),
      deletionGracePeriodSeconds: int64({ description: 'Seconds allowed for graceful termination before removal.' }),
      labels: stringMap({ description: 'Key/value pairs used to select and organise objects.' }),
      annotations: stringMap({ description: 'Key/value pairs holding arbitrary non-identifying data.' }),
      ownerReferences: list(ref(ownerReference), {
        listType: 'map',
        listMapKeys: ['uid'],
        description: 'Objects this object depends on; it is garbage collected when they are gone.',
      }),
      finalizers: list(str(), { listType: 'set', description: 'Names of work that must finish before the object is deleted.' }),
      managedFields: list(ref(managedFieldsEntry), { description: 'Server-side apply field ownership.' }),
    },
    { description: 'Standard Kubernetes object metadata.' },
  ),
);

/** Kubernetes ListMeta: the metadata of a list of objects. */
export const listMeta = def(
  'ListMeta',
  obj(
    {
      selfLink: str({ description: 'Deprecated URL of the list.' }),
      resourceVersion: str({ description: 'Version of the list, for watching from this point.' }),
      continue: str({ description: 'Token to fetch the next page of a paginated list.' }),
      remainingItemCount: int64({ description: 'Number of items not yet returned when paginating.' }),
    },
    { description: 'Standard Kubernetes list metadata.' },
  ),
);

/**
 * The envelope of a `<Kind>List`: apiVersion, kind, ListMeta and the items. The items are left
 * free here; each is checked against the schema of its own kind.
 */
export const listEnvelope: ObjectSchema = obj(
  {
    apiVersion: str({ description: 'Versioned schema of the list, e.g. cert-manager.io/v1.' }),
    kind: str({ description: 'Kind of the list, e.g. CertificateList.' }),
    metadata: ref(listMeta),
    items: any({ description: 'The objects of the list; each is checked against the schema of its kind.' }),
  },
  { description: 'A list of objects of one kind.' },
);

/** What a kind module passes to {@link root}. */
export interface RootParts {
  readonly spec?: Schema;
  readonly status?: Schema;
  /** Required root fields, e.g. `['spec']` or `['metadata', 'spec']`. */
  readonly required?: string[];
  /** How the root's keywords changed across releases (see {@link Change}). */
  readonly history?: readonly Change[];
  readonly description?: string;
}

/**
 * The root schema of a kind: `apiVersion`, `kind`, `metadata` (a reference to ObjectMeta) and
 * the given `spec` and `status`.
 */
export function root({ spec, status, required, history, description }: RootParts): ObjectSchema {
  const properties: Record<string, Schema> = {
    apiVersion: str({ description: 'Versioned schema of this object, e.g. cert-manager.io/v1.' }),
    kind: str({ description: 'Kind of this object.' }),
    metadata: ref(objectMeta),
  };
  if (spec) properties.spec = spec;
  if (status) properties.status = status;
  return obj(properties, {
    ...(required && required.length > 0 ? { required } : {}),
    ...(history ? { history } : {}),
    ...(description ? { description } : {}),
  });
}
