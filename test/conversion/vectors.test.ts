/**
 * The conversion vectors (fixtures/vectors/conversion.json) and the convert-mode cases of
 * admission-protocol.json, run against the conversion module directly; every vector is also
 * converted back and must give its input by meaning (same-meaning.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { handleConversion } from '../../src/admission/conversion-review.js';
import { convert } from '../../src/conversion/convert.js';
import { expectSameMeaning } from './same-meaning.js';

type Case = { name: string; object: Record<string, unknown>; toApiVersion: string; expect: { object: unknown } };
const load = (f: string) => JSON.parse(readFileSync(new URL(`../../fixtures/vectors/${f}`, import.meta.url), 'utf8'));
const conversion: Case[] = load('conversion.json').cases;

/** The output without cmapi preservation annotations, as the conformance runner compares it. */
function withoutPreservation(o: unknown): unknown {
  const c = structuredClone(o) as { metadata?: { annotations?: Record<string, string> } };
  const ann = c?.metadata?.annotations;
  if (ann) {
    for (const k of Object.keys(ann)) if (/^[a-z0-9.-]*cmapi[a-z0-9.-]*\//.test(k)) delete ann[k];
    if (Object.keys(ann).length === 0) delete c.metadata?.annotations;
  }
  return c;
}

describe('conversion vectors', () => {
  test.each(conversion.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = convert(structuredClone(c.object), c.toApiVersion);
    expect(r.errors).toEqual([]);
    expect(withoutPreservation(r.object)).toEqual(c.expect.object);
    const back = convert(r.object, String(c.object.apiVersion));
    expectSameMeaning(back.object, c.object, c.toApiVersion);
  });
});

type Review = { name: string; mode: string; review: unknown; expect: Record<string, unknown> };
const reviews = (load('admission-protocol.json').cases as Review[]).filter((c) => c.mode === 'convert');

describe('ConversionReview vectors', () => {
  test.each(reviews.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { response } = handleConversion(structuredClone(c.review));
    const e = c.expect;
    const objs = response.convertedObjects ?? [];
    expect(response.uid).toBe(e.uid);
    expect(response.result.status).toBe(e.resultStatus);
    if (e.statusCode !== undefined) expect(response.result.code).toBe(e.statusCode);
    if (e.reason !== undefined) expect(response.result.reason).toBe(e.reason);
    if (e.convertedCount !== undefined) expect(objs.length).toBe(e.convertedCount);
    if (e.convertedApiVersions) expect(objs.map((o) => o.apiVersion)).toEqual(e.convertedApiVersions);
    if (e.convertedKinds) expect(objs.map((o) => o.kind)).toEqual(e.convertedKinds);
    if (e.convertedNames) expect(objs.map((o) => (o.metadata as { name?: string }).name)).toEqual(e.convertedNames);
    if (typeof e.messagePrefix === 'string') expect(response.result.message?.startsWith(e.messagePrefix)).toBe(true);
  });
});
