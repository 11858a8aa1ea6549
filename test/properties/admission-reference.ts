/**
 * The straightforward `/validate` path, kept as the reference the optimised handler is compared
 * with (test/properties/admission.test.ts): the request shape checked through `Object.entries`,
 * every request field read with `str`, each object walked for depth by the decoder and again by
 * `validate`, nulls always pruned before the decoding check, every duration parsed in full,
 * every plugin awaited (the approval plugin always answers with a promise) and every answer's
 * warnings filtered. Only the identity and defaults plugins, which the optimisation left alone,
 * and the leaf helpers come from src/.
 */
import { authorizeSigner } from '../../src/admission/authorize.js';
import { defaultsPlugin } from '../../src/admission/defaults-plugin.js';
import { identityPlugin } from '../../src/admission/identity.js';
import { fieldError, fieldErrors, type PluginError, renderMessage, textError } from '../../src/admission/message.js';
import { readOptions } from '../../src/admission/options.js';
import {
  createOrUpdate,
  isCertificateRequests,
  notOfType,
  type Plugin,
  RESOURCE_UNSET,
  resourceUnset,
  type ValidationInput,
  type ValidationOutcome,
} from '../../src/admission/plugin.js';
import type { AdmissionRequestView, ParsedReview } from '../../src/admission/review.js';
import { resolveSigner } from '../../src/admission/signer.js';
import type { AdmissionOptions, AdmissionResponse, AdmissionReview, AdmissionReviewVersion } from '../../src/admission/types.js';
import { limitWarnings } from '../../src/admission/warnings.js';
import { GO_FORM_PATHS } from '../../src/conversion/go-form-paths.js';
import { fe } from '../../src/field/field-error.js';
import { renderFieldError } from '../../src/field/render.js';
import { parseDuration } from '../../src/go/time/duration.js';
import { identify } from '../../src/scheme/identify.js';
import { findKind, type Group, type Kind, type KindInfo, KINDS, type Version } from '../../src/scheme/kinds.js';
import type { AjvError } from '../../src/schema/ajv-runtime.js';
import { toFieldError } from '../../src/schema/errors.js';
import { SHAPES } from '../../src/schema/generated/shapes.js';
import { VALIDATORS } from '../../src/schema/generated/validators.js';
import { withoutNulls } from '../../src/schema/prune.js';
import { exceedsDepth, MAX_NESTING_DEPTH } from '../../src/util/depth.js';
import { arr, field, fieldAtPath, isRecord, type JsonObject, obj, str, strs } from '../../src/util/json.js';
import { validate as validateObject } from '../../src/validation/validate.js';

// --- reading the review -------------------------------------------------------------------

type Check = (v: unknown) => boolean;
const string: Check = (v) => typeof v === 'string';
const boolean: Check = (v) => typeof v === 'boolean';
const anything: Check = () => true;
const strings: Check = (v) => Array.isArray(v) && v.every((x) => x === null || typeof x === 'string');
const stringLists: Check = (v) => isRecord(v) && Object.values(v).every((x) => x === null || x === undefined || strings(x));
const fieldsOf =
  (spec: Readonly<Record<string, Check>>): Check =>
  (v) =>
    isRecord(v) && Object.entries(spec).every(([k, check]) => v[k] === undefined || v[k] === null || check(v[k]));
const gvk = fieldsOf({ group: string, version: string, kind: string });
const gvr = fieldsOf({ group: string, version: string, resource: string });
const REQUEST: Readonly<Record<string, Check>> = {
  uid: string,
  kind: gvk,
  resource: gvr,
  subResource: string,
  requestKind: gvk,
  requestResource: gvr,
  requestSubResource: string,
  name: string,
  namespace: string,
  operation: string,
  userInfo: fieldsOf({ username: string, uid: string, groups: strings, extra: stringLists }),
  object: anything,
  oldObject: anything,
  dryRun: boolean,
  options: anything,
};
const WANTED: Readonly<Record<string, string>> = {
  kind: 'an object {group, version, kind} of strings',
  resource: 'an object {group, version, resource} of strings',
  requestKind: 'an object {group, version, kind} of strings',
  requestResource: 'an object {group, version, resource} of strings',
  userInfo: 'an object {username, uid, groups, extra} (strings, a list of strings, a map of string lists)',
  dryRun: 'a boolean',
};

function undecodableRequestField(request: JsonObject): string | undefined {
  for (const [name, check] of Object.entries(REQUEST)) {
    const v = request[name];
    if (v !== undefined && v !== null && !check(v)) return `request.${name} must be ${WANTED[name] ?? 'a string'}`;
  }
  return undefined;
}

const VERSIONS: readonly string[] = ['admission.k8s.io/v1', 'admission.k8s.io/v1beta1'];

function parseReview(review: unknown): ParsedReview {
  if (!isRecord(review)) return { ok: false, uid: '', message: 'the request body is not an AdmissionReview (a JSON object)' };
  const request = review.request;
  const uid = str(request, 'uid');
  const apiVersion = review.apiVersion ?? 'admission.k8s.io/v1';
  const kind = review.kind ?? 'AdmissionReview';
  if (typeof apiVersion !== 'string' || !VERSIONS.includes(apiVersion) || kind !== 'AdmissionReview') {
    const got = `apiVersion ${JSON.stringify(review.apiVersion) ?? 'absent'}, kind ${JSON.stringify(review.kind) ?? 'absent'}`;
    return { ok: false, uid, message: `expected an AdmissionReview of ${VERSIONS.join(' or ')}, got ${got}` };
  }
  if (!isRecord(request)) return { ok: false, uid, message: 'the AdmissionReview has no request object' };
  const bad = undecodableRequestField(request);
  if (bad !== undefined) return { ok: false, uid, message: `the AdmissionReview cannot be decoded: ${bad}` };
  return { ok: true, apiVersion: apiVersion as AdmissionReviewVersion, request: view(request) };
}

function view(request: JsonObject): AdmissionRequestView {
  return {
    uid: str(request, 'uid'),
    kind: { group: str(request, 'kind', 'group'), version: str(request, 'kind', 'version'), kind: str(request, 'kind', 'kind') },
    resource: {
      group: str(request, 'resource', 'group'),
      version: str(request, 'resource', 'version'),
      resource: str(request, 'resource', 'resource'),
    },
    subResource: str(request, 'subResource'),
    operation: str(request, 'operation'),
    userInfo: user(obj(request, 'userInfo')),
    object: request.object ?? undefined,
    oldObject: request.oldObject ?? undefined,
  };
}

function user(info: JsonObject | undefined): AdmissionRequestView['userInfo'] {
  const out: { username: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> } = {
    username: str(info, 'username'),
  };
  if (typeof info?.uid === 'string') out.uid = info.uid;
  if (Array.isArray(info?.groups)) out.groups = strs(info, 'groups');
  const extra = obj(info, 'extra');
  if (extra !== undefined) {
    out.extra = {};
    for (const key of Object.keys(extra)) {
      Object.defineProperty(out.extra, key, { value: strs(extra, key), enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}

// --- decoding the objects ----------------------------------------------------------------

type Decoded = { object: JsonObject; kind: Kind | `${Kind}List` };
type Decode = { ok: true; value: Decoded } | { ok: false; message: string };

const SUPPORTED = KINDS.map((k) => `${k.group}/v1 ${k.kind}`).join(', ');
const preview = (v: unknown): string => {
  const json = JSON.stringify(v) ?? '';
  return json.length > 200 ? `${json.slice(0, 197)}...` : json;
};

function plainObject(raw: unknown, name: string): { ok: true; value: JsonObject } | { ok: false; message: string } {
  if (raw === undefined || raw === null || (isRecord(raw) && Object.keys(raw).length === 0)) {
    return { ok: false, message: `there is no content to decode: request.${name} is missing or empty` };
  }
  if (!isRecord(raw)) return { ok: false, message: `request.${name} cannot be decoded: it must be a JSON object, not ${preview(raw)}` };
  if (exceedsDepth(raw))
    return { ok: false, message: `request.${name} cannot be decoded: it is nested more than ${MAX_NESTING_DEPTH} levels deep` };
  return { ok: true, value: raw };
}

function decodeTyped(request: AdmissionRequestView, name: 'object' | 'oldObject'): Decode {
  const plain = plainObject(request[name], name);
  if (!plain.ok) return plain;
  const object = withRequestKind(plain.value, request);
  if (typeof object.kind !== 'string' || object.kind === '') {
    return { ok: false, message: `request.${name} has no kind, and request.kind names none: ${preview(plain.value)}` };
  }
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const id = identify(object);
  const v1 = id.ok && id.identity.shape !== 'core-list' && id.identity.version === 'v1' ? id.identity : undefined;
  const kind = v1 === undefined ? undefined : findKind(v1.group, v1.kind);
  if (kind !== undefined && v1?.shape === 'list') {
    const bad = undecodableItems(object.items, kind);
    if (bad.length > 0) return { ok: false, message: `request.${name} cannot be decoded: ${bad.join('; ')}` };
    return { ok: true, value: { object, kind: `${kind.kind}List` } };
  }
  if (kind === undefined) {
    return {
      ok: false,
      message: `no kind ${JSON.stringify(object.kind)} is registered for version ${JSON.stringify(apiVersion)}: the webhook decodes ${SUPPORTED} (and their lists)`,
    };
  }
  const bad = undecodableFields(object, kind.group, 'v1', kind.kind);
  if (bad.length > 0) return { ok: false, message: `request.${name} cannot be decoded: ${bad.join('; ')}` };
  return { ok: true, value: { object, kind: kind.kind } };
}

function undecodableItems(items: unknown, kind: KindInfo): string[] {
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) return [`items must be a list, not ${preview(items)}`];
  return items.flatMap((item, i) => {
    if (item === null) return [];
    if (!isRecord(item)) return [`items[${i}] must be a JSON object, not ${preview(item)}`];
    return undecodableFields(item, kind.group, 'v1', kind.kind).map((text) => `items[${i}].${text}`);
  });
}

function withRequestKind(object: JsonObject, request: AdmissionRequestView): JsonObject {
  const { group, version, kind } = request.kind;
  const needsKind = (object.kind === undefined || object.kind === null || object.kind === '') && kind !== '';
  const needsVersion = (object.apiVersion === undefined || object.apiVersion === null || object.apiVersion === '') && version !== '';
  if (!needsKind && !needsVersion) return object;
  const out: JsonObject = { ...object };
  if (needsKind) out.kind = kind;
  if (needsVersion) out.apiVersion = group === '' ? version : `${group}/${version}`;
  return out;
}

const DECODING_KEYWORDS: ReadonlySet<string> = new Set(['type', 'format']);

/** The decoder's field check as it was: prune nulls, run the schema, then parse every duration. */
export function undecodableFields(object: unknown, group: Group, version: Version, kind: Kind): string[] {
  return [...new Set([...schemaProblems(object, group, version, kind), ...durationProblems(object, kind)])];
}

function schemaProblems(object: unknown, group: Group, version: Version, kind: Kind): string[] {
  const key = `${group}/${version}/${kind}`;
  const validate = VALIDATORS[key];
  const root = SHAPES.roots[key];
  if (validate === undefined || root === undefined) return [];
  const data = withoutNulls(object);
  if (validate(data)) return [];
  const problems: AjvError[] = (validate.errors ?? []).filter((e) => DECODING_KEYWORDS.has(e.keyword));
  const errors = problems.map((e) => toFieldError(e, data, root, SHAPES, `${group}/${version} ${kind}`)).filter((e) => e !== undefined);
  return errors.map(renderFieldError);
}

function durationProblems(object: unknown, kind: Kind): string[] {
  const out: string[] = [];
  for (const [path, format] of GO_FORM_PATHS[kind]) {
    if (format !== 'duration' || path.includes('[')) continue;
    const value = fieldAtPath(object, path.split('.'));
    if (typeof value !== 'string') continue;
    const parsed = parseDuration(value);
    if (!parsed.ok) out.push(renderFieldError(fe.invalid(path, value, `must be a Go duration such as 2160h or 1h30m (${parsed.error})`)));
  }
  return out;
}

// --- the chain and the answer ------------------------------------------------------------

/** The resource-validation plugin as it was: validate walks both objects for depth again. */
const validationPlugin: Plugin = {
  name: 'validation',
  handles: createOrUpdate,
  validate({ request, object, oldObject, options }: ValidationInput): ValidationOutcome {
    if (resourceUnset(request.resource)) return { error: RESOURCE_UNSET };
    const r = request.resource;
    const kind = r.version === 'v1' ? KINDS.find((k) => k.group === r.group && k.plural === r.resource) : undefined;
    if (kind === undefined) return {};
    if (object.kind !== kind.kind) return { error: notOfType('object', kind.kind) };
    const update = request.operation === 'UPDATE';
    if (update && oldObject?.kind !== kind.kind) return { error: notOfType('oldObject', kind.kind) };
    const result = validateObject(object.object, {
      operation: update ? 'UPDATE' : 'CREATE',
      oldObject: update ? oldObject?.object : undefined,
      ...(options.featureGates === undefined ? {} : { featureGates: options.featureGates }),
      ...(options.certManagerVersion === undefined ? {} : { certManagerVersion: options.certManagerVersion }),
      schema: false,
    });
    const error = fieldErrors(result.errors);
    return error === undefined ? { warnings: result.warnings } : { error, warnings: result.warnings };
  },
};

const hasCondition = (object: unknown, type: string): boolean =>
  (arr(object, 'status', 'conditions') ?? []).some((c) => field(c, 'type') === type);

/** The approval plugin as it was: one async function. */
const approvalPlugin: Plugin = {
  name: 'approval',
  handles: (op) => op === 'UPDATE',
  async validate({ request, object, oldObject, options }: ValidationInput): Promise<ValidationOutcome> {
    if (resourceUnset(request.resource)) return { error: RESOURCE_UNSET };
    if (!isCertificateRequests(request.resource) || request.subResource !== 'status') return {};
    if (object.kind !== 'CertificateRequest') return { error: notOfType('object', 'CertificateRequest') };
    if (oldObject === undefined || oldObject.kind !== 'CertificateRequest') return { error: notOfType('oldObject', 'CertificateRequest') };
    const adds = ['Approved', 'Denied'].some((t) => !hasCondition(oldObject.object, t) && hasCondition(object.object, t));
    if (!adds) return {};
    const name = str(object.object, 'spec', 'issuerRef', 'name');
    const rawKind = str(object.object, 'spec', 'issuerRef', 'kind');
    const rawGroup = str(object.object, 'spec', 'issuerRef', 'group');
    const ref = `{${name} ${rawKind} ${rawGroup}}`;
    const group = rawGroup || 'cert-manager.io';
    const resolved = await resolveSigner(options.discover, group, rawKind || 'Issuer');
    if (!resolved.ok) return { error: textError(resolved.error) };
    if (resolved.resource === undefined) {
      return { error: fieldError(fe.forbidden('spec.issuerRef', `referenced signer resource does not exist: ${ref}`)) };
    }
    const { resource, namespaced } = resolved.resource;
    const namespace = str(object.object, 'metadata', 'namespace');
    const signerNames = [`${resource}.${group}/*`, `${resource}.${group}/${namespaced ? `${namespace}.${name}` : name}`];
    const decision = await authorizeSigner(options.authorize, request.userInfo, signerNames);
    if (decision.allowed) return {};
    const detail = `user ${JSON.stringify(request.userInfo.username)} does not have permissions to set approved/denied conditions for issuer ${ref}`;
    const why = decision.note === undefined ? '' : ` (${decision.note})`;
    return { error: fieldError(fe.forbidden('status.conditions', detail + why)) };
  },
};

const PLUGINS: Readonly<Record<string, Plugin>> = {
  identity: identityPlugin,
  approval: approvalPlugin,
  validation: validationPlugin,
  defaults: defaultsPlugin,
};

function buildChain(names: unknown): Plugin[] {
  const list: unknown[] = Array.isArray(names) ? names : ['identity', 'approval', 'validation'];
  return list.filter((n): n is string => typeof n === 'string' && Object.hasOwn(PLUGINS, n)).map((n) => PLUGINS[n] as Plugin);
}

function withWarnings(response: AdmissionResponse, warnings: readonly string[]): AdmissionResponse {
  const kept = limitWarnings(warnings);
  return kept.length > 0 ? { ...response, warnings: kept } : response;
}

const allowed = (uid: string, warnings: readonly string[] = []): AdmissionResponse =>
  withWarnings({ uid, allowed: true, status: { code: 200 } }, warnings);
const forbidden = (uid: string, message: string, warnings: readonly string[]): AdmissionResponse =>
  withWarnings({ uid, allowed: false, status: { code: 403, reason: 'Forbidden', message } }, warnings);
const badRequest = (uid: string, message: string): AdmissionResponse => ({ uid, allowed: false, status: { code: 400, message } });

async function respond(request: AdmissionRequestView, options: AdmissionOptions): Promise<AdmissionResponse> {
  const chain = buildChain(options.plugins);
  const { uid, operation } = request;
  if (!chain.some((p) => p.handles(operation)) || operation === 'CONNECT') return allowed(uid);
  if (operation !== 'CREATE' && operation !== 'UPDATE') return badRequest(uid, `unknown operation ${JSON.stringify(operation)}`);
  const object = decodeTyped(request, 'object');
  if (!object.ok) return badRequest(uid, object.message);
  const oldObject = operation === 'UPDATE' ? decodeTyped(request, 'oldObject') : undefined;
  if (oldObject !== undefined && !oldObject.ok) return badRequest(uid, oldObject.message);
  const input: ValidationInput = { request, object: object.value, oldObject: oldObject?.value, options };
  const errors: PluginError[] = [];
  const warnings: string[] = [];
  for (const plugin of chain) {
    if (plugin.validate === undefined || !plugin.handles(operation)) continue;
    const out = await plugin.validate(input);
    if (out.error !== undefined) errors.push(out.error);
    warnings.push(...(out.warnings ?? []));
  }
  return errors.length > 0 ? forbidden(uid, renderMessage(errors), warnings) : allowed(uid, warnings);
}

/**
 * `handleValidation` the straightforward way (no guard against throws: the inputs of the
 * property test are plain JSON).
 * @param review - the parsed request body
 * @param options - the admission options
 */
export async function referenceValidation(review: unknown, options?: AdmissionOptions): Promise<AdmissionReview> {
  const parsed = parseReview(review);
  if (!parsed.ok) return { response: badRequest(parsed.uid, parsed.message) };
  return { apiVersion: parsed.apiVersion, kind: 'AdmissionReview', response: await respond(parsed.request, readOptions(options)) };
}
