/** Case runners for the conformance vectors (format: fixtures/vectors/FORMAT.md). */
import fjp from 'fast-json-patch';
import * as api from '../../src/index.js';
import { admission } from './admission-runner.js';

type Json = unknown;
type Case = Record<string, unknown> & { name: string; expect: Record<string, unknown> };
type Api = Record<string, (...args: unknown[]) => unknown>;
const lib = api as unknown as Api;

const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** Problems found (empty = pass). */
export type Runner = (c: Case) => Promise<string[]>;

function multisetDiff(expected: { type: string; field: string }[], actual: { type: string; field: string }[]): string[] {
  const key = (e: { type: string; field: string }) => `${e.type} ${e.field}`;
  const count = new Map<string, number>();
  for (const e of expected) count.set(key(e), (count.get(key(e)) ?? 0) + 1);
  const problems: string[] = [];
  for (const a of actual) {
    const k = key(a);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else problems.push(`unexpected error: ${k}`);
  }
  for (const [k, n] of count) for (let i = 0; i < n; i++) problems.push(`missing error: ${k}`);
  return problems;
}

export function firstDiff(a: Json, b: Json, path = ''): string | null {
  if (JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b))) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const ra = a as Record<string, Json>;
    const rb = b as Record<string, Json>;
    for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) {
      const d = firstDiff(ra[k], rb[k], `${path}/${k}`);
      if (d) return d;
    }
  }
  return `${path || '/'}: expected ${JSON.stringify(a)?.slice(0, 160)}, got ${JSON.stringify(b)?.slice(0, 160)}`;
}

function sortKeys(v: Json): Json {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as object)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, Json>)[k])]),
    );
  }
  return v;
}

export function applyPatch(doc: Json, ops: unknown[]): Json {
  return fjp.applyPatch(clone(doc), clone(ops) as fjp.Operation[], true, false).newDocument;
}

const isPreservationKey = (k: string) => /^[a-z0-9.-]*cmapi[a-z0-9.-]*\//.test(k);
function withoutPreservation(obj: Json): Json {
  const o = clone(obj) as { metadata?: { annotations?: Record<string, string> } } | undefined;
  const ann = o?.metadata?.annotations;
  if (o?.metadata && ann) {
    for (const k of Object.keys(ann)) if (isPreservationKey(k)) delete ann[k];
    if (Object.keys(ann).length === 0) delete o.metadata.annotations;
  }
  return o;
}

const validation: Runner = async (c) => {
  const r = (await lib.validate!(clone(c.object), {
    operation: c.operation ?? 'CREATE',
    oldObject: clone(c.oldObject),
    featureGates: c.featureGates,
    schema: false,
  })) as { errors: { type: string; field: string }[]; warnings: string[] };
  const problems = multisetDiff((c.expect.errors ?? []) as { type: string; field: string }[], r.errors);
  const want = c.expect.warnings as unknown[] | undefined;
  if (want && r.warnings.length !== want.length) problems.push(`warnings: expected ${want.length}, got ${JSON.stringify(r.warnings)}`);
  return problems;
};

const DEFAULT_SETS: Record<string, string[]> = { SetRuntimeDefaults_Certificate: ['runtime'], none: ['scheme', 'runtime', 'schema'] };
const defaulting: Runner = async (c) => {
  const input = clone(c.object);
  const r = (await lib.applyDefaults!(input, { defaults: DEFAULT_SETS[String(c.function)] ?? ['scheme'] })) as {
    object: Json;
    patch: unknown[];
  };
  const problems: string[] = [];
  const d = firstDiff(c.expect.object, r.object);
  if (d) problems.push(`object ${d}`);
  try {
    const dp = firstDiff(c.expect.object, applyPatch(c.object, r.patch));
    if (dp) problems.push(`patch applied to input ${dp}`);
  } catch (e) {
    problems.push(`patch does not apply: ${String(e)}`);
  }
  if (firstDiff(c.object, input)) problems.push('input was mutated');
  return problems;
};

const conversion: Runner = async (c) => {
  const r = (await lib.convert!(clone(c.object), c.toApiVersion)) as { object?: Json; errors: unknown[] };
  if (r.errors.length) return [`conversion errors: ${JSON.stringify(r.errors).slice(0, 300)}`];
  const d = firstDiff(c.expect.object, withoutPreservation(r.object));
  return d ? [`object ${d}`] : [];
};

export const RUNNERS: Record<string, Runner> = { validation, defaulting, conversion, admission };
