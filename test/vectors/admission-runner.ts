/**
 * The `admission` vector runner (fixtures/vectors/FORMAT.md), with the semantics of the
 * conformance runner's runAdmission: option builders for `authorizer`, `authorizerError` and
 * `discovery` (`null` = must not be called), the response envelope checks, `field: Type` pairs
 * of the expected message, and the patch applied to `request.object`.
 */
import { isDeepStrictEqual } from 'node:util';
import * as api from '../../src/index.js';
import { applyPatch, firstDiff, type Runner } from './harness.js';

type Json = unknown;
type Rule = Record<string, unknown>;
type Attributes = { user?: { username?: string } } & Record<string, unknown>;
type Group = { name?: string; group?: string; versions?: { resources?: { name: string; kind: string; namespaced: boolean }[] }[] };

class MustNotCall extends Error {}

/** Calls of functions a case says must not be called (the handler may swallow the throw). */
let violations: string[] = [];
const mustNotCall = (what: string) => () => {
  violations.push(`${what} must not be called`);
  throw new MustNotCall(`${what} must not be called`);
};

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

function buildAuthorize(o: Rule): ((a: Attributes) => boolean | Promise<boolean>) | undefined {
  if (o.authorizerError !== undefined) {
    return async () => {
      throw new Error(String(o.authorizerError));
    };
  }
  if (o.authorizer === null) return mustNotCall('authorize');
  const rules = o.authorizer;
  if (!Array.isArray(rules)) return undefined;
  return (attrs) => {
    for (const rule of rules as Rule[]) {
      const match = Object.entries(rule).every(([k, v]) => k === 'allowed' || (k === 'user' ? attrs.user?.username === v : attrs[k] === v));
      if (match) return rule.allowed === true;
    }
    return false;
  };
}

function buildDiscover(
  o: Rule,
): ((ref: { group: string; kind: string }) => { resource: string; namespaced: boolean } | undefined) | undefined {
  if (o.discovery === null) return mustNotCall('discover');
  const groups = o.discovery;
  if (!Array.isArray(groups)) return undefined;
  return ({ group, kind }) => {
    for (const g of groups as Group[]) {
      if ((g.name ?? g.group) !== group) continue;
      for (const v of g.versions ?? [])
        for (const r of v.resources ?? []) if (r.kind === kind) return { resource: r.name, namespaced: r.namespaced };
    }
    return undefined;
  };
}

// Field paths with their error-type phrase, as they appear in an admission message.
const PHRASES = 'Required value|Invalid value|Unsupported value|Forbidden|Duplicate value|Too long|Too many|Not found|Internal error';
function messageFields(msg: unknown): string[] {
  const re = new RegExp(`(?:^|\\[|, )([A-Za-z][^:\\[, ]*(?:\\[[^\\]]*\\][^:\\[, ]*)*): (${PHRASES})`, 'g');
  return [...String(msg ?? '').matchAll(re)].map((m) => `${m[1]}: ${m[2]}`);
}

type Response = {
  uid?: string;
  allowed?: boolean;
  status?: { code?: number; reason?: string; message?: string };
  warnings?: string[];
  patch?: string;
  patchType?: string;
};

/** Runs one admission case (modes `validate` and `mutate`; `convert` belongs to handleConversion). */
export const admission: Runner = async (c) => {
  const o = (c.options ?? {}) as Rule;
  violations = [];
  const options: Record<string, unknown> = {};
  if (Array.isArray(o.plugins)) options.plugins = o.plugins.map((p) => (p === 'resourcevalidation' ? 'validation' : p));
  const authorize = buildAuthorize(o);
  if (authorize) options.authorize = authorize;
  const discover = buildDiscover(o);
  if (discover) options.discover = discover;
  if (c.featureGates) options.featureGates = c.featureGates;

  const fns: Record<string, (review: unknown, options?: unknown) => unknown> = {
    validate: api.handleValidation as never,
    mutate: api.handleMutation as never,
    convert: (api as unknown as Record<string, (r: unknown) => unknown>).handleConversion as never,
  };
  const fn = fns[String(c.mode)];
  if (fn === undefined) return [`no handler for mode ${String(c.mode)}`];
  let out: { apiVersion?: string; kind?: string; response?: Response };
  try {
    out = (await (c.mode === 'convert' ? fn(clone(c.review)) : fn(clone(c.review), options))) as typeof out;
  } catch (e) {
    if (e instanceof MustNotCall) return [e.message];
    throw e;
  }
  const problems: string[] = [...violations];
  const e = c.expect as Record<string, unknown> & { warnings?: unknown[]; patch?: unknown[]; message?: string };
  const check = (label: string, want: unknown, got: unknown) => {
    if (want !== undefined && !isDeepStrictEqual(want, got))
      problems.push(`${label}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  check('apiVersion', e.reviewApiVersion, out?.apiVersion);
  check('kind', e.reviewKind, out?.kind);
  if (c.mode === 'convert') return [...problems, ...convertProblems(e, out?.response as Record<string, unknown> | undefined, check)];
  const resp = out?.response;
  check('uid', e.uid, resp?.uid);
  check('allowed', e.allowed, resp?.allowed);
  if (e.statusCode !== undefined && !(e.statusCode === 200 && e.allowed === true && resp?.status === undefined)) {
    check('status.code', e.statusCode, resp?.status?.code);
  }
  check('status.reason', e.reason, resp?.status?.reason);
  if (e.warnings) check('warnings count', e.warnings.length, (resp?.warnings ?? []).length);
  if (e.message !== undefined) {
    const got = String(resp?.status?.message ?? '');
    for (const f of messageFields(e.message)) if (!got.includes(f)) problems.push(`message lacks "${f}": ${got.slice(0, 200)}`);
    if (e.allowed === false && !got) problems.push('denial without a message');
  }
  problems.push(...patchProblems(c.review as { request: { object: Json } }, e, resp, check));
  return problems;
};

function patchProblems(
  review: { request: { object: Json } },
  e: { patch?: unknown[]; patchedObject?: unknown },
  resp: Response | undefined,
  check: (label: string, want: unknown, got: unknown) => void,
): string[] {
  const problems: string[] = [];
  let patch: unknown[] = [];
  if (resp?.patch) {
    try {
      patch = JSON.parse(Buffer.from(resp.patch, 'base64').toString('utf8')) as unknown[];
    } catch {
      problems.push('patch is not base64 JSON');
    }
    check('patchType', 'JSONPatch', resp.patchType);
  }
  if (e.patch !== undefined && e.patch.length === 0 && patch.length > 0)
    problems.push(`unexpected patch ${JSON.stringify(patch).slice(0, 200)}`);
  const want =
    e.patchedObject !== undefined
      ? () => e.patchedObject
      : e.patch?.length
        ? () => applyPatch(review.request.object, e.patch ?? [])
        : undefined;
  if (want !== undefined) {
    try {
      const d = firstDiff(want(), applyPatch(review.request.object, patch));
      if (d) problems.push(`patched object ${d}`);
    } catch (err) {
      problems.push(`patch does not apply: ${String(err)}`);
    }
  }
  return problems;
}

function convertProblems(
  e: Record<string, unknown>,
  resp: Record<string, unknown> | undefined,
  check: (label: string, want: unknown, got: unknown) => void,
): string[] {
  const result = resp?.result as { status?: string; code?: number; reason?: string; message?: string } | undefined;
  check('uid', e.uid, resp?.uid);
  check('result.status', e.resultStatus, result?.status);
  check('result.code', e.statusCode, result?.code);
  check('result.reason', e.reason, result?.reason);
  const objs = (resp?.convertedObjects ?? []) as { apiVersion?: string; kind?: string; metadata?: { name?: string } }[];
  if (e.convertedCount !== undefined) check('convertedObjects.length', e.convertedCount, objs.length);
  check('convertedObjects apiVersions', e.convertedApiVersions, e.convertedApiVersions && objs.map((x) => x.apiVersion));
  check('convertedObjects kinds', e.convertedKinds, e.convertedKinds && objs.map((x) => x.kind));
  check('convertedObjects names', e.convertedNames, e.convertedNames && objs.map((x) => x.metadata?.name));
  return e.resultStatus === 'Failure' && !result?.message ? ['failure without a message'] : [];
}
