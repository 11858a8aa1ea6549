/**
 * Validating a Kubernetes object against the API schema of its kind, with kubernetes-models.
 */

/** An object with the fields every Kubernetes object has. */
export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [k: string]: unknown };

/** Validates with the kubernetes-models class of the object's kind; returns the error text or ''. */
export async function schemaErrors(doc: Manifest): Promise<string> {
  const [group, version] = doc.apiVersion.includes('/') ? doc.apiVersion.split('/') : ['', doc.apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${doc.kind}` : `kubernetes-models/${version}/${doc.kind}`;
  const mod = (await import(path)) as Record<string, new (d: unknown) => { validate(): void }>;
  const Model = mod[doc.kind];
  if (!Model) return `no model for ${doc.apiVersion} ${doc.kind}`;
  try {
    new Model(doc).validate();
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}
